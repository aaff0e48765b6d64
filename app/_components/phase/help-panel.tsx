import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { HelpEntry } from '@/lib/pure/domain/help';

/** Guidance paraphrasing the research: why it matters, examples, traps. */
export function HelpPanel({ title, entry }: { title: string; entry: HelpEntry }) {
  return (
    <details className="bb-panel" open>
      <summary className="cursor-pointer">
        <Heading level={2} data-size="xs" className="inline">
          {title}
        </Heading>
      </summary>
      <Paragraph data-size="sm" className="mt-3">
        {entry.why}
      </Paragraph>
      <Heading level={3} data-size="2xs" className="mt-4">
        Eksempler
      </Heading>
      <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
        {entry.examples.map((e) => (
          <li key={e}>{e}</li>
        ))}
      </ul>
      <Heading level={3} data-size="2xs" className="mt-4">
        Feller å unngå
      </Heading>
      <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
        {entry.traps.map((t) => (
          <li key={t}>{t}</li>
        ))}
      </ul>
      <Paragraph data-size="xs" className="bb-muted mt-3">
        Kilde: {entry.source}
      </Paragraph>
    </details>
  );
}
