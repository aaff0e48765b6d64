// The three legitimacy lights (input, throughput, output) of lib/domain/legitimacy.ts. Each
// light says its colour in words (never colour alone) and opens to the indicators and facts
// that set it. No client code: usable from server and client components alike.
import { CRITERION_LABELS, TRAFFIC_LIGHT_LABELS, type Criterion, type Indicator, type StructuralScores, type TrafficLight } from '@/lib/domain/legitimacy';

const CRITERIA: readonly Criterion[] = ['input', 'throughput', 'output'];

const DOT: Record<TrafficLight, string> = {
  groenn: 'bg-[var(--ds-color-success-base-default)]',
  gul: 'bg-[var(--ds-color-warning-base-default)]',
  roed: 'bg-[var(--ds-color-danger-base-default)]',
  ukjent: 'bg-[var(--ds-color-neutral-border-default)]',
};

/** What the short label of a criterion says on small cards. */
export const CRITERION_SHORT: Readonly<Record<Criterion, string>> = {
  input: 'Forankring',
  throughput: 'Åpenhet',
  output: 'Resultater',
};

export function TrafficLightDot({ light }: { light: TrafficLight }) {
  return <span aria-hidden="true" className={`inline-block h-3.5 w-3.5 shrink-0 rounded-full ring-1 ring-black/20 ${DOT[light]}`} />;
}

const percent = (value: number | null) => (value === null ? 'ikke aktuelt' : `${Math.round(value * 100)} %`);

function IndicatorItem({ indicator }: { indicator: Indicator }) {
  return (
    <li>
      <p className="font-semibold">
        {indicator.label}: <span className="font-normal">{percent(indicator.value)}</span>
      </p>
      <ul className="mt-0.5 list-disc space-y-0.5 pl-5">
        {indicator.facts.map((fact) => (
          <li key={fact}>{fact}</li>
        ))}
      </ul>
    </li>
  );
}

/**
 * One row per criterion: dot, name, colour and score; open it for the indicators. `short`
 * uses the one-word criterion names for narrow cards (the full name stays in the text for
 * screen readers).
 */
export function TrafficLights({ scores, short = false, label = 'Legitimitet' }: { scores: StructuralScores; short?: boolean; label?: string }) {
  return (
    <ul aria-label={label} className="space-y-1.5" data-testid="trafikklys">
      {CRITERIA.map((criterion) => {
        const score = scores[criterion];
        const lightText = TRAFFIC_LIGHT_LABELS[score.light];
        return (
          <li key={criterion}>
            <details className="group rounded-md border border-[var(--ds-color-neutral-border-subtle)] open:bg-[var(--ds-color-neutral-background-tinted)]">
              <summary className="flex cursor-pointer list-none items-center gap-2 px-2 py-1.5 text-sm [&::-webkit-details-marker]:hidden">
                <TrafficLightDot light={score.light} />
                <span className="flex-1">
                  {short ? (
                    <>
                      {CRITERION_SHORT[criterion]}
                      <span className="ds-sr-only"> – {CRITERION_LABELS[criterion]}</span>
                    </>
                  ) : (
                    CRITERION_LABELS[criterion]
                  )}
                </span>
                <span className="font-semibold">
                  {lightText}
                  {score.score !== null ? <span className="bb-muted font-normal"> ({score.score} av 100)</span> : null}
                </span>
                <span aria-hidden="true" className="bb-muted transition-transform group-open:rotate-90">
                  ›
                </span>
              </summary>
              <div className="border-t border-[var(--ds-color-neutral-border-subtle)] px-3 py-2 text-sm">
                <p className="bb-muted mb-2 text-xs">
                  Grønn fra 70, gul fra 40, rød under 40. Beregnet fra dataene i Brobygger, ikke fra evalueringssvar.
                </p>
                <ul className="space-y-2">
                  {score.indicators.map((indicator) => (
                    <IndicatorItem key={indicator.id} indicator={indicator} />
                  ))}
                </ul>
              </div>
            </details>
          </li>
        );
      })}
    </ul>
  );
}
