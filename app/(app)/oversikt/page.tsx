// "Mine samarbeid": the landing page. One card per cooperation the user may read, most urgent
// first (overdue anchoring, then sponsors to re-confirm), 50 to a page, with a summary over
// all of them from SQL and the roles panel alongside.
import type { Metadata } from 'next';
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { getDb } from '@/db/client';
import { dashboardPage, roleCooperationNames } from '@/db/queries/dashboard-page';
import { getMunicipalityNames } from '@/db/queries/municipalities';
import { requireUser } from '@/lib/auth/session';
import { requestNow } from '@/lib/clock';
import { buildCard } from '@/lib/dashboard/cards';
import { parsePage, rangeText } from '@/lib/paging';
import { Pager } from '../../_components/pager';
import { countNb } from '@/lib/domain/nb-text';
import { PageHeader } from '../../_components/page-header';
import { CooperationCard } from './_components/cooperation-card';
import { RolesPanel } from './_components/roles-panel';

export const metadata: Metadata = { title: 'Mine samarbeid' };

export default async function OverviewPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser('/oversikt');
  const db = await getDb();
  const [now, page] = await Promise.all([requestNow(), searchParams.then(parsePage)]);
  const [{ inputs, window, summary }, names, roleNames] = await Promise.all([
    dashboardPage(db, user, page, now),
    getMunicipalityNames(db, user.roles.map((r) => r.kommunenummer).filter((k): k is string => k !== null)),
    roleCooperationNames(db, user),
  ]);
  const cards = inputs.map((input) => buildCard(input, now));
  // Tasks and warnings need each dossier, so they are counted for the page shown; the overdue
  // anchoring and the sponsors to re-confirm are counted over every cooperation, in SQL.
  const warnings = cards.reduce((n, c) => n + c.warnings.length, 0);
  const tasks = cards.reduce((n, c) => n + c.tasks.length, 0);
  const several = window.pageCount > 1;
  const firstName = user.name.split(' ')[0];
  return (
    <>
      <PageHeader
        title={`Hei, ${firstName}`}
        lead="Her er samarbeidene du har en rolle i: det som haster først, så neste forankring, oppgaver, varsler og legitimitet for hvert samarbeid."
      />
      <div className="grid gap-8 lg:grid-cols-[2fr_1fr]">
        <section aria-labelledby="samarbeid-tittel">
          <Heading level={2} id="samarbeid-tittel" data-size="sm">
            Mine samarbeid ({summary.cooperations.toLocaleString('nb-NO')})
          </Heading>
          {summary.cooperations > 0 ? (
            <Paragraph data-size="sm" className="mt-1" data-testid="oversikt-sammendrag">
              {[
                countNb(summary.overdue, 'forfalt forankring', 'forfalte forankringer'),
                ...(summary.reconfirm > 0 ? [countNb(summary.reconfirm, 'sponsor å bekrefte', 'sponsorer å bekrefte')] : []),
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
            <Paragraph className="bb-panel mt-4">Det er ingen samarbeid på denne siden. Gå tilbake til en av sidene nedenfor.</Paragraph>
          ) : (
            <ul className="mt-4 grid gap-4">
              {cards.map((card) => (
                <CooperationCard key={card.id} card={card} />
              ))}
            </ul>
          )}
          <Pager label="Sider med samarbeid" page={window.page} pageCount={window.pageCount} path="/oversikt" query="" />
        </section>
        <RolesPanel user={user} municipalityNames={names} cooperationNames={roleNames} />
      </div>
    </>
  );
}
