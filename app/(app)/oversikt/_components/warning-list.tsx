// A cooperation's warnings on its overview card: the high-severity ones with the facts that
// raised them, the rest by title and severity in a panel that opens. What the research advises
// for each is on the cooperation's page, one link away: on an overview of fifty cards the
// advice texts were most of the page (a large municipality's overview was over 2 MB).
// The warnings' titles and facts come from the domain rules, still bokmål: marked as such.
import Link from 'next/link';
import type { Warning } from '@/lib/pure/domain/warnings';
import { SeverityTag } from '@/app/_components/warning-parts';
import { bokmaal } from '@/app/_components/language/bokmaal';
import type { OverviewWords } from './words';

function WarningTitle({ warning, nb }: { warning: Warning; nb: boolean }) {
  return (
    <span className="flex flex-wrap items-center gap-2 text-sm">
      <span className="font-semibold" lang={nb ? undefined : 'nb'}>
        {warning.title}
      </span>
      <SeverityTag severity={warning.severity} />
    </span>
  );
}

export function WarningList({ warnings, href, name, words }: { warnings: Warning[]; href: string; name: string; words: OverviewWords }) {
  if (warnings.length === 0) return null;
  const { t, locale } = words;
  const nb = locale === 'nb';
  const high = warnings.filter((w) => w.severity === 'hoy');
  const rest = warnings.filter((w) => w.severity !== 'hoy');
  return (
    <div className="mt-4 space-y-2">
      {high.length > 0 ? (
        <div className="rounded-md border border-[var(--ds-color-danger-border-subtle)] bg-[var(--ds-color-danger-surface-tinted)] p-2" data-testid="hoye-varsler">
          <p className="px-1 pb-1 text-sm font-semibold">{t('varsler.high', { count: high.length })}</p>
          <ul className="space-y-2">
            {high.map((w) => (
              <li key={w.id} className="rounded-md bg-[var(--ds-color-neutral-background-default)] px-3 py-2">
                <WarningTitle warning={w} nb={nb} />
                <ul className="mt-1 list-disc space-y-0.5 pl-5 text-sm">
                  {w.facts.map((f) => (
                    <li key={f}>{nb ? f : bokmaal(f)}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {rest.length > 0 ? (
        <details className="rounded-md border border-[var(--ds-color-warning-border-subtle)] bg-[var(--ds-color-warning-surface-tinted)]">
          <summary className="cursor-pointer px-3 py-2 text-sm font-semibold">
            {high.length > 0 ? t('varsler.others', { count: rest.length }) : t('varsler.all', { count: rest.length })}
          </summary>
          <ul className="space-y-1 px-3 pb-3">
            {rest.map((w) => (
              <li key={w.id}>
                <WarningTitle warning={w} nb={nb} />
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <p className="text-xs">
        <Link href={href}>
          {t('varsler.link')}
          <span className="ds-sr-only">{t('varsler.linkFor', { name })}</span>
        </Link>
      </p>
    </div>
  );
}
