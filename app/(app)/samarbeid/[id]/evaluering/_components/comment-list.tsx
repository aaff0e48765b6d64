// Free-text answers with the role they came from, never a name.
import type { CommentEntry } from '@/lib/domain/evaluation-results';
import { INVITATION_PERSPECTIVE_LABELS } from '@/lib/domain/questionnaire';

export function CommentList({ comments, empty }: { comments: CommentEntry[]; empty?: string }) {
  if (comments.length === 0) return empty ? <p className="bb-muted mt-1 text-sm">{empty}</p> : null;
  return (
    <ul className="mt-1 space-y-1 text-sm">
      {comments.map((c, i) => (
        <li key={`${c.perspective}-${i}`}>
          <span className="font-semibold">{INVITATION_PERSPECTIVE_LABELS[c.perspective]}:</span> «{c.text}»
        </li>
      ))}
    </ul>
  );
}
