// The lifecycle as a phase map: the main road from draft to drift and evaluation, with the
// side roads (redesign, winding down, aborted) shown when the cooperation is on them.
import type { LifecycleState } from '@/lib/pure/domain/dossier';
import { STATE_LABELS } from '@/workflows/cooperation/states';

const MAIN: LifecycleState[] = ['utkast', 'etablering', 'medlemsvedtak', 'drift', 'evaluering', 'beslutning'];
const SIDE: Partial<Record<LifecycleState, { after: LifecycleState; text: string }>> = {
  redesign: { after: 'beslutning', text: 'Endringer utredes før nye vedtak i deltakerne.' },
  avvikling: { after: 'beslutning', text: 'Samarbeidet avvikles etter en sjekkliste.' },
  avviklet: { after: 'beslutning', text: 'Samarbeidet er avviklet.' },
  avbrutt: { after: 'utkast', text: 'Etableringen ble avbrutt.' },
};

export function LifecycleStepper({ state, startDate }: { state: LifecycleState; startDate: string | null }) {
  const side = SIDE[state];
  const currentIndex = MAIN.indexOf(state);
  // Drift has been reached once a start date exists; earlier steps then count as done.
  const reached = (s: LifecycleState, i: number) => (currentIndex >= 0 ? i < currentIndex : startDate !== null || (side ? i <= MAIN.indexOf(side.after) : false));
  return (
    <section aria-labelledby="livslop-tittel" className="bb-panel" data-testid="livslop">
      <h2 id="livslop-tittel" className="ds-heading" data-size="xs">
        Livsløp
      </h2>
      <ol className="mt-4 grid gap-2 sm:grid-cols-3 lg:grid-cols-6">
        {MAIN.map((s, i) => {
          const current = s === state;
          const done = !current && reached(s, i);
          return (
            <li
              key={s}
              aria-current={current ? 'step' : undefined}
              className={`rounded-md border px-3 py-2 text-sm ${
                current
                  ? 'border-[var(--ds-color-accent-base-default)] bg-[var(--ds-color-accent-surface-tinted)] font-semibold'
                  : done
                    ? 'border-[var(--ds-color-success-border-subtle)] bg-[var(--ds-color-success-surface-tinted)]'
                    : 'border-[var(--ds-color-neutral-border-subtle)]'
              }`}
            >
              <span className="bb-muted block text-xs">{i + 1}.</span>
              {STATE_LABELS[s]}
              <span className="ds-sr-only">{current ? ' (nåværende)' : done ? ' (fullført)' : ''}</span>
            </li>
          );
        })}
      </ol>
      {side ? (
        <p className="mt-4 rounded-md border border-[var(--ds-color-warning-border-subtle)] bg-[var(--ds-color-warning-surface-tinted)] px-3 py-2 text-sm" aria-current="step">
          <strong>{STATE_LABELS[state]}:</strong> {side.text}
        </p>
      ) : null}
    </section>
  );
}
