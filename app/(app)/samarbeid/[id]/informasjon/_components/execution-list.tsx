// The log of one item (or of items since removed from the plan), newest first.
import type { ExecutionRow } from '@/db/queries/follow-up';
import { useLocale, useTranslations } from 'next-intl';
import { formatDate } from '@/lib/pure/format';

export function ExecutionList({ executions }: { executions: ExecutionRow[] }) {
  const t = useTranslations('informasjon.logg');
  const locale = useLocale();
  if (executions.length === 0) return <p className="bb-muted mt-2 text-sm">{t('empty')}</p>;
  return (
    <ol className="mt-2 space-y-2 text-sm">
      {executions.map((e) => (
        <li key={e.id} className="border-l-2 border-[var(--ds-color-neutral-border-subtle)] pl-3">
          <span className="font-semibold">{formatDate(e.executedOn, locale)}</span> – {e.description}
          {e.url ? (
            <>
              {' '}
              <a href={e.url} rel="noreferrer" target="_blank">
                {t('link')}
                <span className="ds-sr-only">{t('linkTo', { date: formatDate(e.executedOn, locale) })}</span>
              </a>
            </>
          ) : null}
          {e.loggedByName ? <span className="bb-muted block text-xs">{t('loggedBy', { name: e.loggedByName })}</span> : null}
        </li>
      ))}
    </ol>
  );
}
