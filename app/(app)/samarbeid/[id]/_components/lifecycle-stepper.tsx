// The lifecycle as a phase map: the main road from draft to drift and evaluation, with the
// side roads (redesign, winding down, aborted) shown when the cooperation is on them.
// Words from the catalogue (tilstand, livslop) in the request's language.
import { useTranslations } from 'next-intl';
import type { LifecycleState } from '@/lib/pure/domain/dossier';

const MAIN: LifecycleState[] = ['utkast', 'etablering', 'medlemsvedtak', 'drift', 'evaluering', 'beslutning'];
type SideState = 'redesign' | 'avvikling' | 'avviklet' | 'avbrutt';
const SIDE: Partial<Record<LifecycleState, { after: LifecycleState; key: SideState }>> = {
  redesign: { after: 'beslutning', key: 'redesign' },
  avvikling: { after: 'beslutning', key: 'avvikling' },
  avviklet: { after: 'beslutning', key: 'avviklet' },
  avbrutt: { after: 'utkast', key: 'avbrutt' },
};

const ordinal = (n: number) => `${n}.`;

export function LifecycleStepper({ state, startDate }: { state: LifecycleState; startDate: string | null }) {
  const t = useTranslations('livslop');
  const tState = useTranslations('tilstand');
  const side = SIDE[state];
  const currentIndex = MAIN.indexOf(state);
  // Drift has been reached once a start date exists; earlier steps then count as done.
  const reached = (s: LifecycleState, i: number) => (currentIndex >= 0 ? i < currentIndex : startDate !== null || (side ? i <= MAIN.indexOf(side.after) : false));
  return (
    <section aria-labelledby="livslop-tittel" className="bb-panel" data-testid="livslop">
      <h2 id="livslop-tittel" className="ds-heading" data-size="xs">
        {t('heading')}
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
              <span className="bb-muted block text-xs">{ordinal(i + 1)}</span>
              {tState(s)}
              <span className="ds-sr-only">{current ? t('current') : done ? t('done') : ''}</span>
            </li>
          );
        })}
      </ol>
      {side ? (
        <p className="mt-4 rounded-md border border-[var(--ds-color-warning-border-subtle)] bg-[var(--ds-color-warning-surface-tinted)] px-3 py-2 text-sm" aria-current="step">
          <strong>{tState(state)}:</strong> {t(`side.${side.key}`)}
        </p>
      ) : null}
    </section>
  );
}
