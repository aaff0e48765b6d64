// Why the structural scores are what they are: every indicator with the facts behind it, as
// the data stood when the round closed.
import type { StructuralScores } from '@/lib/pure/domain/legitimacy';
import { CRITERION_LABELS } from '@/lib/pure/domain/legitimacy';
import { CRITERIA } from '@/lib/pure/domain/perceived';
import { scoreText } from './score-tables';

const percent = (value: number | null) => (value === null ? 'gjelder ikke' : `${Math.round(value * 100)} %`);

export function StructuralDetails({ structural }: { structural: StructuralScores }) {
  return (
    <div className="mt-3 space-y-2">
      {CRITERIA.map((c) => (
        <details key={c} className="rounded-md border border-[var(--ds-color-neutral-border-subtle)] px-3 py-2">
          <summary className="cursor-pointer text-sm font-semibold">
            {CRITERION_LABELS[c]}: {scoreText(structural[c].score)}
          </summary>
          <ul className="mt-2 space-y-2 text-sm">
            {structural[c].indicators.map((i) => (
              <li key={i.id}>
                <span className="font-semibold">{i.label}</span> ({percent(i.value)})
                <ul className="list-disc pl-5">
                  {i.facts.map((f) => (
                    <li key={f}>{f}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </details>
      ))}
    </div>
  );
}
