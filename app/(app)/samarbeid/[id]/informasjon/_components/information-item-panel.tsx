// One item of the information plan: audience, content, timing, channel and who is
// responsible; when it was last carried out and whether it is due; its log.
import { Heading, Tag } from '@digdir/designsystemet-react';
import { useLocale, useTranslations } from 'next-intl';
import type { ExecutionRow } from '@/db/queries/follow-up';
import type { InformationItemStatus } from '@/lib/pure/dashboard/information';
import type { InformationItem } from '@/lib/pure/domain/dossier';
import { formatDate } from '@/lib/pure/format';
import type { Audience } from '@/lib/pure/domain/dossier';
import type { Messages } from '@/lib/pure/i18n/catalogues';
import { ExecutionList } from './execution-list';
import { LogExecutionForm } from './log-execution-form';

interface Props {
  cooperationId: string;
  item: InformationItem;
  status: InformationItemStatus;
  executions: ExecutionRow[];
  canLog: boolean;
  today: string;
  audiences: Readonly<Record<Audience, string>>;
  words: Messages['informasjon']['skjema'];
  fixFields: string;
}

const CADENCE = { 1: 'm1', 3: 'm3', 6: 'm6', 12: 'm12' } as const;

export function InformationItemPanel({ cooperationId, item, status, executions, canLog, today, audiences, words, fixFields }: Props) {
  const t = useTranslations('informasjon.tiltak');
  const locale = useLocale();
  const months = status.cadence.months;
  const cadence = months === null ? t('cadence.none') : months in CADENCE ? t(`cadence.${CADENCE[months as keyof typeof CADENCE]}`) : status.cadence.label;
  const headingId = `tiltak-${item.id}`;
  return (
    <li
      aria-labelledby={headingId}
      className={`bb-panel ${status.due ? 'shadow-[inset_4px_0_0_0_var(--ds-color-danger-base-default)]' : ''}`}
      data-testid={`tiltak-${item.id}`}
    >
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <p className="bb-muted text-sm">{audiences[item.audience]}</p>
          <Heading level={3} id={headingId} data-size="xs">
            {item.content}
          </Heading>
        </div>
        {status.due ? (
          <Tag data-color="danger">{t('overdue')}</Tag>
        ) : status.cadence.months === null ? (
          <Tag data-color="neutral" variant="outline">
            {t('asNeeded')}
          </Tag>
        ) : status.dueDate ? (
          <Tag data-color="success">{t('onTrack')}</Tag>
        ) : null}
      </div>
      <dl className="mt-3 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">{t('when')}</dt>
        <dd>
          {item.timing} <span className="bb-muted">({cadence})</span>
        </dd>
        <dt className="font-semibold">{t('channel')}</dt>
        <dd>
          {item.channel}
          {item.place ? `, ${item.place}` : ''}
        </dd>
        <dt className="font-semibold">{t('responsible')}</dt>
        <dd>{item.responsible}</dd>
        <dt className="font-semibold">{t('lastDone')}</dt>
        <dd>{status.lastExecutedOn ? formatDate(status.lastExecutedOn, locale) : t('notRecorded')}</dd>
        {status.dueDate ? (
          <>
            <dt className="font-semibold">{status.due ? t('shouldHave') : t('nextBy')}</dt>
            <dd className={status.due ? 'font-semibold text-[var(--ds-color-danger-text-default)]' : undefined}>{formatDate(status.dueDate, locale)}</dd>
          </>
        ) : null}
      </dl>
      <details className="mt-3">
        <summary className="cursor-pointer text-sm">{t('log', { count: executions.length })}</summary>
        <ExecutionList executions={executions} />
      </details>
      {canLog ? <LogExecutionForm cooperationId={cooperationId} itemId={item.id} itemLabel={item.content} today={today} words={words} fixFields={fixFields} /> : null}
    </li>
  );
}
