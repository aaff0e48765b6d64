// One cooperation on "Mine samarbeid": state, anchoring (next, last held, overdue), the tasks
// the viewer can act on, what waits on others, the three legitimacy lights and the warnings;
// and the one-line card of a draft or an ended cooperation.
import Link from 'next/link';
import { Heading, Tag } from '@digdir/designsystemet-react';
import { CompactLights } from '@/app/_components/traffic-lights';
import type { DashboardCard } from '@/lib/pure/dashboard/cards';
import { countNb } from '@/lib/pure/domain/nb-text';
import { STATE_LABELS } from '@/workflows/cooperation/states';
import { CardAnchoring } from './card-anchoring';
import { WarningList } from './warning-list';

export function CooperationCard({ card }: { card: DashboardCard }) {
  const headingId = `kort-${card.id}`;
  const urgentTasks = card.tasks.filter((t) => t.overdue).length;
  return (
    <li
      aria-labelledby={headingId}
      className={`bb-panel ${card.overdueCount > 0 ? 'shadow-[inset_4px_0_0_0_var(--ds-color-danger-base-default)]' : ''}`}
      data-testid={`samarbeidskort-${card.id}`}
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <Heading level={3} id={headingId} data-size="xs">
            <Link href={`/samarbeid/${card.id}`}>{card.name}</Link>
          </Heading>
          <p className="bb-muted text-sm">{countNb(card.memberCount, 'deltaker', 'deltakere')}</p>
        </div>
        <Tag data-color="info">{STATE_LABELS[card.state] ?? card.state}</Tag>
      </div>
      {card.overdueCount + urgentTasks + card.warnings.length > 0 ? (
        <p className="mt-3 flex flex-wrap gap-2">
          {card.overdueCount > 0 ? <Tag data-color="danger">{countNb(card.overdueCount, 'forfalt forankring', 'forfalte forankringer')}</Tag> : null}
          {urgentTasks > 0 ? <Tag data-color="danger">{countNb(urgentTasks, 'oppgave over fristen', 'oppgaver over fristen')}</Tag> : null}
          {card.warnings.length > 0 ? <Tag data-color="warning">{countNb(card.warnings.length, 'varsel', 'varsler')}</Tag> : null}
        </p>
      ) : null}
      <div className="mt-4 grid gap-6 md:grid-cols-2">
        <CardAnchoring card={card} />
        <div>
          <Heading level={4} data-size="2xs">
            Oppgaver
          </Heading>
          {card.tasks.length > 0 ? (
            <ul className="mt-1 space-y-1 text-sm" data-testid="oppgaver">
              {card.tasks.map((t) => (
                <li key={t.kind} className="flex gap-2" data-oppgave={t.kind}>
                  <span aria-hidden="true" className={t.overdue ? 'font-bold text-[var(--ds-color-danger-text-default)]' : 'bb-muted'}>
                    {t.overdue ? '!' : '•'}
                  </span>
                  <Link href={t.href}>{t.text}</Link>
                </li>
              ))}
            </ul>
          ) : (
            <p className="bb-muted mt-1 text-sm">{card.waiting.length > 0 ? 'Ingen oppgaver for deg.' : 'Ingen åpne oppgaver.'}</p>
          )}
          {card.waiting.length > 0 ? (
            <>
              <Heading level={4} data-size="2xs" className="mt-3">
                Venter på andre
              </Heading>
              <ul className="mt-1 space-y-1 text-sm" data-testid="venter-pa-andre">
                {card.waiting.map((w) => (
                  <li key={w.kind} className="flex gap-2" data-status={w.kind}>
                    <span aria-hidden="true" className="bb-muted">
                      •
                    </span>
                    <span>{w.text}</span>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      </div>
      <div className="mt-4">
        <Heading level={4} data-size="2xs" className="mb-1">
          Legitimitet
        </Heading>
        <CompactLights scores={card.scores} label={`Legitimitet for ${card.name}`} href={`/samarbeid/${card.id}#legitimitet-tittel`} />
      </div>
      <WarningList warnings={card.warnings} href={`/samarbeid/${card.id}#varsler-tittel`} name={card.name} />
    </li>
  );
}

/** A draft or an ended cooperation: name, state and members; nothing to follow up, so no lights. */
export function CompactCard({ card }: { card: DashboardCard }) {
  return (
    <li className="bb-panel flex flex-wrap items-center justify-between gap-2 py-3" data-testid={`samarbeidskort-${card.id}`}>
      <span>
        <Link href={`/samarbeid/${card.id}`}>{card.name}</Link>
        <span className="bb-muted text-sm"> · {countNb(card.memberCount, 'deltaker', 'deltakere')}</span>
      </span>
      <Tag data-color="neutral">{STATE_LABELS[card.state] ?? card.state}</Tag>
    </li>
  );
}
