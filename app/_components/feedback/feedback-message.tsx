'use client';
// How every outcome reads: green with role=status after a save, step or decision; red with
// role=alert when refused, with what is missing listed under it. The alert is mounted anew
// for each message, so a screen reader announces it even when the text is the same as
// before; and when it appears outside the window it is scrolled into view, so the outcome
// shows up where the user is looking.
import { useEffect, useRef } from 'react';
import { Alert } from '@digdir/designsystemet-react';
import type { FeedbackEntry } from '@/lib/client/feedback/store';

export function FeedbackMessage({ entry, className, testId, children }: { entry: FeedbackEntry | null; className?: string; testId?: string; children?: React.ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const seq = entry?.seq;
  useEffect(() => {
    const el = ref.current;
    if (seq === undefined || !el) return;
    const box = el.getBoundingClientRect();
    if (box.top < 0 || box.bottom > window.innerHeight) el.scrollIntoView({ block: 'nearest' });
  }, [seq]);
  if (!entry) return null;
  const { ok, text, detail } = entry.feedback;
  return (
    <Alert key={entry.seq} ref={ref} data-color={ok ? 'success' : 'danger'} role={ok ? 'status' : 'alert'} className={className} data-testid={testId}>
      {text}
      {detail?.length ? (
        <ul className="mt-2 list-disc pl-5">
          {detail.map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
      ) : null}
      {children}
    </Alert>
  );
}
