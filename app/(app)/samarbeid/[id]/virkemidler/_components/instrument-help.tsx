// Guidance for one catalogue instrument, folded away until asked for.
import type { InstrumentCode } from '@/lib/pure/domain/instruments';
import { INSTRUMENT_HELP } from '@/lib/pure/domain/help';

export function InstrumentHelp({ code, label }: { code: InstrumentCode; label: string }) {
  const entry = INSTRUMENT_HELP[code];
  return (
    <details className="mt-3 rounded-md bg-[var(--ds-color-neutral-surface-tinted)] px-3 py-2 text-sm">
      <summary className="cursor-pointer font-semibold">Om «{label}»: hvorfor, eksempler og feller</summary>
      <p className="mt-2">{entry.why}</p>
      <p className="mt-2 font-semibold">Eksempler</p>
      <ul className="list-disc pl-5">
        {entry.examples.map((e) => (
          <li key={e}>{e}</li>
        ))}
      </ul>
      <p className="mt-2 font-semibold">Feller å unngå</p>
      <ul className="list-disc pl-5">
        {entry.traps.map((t) => (
          <li key={t}>{t}</li>
        ))}
      </ul>
      <p className="bb-muted mt-2 text-xs">Kilde: {entry.source}</p>
    </details>
  );
}
