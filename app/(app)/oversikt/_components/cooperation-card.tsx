// One cooperation on "Mine samarbeid": state, anchoring (next, last held, overdue), the tasks
// the viewer can act on, what waits on others, the three legitimacy lights and the warnings;
// and the one-line card of a draft or an ended cooperation. The tasks' texts are stored with the
// cooperation's summary in bokmål (lib/pure/dashboard/tasks.ts) and marked as such elsewhere.
import Link from 'next/link';
import { Heading, Tag } from '@digdir/designsystemet-react';
import { CompactLights } from '@/app/_components/traffic-lights';
import type { DashboardCard } from '@/lib/pure/dashboard/cards';
import { CardAnchoring } from './card-anchoring';
import { WarningList } from './warning-list';
import { taskText } from './task-words';
import { n, type OverviewWords } from './words';

const BULLET = '•';

export function CooperationCard({ card, words }: { card: DashboardCard; words: OverviewWords }) {
  const { t } = words;
  const headingId = `kort-${card.id}`;
  const urgentTasks = card.tasks.filter((task) => task.overdue).length;
  return (
    <li
      aria-labelledby={headingId}
      className={card.overdueCount > 0 ? 'bb-panel bb-urgent-edge' : 'bb-panel'}
      data-testid={`samarbeidskort-${card.id}`}
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <Heading level={3} id={headingId} data-size="xs">
            <Link href={`/samarbeid/${card.id}`}>{card.name}</Link>
          </Heading>
          <p className="bb-muted text-sm">{t('kort.members', { count: card.memberCount, n: n(card.memberCount) })}</p>
        </div>
        <Tag data-color="info">{words.state(card.state)}</Tag>
      </div>
      {card.overdueCount + urgentTasks + card.warnings.length > 0 ? (
        <p className="mt-3 flex flex-wrap gap-2">
          {card.overdueCount > 0 ? <Tag data-color="danger">{t('overdue', { count: card.overdueCount, n: n(card.overdueCount) })}</Tag> : null}
          {urgentTasks > 0 ? <Tag data-color="danger">{t('kort.urgentTasks', { count: urgentTasks, n: n(urgentTasks) })}</Tag> : null}
          {card.warnings.length > 0 ? <Tag data-color="warning">{t('warnings', { count: card.warnings.length, n: n(card.warnings.length) })}</Tag> : null}
        </p>
      ) : null}
      <div className="mt-4 grid gap-6 md:grid-cols-2">
        <CardAnchoring card={card} words={words} />
        <div>
          <Heading level={4} data-size="2xs">
            {t('kort.tasksHeading')}
          </Heading>
          {card.tasks.length > 0 ? (
            <ul className="mt-1 space-y-1 text-sm" data-testid="oppgaver">
              {card.tasks.map((task) => {
                const shown = taskText(task.kind, task.text, 'text', words, task.followUp);
                return (
                  <li key={task.kind} className="flex gap-2" data-oppgave={task.kind}>
                    <span aria-hidden="true" className={task.overdue ? 'bb-urgent-mark' : 'bb-muted'}>
                      {task.overdue ? '!' : '•'}
                    </span>
                    <Link href={task.href} lang={shown.translated ? undefined : 'nb'}>
                      {shown.text}
                    </Link>
                  </li>
                );
              })}
            </ul>
          ) : (
            <p className="bb-muted mt-1 text-sm">{card.waiting.length > 0 ? t('kort.noTasksForYou') : t('kort.noOpenTasks')}</p>
          )}
          {card.waiting.length > 0 ? (
            <>
              <Heading level={4} data-size="2xs" className="mt-3">
                {t('kort.waitingHeading')}
              </Heading>
              <ul className="mt-1 space-y-1 text-sm" data-testid="venter-pa-andre">
                {card.waiting.map((w) => {
                  const shown = taskText(w.kind, w.text, 'status', words);
                  return (
                    <li key={w.kind} className="flex gap-2" data-status={w.kind}>
                      <span aria-hidden="true" className="bb-muted">
                        {BULLET}
                      </span>
                      <span lang={shown.translated ? undefined : 'nb'}>{shown.text}</span>
                    </li>
                  );
                })}
              </ul>
            </>
          ) : null}
        </div>
      </div>
      <div className="mt-4">
        <Heading level={4} data-size="2xs" className="mb-1">
          {t('kort.legitimacy')}
        </Heading>
        <CompactLights scores={card.scores} label={t('kort.legitimacyFor', { name: card.name })} href={`/samarbeid/${card.id}#legitimitet-tittel`} />
      </div>
      <WarningList warnings={card.warnings} href={`/samarbeid/${card.id}#varsler-tittel`} name={card.name} words={words} />
    </li>
  );
}

/** A draft or an ended cooperation: name, state and members; nothing to follow up, so no lights. */
export function CompactCard({ card, words }: { card: DashboardCard; words: OverviewWords }) {
  return (
    <li className="bb-panel flex flex-wrap items-center justify-between gap-2 py-3" data-testid={`samarbeidskort-${card.id}`}>
      <span>
        <Link href={`/samarbeid/${card.id}`}>{card.name}</Link>
        <span className="bb-muted text-sm">
          {' · '}
          {words.t('kort.members', { count: card.memberCount, n: n(card.memberCount) })}
        </span>
      </span>
      <Tag data-color="neutral">{words.state(card.state)}</Tag>
    </li>
  );
}
