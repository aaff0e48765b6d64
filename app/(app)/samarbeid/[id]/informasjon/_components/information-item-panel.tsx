// One item of the information plan: audience, content, timing, channel and who is
// responsible; when it was last carried out and whether it is due; its log.
import { Heading, Tag } from '@digdir/designsystemet-react';
import type { ExecutionRow } from '@/db/queries/follow-up';
import type { InformationItemStatus } from '@/lib/pure/dashboard/information';
import type { InformationItem } from '@/lib/pure/domain/dossier';
import { formatDate } from '@/lib/pure/format';
import { AUDIENCE_LABELS } from '@/lib/pure/validation/phases/deltakelse';
import { ExecutionList } from './execution-list';
import { LogExecutionForm } from './log-execution-form';

interface Props {
  cooperationId: string;
  item: InformationItem;
  status: InformationItemStatus;
  executions: ExecutionRow[];
  canLog: boolean;
  today: string;
}

export function InformationItemPanel({ cooperationId, item, status, executions, canLog, today }: Props) {
  const headingId = `tiltak-${item.id}`;
  return (
    <li
      aria-labelledby={headingId}
      className={`bb-panel ${status.due ? 'shadow-[inset_4px_0_0_0_var(--ds-color-danger-base-default)]' : ''}`}
      data-testid={`tiltak-${item.id}`}
    >
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <p className="bb-muted text-sm">{AUDIENCE_LABELS[item.audience]}</p>
          <Heading level={3} id={headingId} data-size="xs">
            {item.content}
          </Heading>
        </div>
        {status.due ? (
          <Tag data-color="danger">Forfalt</Tag>
        ) : status.cadence.months === null ? (
          <Tag data-color="neutral" variant="outline">
            Ved behov
          </Tag>
        ) : status.dueDate ? (
          <Tag data-color="success">I rute</Tag>
        ) : null}
      </div>
      <dl className="mt-3 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">Når</dt>
        <dd>
          {item.timing} <span className="bb-muted">({status.cadence.label})</span>
        </dd>
        <dt className="font-semibold">Kanal</dt>
        <dd>
          {item.channel}
          {item.place ? `, ${item.place}` : ''}
        </dd>
        <dt className="font-semibold">Ansvarlig</dt>
        <dd>{item.responsible}</dd>
        <dt className="font-semibold">Sist gjennomført</dt>
        <dd>{status.lastExecutedOn ? formatDate(status.lastExecutedOn) : 'Ikke registrert'}</dd>
        {status.dueDate ? (
          <>
            <dt className="font-semibold">{status.due ? 'Skulle vært gjort innen' : 'Neste innen'}</dt>
            <dd className={status.due ? 'font-semibold text-[var(--ds-color-danger-text-default)]' : undefined}>{formatDate(status.dueDate)}</dd>
          </>
        ) : null}
      </dl>
      <details className="mt-3">
        <summary className="cursor-pointer text-sm">Logg ({executions.length})</summary>
        <ExecutionList executions={executions} />
      </details>
      {canLog ? <LogExecutionForm cooperationId={cooperationId} itemId={item.id} itemLabel={item.content} today={today} /> : null}
    </li>
  );
}
