'use client';
// A <details> whose open state belongs to the user: a server re-render after saving does not
// fold it shut under them (a plain `open` attribute from the server would).
import { useState } from 'react';

export function Disclosure({ summary, defaultOpen, children }: { summary: string; defaultOpen: boolean; children: React.ReactNode }) {
  const [open, setOpen] = useState(defaultOpen);
  return (
    <details className="rounded-md border border-[var(--ds-color-neutral-border-subtle)]" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="cursor-pointer px-3 py-2 text-sm font-semibold">{summary}</summary>
      <div className="border-t border-[var(--ds-color-neutral-border-subtle)] p-3">{children}</div>
    </details>
  );
}
