// Guidance for one catalogue instrument, folded away until asked for. The words come in the
// page's language from the server page (it is rendered inside a client form).
import type { InstrumentHelpText } from './instrument-values';

export function InstrumentHelp({ entry, words }: { entry: InstrumentHelpText; words: { examples: string; traps: string } }) {
  return (
    <details className="mt-3 rounded-md bg-[var(--ds-color-neutral-surface-tinted)] px-3 py-2 text-sm">
      <summary className="cursor-pointer font-semibold">{entry.summary}</summary>
      <p className="mt-2">{entry.why}</p>
      <p className="mt-2 font-semibold">{words.examples}</p>
      <ul className="list-disc pl-5">
        {entry.examples.map((e) => (
          <li key={e}>{e}</li>
        ))}
      </ul>
      <p className="mt-2 font-semibold">{words.traps}</p>
      <ul className="list-disc pl-5">
        {entry.traps.map((t) => (
          <li key={t}>{t}</li>
        ))}
      </ul>
      <p className="bb-muted mt-2 text-xs">{entry.sourceLine}</p>
    </details>
  );
}
