// Free-text answers with the group they came from when that group is large enough to be
// shown (lib/pure/domain/anonymity.ts), never a name, never a small group.
import type { AnonymousComment } from '@/lib/pure/domain/evaluation-anonymous';

export function CommentList({ comments, empty }: { comments: AnonymousComment[]; empty?: string }) {
  if (comments.length === 0) return empty ? <p className="bb-muted mt-1 text-sm">{empty}</p> : null;
  return (
    <ul className="mt-1 space-y-1 text-sm">
      {comments.map((c, i) => (
        <li key={`${c.source ?? ''}-${i}`}>
          {c.source ? <span className="font-semibold">{c.source}: </span> : null}«{c.text}»
        </li>
      ))}
    </ul>
  );
}
