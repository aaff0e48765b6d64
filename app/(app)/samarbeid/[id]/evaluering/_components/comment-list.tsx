// Free-text answers with the group they came from when that group is large enough to be
// shown (lib/pure/domain/anonymity.ts), never a name, never a small group.
import type { AnonymousComment } from '@/lib/pure/domain/evaluation-anonymous';
import { getTranslations } from 'next-intl/server';
import { groupLabelWords } from './score-tables';

export async function CommentList({ comments, empty }: { comments: AnonymousComment[]; empty?: string }) {
  if (comments.length === 0) return empty ? <p className="bb-muted mt-1 text-sm">{empty}</p> : null;
  const [t, groupLabel] = await Promise.all([getTranslations('evaluering.tabell'), groupLabelWords()]);
  return (
    <ul className="mt-1 space-y-1 text-sm">
      {comments.map((c, i) => (
        <li key={`${c.source ?? ''}-${i}`}>
          {c.source ? <span className="font-semibold">{groupLabel(c.source)}: </span> : null}{t('quoted', { text: c.text })}
        </li>
      ))}
    </ul>
  );
}
