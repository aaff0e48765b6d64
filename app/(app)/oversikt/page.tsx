// "Mine samarbeid": the landing page. One card per cooperation the user has a role in: those in
// work most urgent first (overdue anchoring, then sponsors to re-confirm) with tasks the user
// can act on and the lights; drafts and ended ones after them, apart and without lights. 50 to
// a page, a summary over all of them from SQL, and the roles panel alongside. An administrator
// without other roles lands on the administration overview instead.
import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { getDb } from '@/db/client';
import { dashboardPage, roleCooperationNames } from '@/db/queries/dashboard-page';
import { getMunicipalityNames } from '@/db/queries/municipalities';
import { can } from '@/lib/pure/auth/can';
import { requireUser } from '@/lib/server/auth/session';
import { requestNow } from '@/lib/server/clock';
import { personalCard, type CardGroup, type DashboardCard } from '@/lib/pure/dashboard/cards';
import { TASK_ACTIONS } from '@/lib/pure/dashboard/tasks';
import { isAdministratorOnly } from '@/lib/pure/navigation';
import { PAST_LAST_PAGE, parsePage, rangeText } from '@/lib/pure/paging';
import { Pager } from '../../_components/pager';
import { countNb } from '@/lib/pure/domain/nb-text';
import { PageHeader } from '../../_components/page-header';
import { CompactCard, CooperationCard } from './_components/cooperation-card';
import { NoRoles } from './_components/no-roles';
import { RolesPanel } from './_components/roles-panel';

export const metadata: Metadata = { title: 'Mine samarbeid' };

export default async function OverviewPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser('/oversikt');
  if (isAdministratorOnly(user)) redirect('/admin');
  const db = await getDb();
  const [now, page] = await Promise.all([requestNow(), searchParams.then(parsePage)]);
  const [{ rows, window, summary }, names, roleNames] = await Promise.all([
    dashboardPage(db, user, page, now),
    getMunicipalityNames(db, user.roles.map((r) => r.kommunenummer).filter((k): k is string => k !== null)),
    roleCooperationNames(db, user),
  ]);
  const cards = rows.map(({ card, resource }) => personalCard(card, (kind) => can(user, TASK_ACTIONS[kind], resource)));
  const inGroup = (group: CardGroup) => cards.filter((c) => c.group === group);
  const active = inGroup('aktiv');
  // Tasks and warnings need each dossier, so they are counted for the page shown; the overdue
  // anchoring and the sponsors to re-confirm are counted over every cooperation, in SQL.
  const warnings = active.reduce((n, c) => n + c.warnings.length, 0);
  const tasks = active.reduce((n, c) => n + c.tasks.length, 0);
  const several = window.pageCount > 1;
  const firstName = user.name.split(' ')[0];
  return (
    <>
      <PageHeader
        title={`Hei, ${firstName}`}
        lead={
          user.roles.length === 0
            ? 'Du er logget inn, men har ingen roller ennå. Her står hvem som kan gi deg dem.'
            : 'Her er samarbeidene du har en rolle i: det som haster først, så neste forankring, oppgaver, varsler og legitimitet for hvert samarbeid.'
        }
      />
      <div className="grid gap-8 lg:grid-cols-[2fr_1fr]">
        {user.roles.length === 0 ? (
          <NoRoles email={user.email} />
        ) : (
          <section aria-labelledby="samarbeid-tittel">
            <Heading level={2} id="samarbeid-tittel" data-size="sm">
              Mine samarbeid ({summary.cooperations.toLocaleString('nb-NO')})
            </Heading>
            {summary.cooperations > 0 ? (
              <Paragraph data-size="sm" className="mt-1" data-testid="oversikt-sammendrag">
                {[
                  ...(summary.drafts + summary.ended > 0
                    ? [
                        [
                          countNb(summary.cooperations - summary.drafts - summary.ended, 'i arbeid', 'i arbeid'),
                          ...(summary.drafts > 0 ? [countNb(summary.drafts, 'utkast', 'utkast')] : []),
                          ...(summary.ended > 0 ? [countNb(summary.ended, 'avsluttet', 'avsluttet')] : []),
                        ].join(', '),
                      ]
                    : []),
                  countNb(summary.overdue, 'forfalt forankring', 'forfalte forankringer'),
                  ...(summary.reconfirm > 0 ? [countNb(summary.reconfirm, 'sponsor må bekreftes', 'sponsorer må bekreftes')] : []),
                  `${several ? 'på denne siden: ' : ''}${countNb(tasks, 'åpen oppgave', 'åpne oppgaver')}`,
                  countNb(warnings, 'varsel', 'varsler'),
                ].join(' · ')}
              </Paragraph>
            ) : null}
            {several ? (
              <Paragraph data-size="sm" className="bb-muted mt-1" data-testid="oversikt-utvalg">
                {rangeText(window)}, de med flest forfalte forankringer først
              </Paragraph>
            ) : null}
            {summary.cooperations === 0 ? (
              <Paragraph className="bb-panel mt-4">
                Du har ingen samarbeid ennå. Når du får en rolle i et samarbeid eller i en medlemskommune, vises det her.
              </Paragraph>
            ) : cards.length === 0 ? (
              <Paragraph className="bb-panel mt-4">{PAST_LAST_PAGE}</Paragraph>
            ) : (
              <>
                {active.length > 0 ? (
                  <ul className="mt-4 grid gap-4">
                    {active.map((card) => (
                      <CooperationCard key={card.id} card={card} />
                    ))}
                  </ul>
                ) : null}
                <CompactGroup id="utkast" title="Utkast" total={summary.drafts} cards={inGroup('utkast')} lead="Ikke startet ennå: ingen forankring, oppgaver eller lys før etableringen begynner." />
                <CompactGroup id="avsluttet" title="Avsluttede samarbeid" total={summary.ended} cards={inGroup('avsluttet')} lead="Avviklet eller avbrutt: historikken er bevart, men det er ingenting å følge opp." />
              </>
            )}
            <Pager label="Sider med samarbeid" page={window.page} pageCount={window.pageCount} path="/oversikt" query="" />
          </section>
        )}
        <RolesPanel user={user} municipalityNames={names} cooperationNames={roleNames} />
      </div>
    </>
  );
}

/** Drafts or ended cooperations: a heading and one line each, no lights or tasks. */
function CompactGroup({ id, title, lead, total, cards }: { id: string; title: string; lead: string; total: number; cards: DashboardCard[] }) {
  if (cards.length === 0) return null;
  return (
    <section aria-labelledby={`gruppe-${id}`} className="mt-8" data-testid={`oversikt-gruppe-${id}`}>
      <Heading level={3} id={`gruppe-${id}`} data-size="xs">
        {title} ({total.toLocaleString('nb-NO')})
      </Heading>
      <Paragraph data-size="sm" className="bb-muted mt-1">
        {lead}
      </Paragraph>
      <ul className="mt-3 grid gap-2">
        {cards.map((card) => (
          <CompactCard key={card.id} card={card} />
        ))}
      </ul>
    </section>
  );
}
