// The cooperation's history: each lifecycle step told as what happened (who, when, what it
// meant, and their comment); each save as the fields it changed, old -> new; each corrected
// member decision with its reason. Newest first, paged. No state names or codes: the phrases
// come from history.ts; the page's words from the catalogue (historikk), dates in its language.
import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { Tag } from '@digdir/designsystemet-react';
import { formatDateTime } from '@/lib/pure/format';
import { FieldChange } from './field-change';
import type { FieldChangeView, HistoryEntry } from './history';

/** A user's own words, in Norwegian quotation marks (the catalogue uses them in every language). */
const quoted = (text: string) => `«${text}»`;

function Changes({ changes }: { changes: FieldChangeView[] }) {
  const t = useTranslations('historikk');
  return (
    <ul className="mt-1 space-y-1 text-sm" data-testid="endringer">
      {changes.map((c, i) => (
        <li key={i}>
          <FieldChange {...c} />
          {c.public ? (
            <Tag data-color="info" data-size="sm" className="ml-2 align-middle">
              {t('public')}
            </Tag>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

function Entry({ e }: { e: HistoryEntry }) {
  const t = useTranslations('historikk');
  const locale = useLocale();
  return (
    <>
      <p className="font-semibold">{e.title}</p>
      <p className="bb-muted text-sm">
        {formatDateTime(e.at, locale)} · {e.actorName}
      </p>
      {e.kind === 'step' && e.detail ? <p className="mt-1 text-sm">{e.detail}</p> : null}
      {e.kind === 'step' && e.comment ? <p className="mt-1 text-sm">{quoted(e.comment)}</p> : null}
      {e.kind !== 'step' ? <Changes changes={e.changes} /> : null}
      {e.kind === 'correction' ? <p className="mt-1 text-sm">{t('reason', { reason: e.reason })}</p> : null}
    </>
  );
}

export function HistoryTimeline({ entries, moreHref }: { entries: HistoryEntry[]; moreHref: string | null }) {
  const t = useTranslations('historikk');
  return (
    <section aria-labelledby="historikk-tittel" className="bb-panel" id="historikk">
      <h2 id="historikk-tittel" className="ds-heading" data-size="xs">
        {t('heading')}
      </h2>
      {entries.length === 0 ? (
        <p className="mt-2 text-sm">{t('empty')}</p>
      ) : (
        <ol className="mt-4 space-y-4 border-l-2 border-[var(--ds-color-neutral-border-subtle)] pl-4" data-testid="historikk">
          {entries.map((e) => (
            <li key={e.key} className="relative" data-kind={e.kind}>
              <span
                aria-hidden="true"
                className={`absolute -left-[1.45rem] top-1.5 h-3 w-3 rounded-full ${e.kind === 'step' ? 'bg-[var(--ds-color-accent-base-default)]' : 'border-2 border-[var(--ds-color-accent-base-default)] bg-[var(--ds-color-neutral-background-default)]'}`}
              />
              <Entry e={e} />
            </li>
          ))}
        </ol>
      )}
      {moreHref ? (
        <p className="mt-4 text-sm">
          <Link href={moreHref} scroll={false}>
            {t('more')}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
