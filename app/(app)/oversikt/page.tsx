// "Mine samarbeid": the landing page. One card per cooperation the user may read, most urgent
// first (overdue anchoring and tasks, then warnings), with the roles panel alongside.
import type { Metadata } from 'next';
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { getDb } from '@/db/client';
import { loadDashboard } from '@/db/queries/dashboard';
import { getMunicipalityNames } from '@/db/queries/municipalities';
import { requireUser } from '@/lib/auth/session';
import { requestNow } from '@/lib/clock';
import { buildDashboard } from '@/lib/dashboard/cards';
import { countNb } from '@/lib/domain/nb-text';
import { PageHeader } from '../../_components/page-header';
import { CooperationCard } from './_components/cooperation-card';
import { RolesPanel } from './_components/roles-panel';

export const metadata: Metadata = { title: 'Mine samarbeid' };

export default async function OverviewPage() {
  const user = await requireUser('/oversikt');
  const db = await getDb();
  const [inputs, now, names] = await Promise.all([
    loadDashboard(db, user),
    requestNow(),
    getMunicipalityNames(db, user.roles.map((r) => r.kommunenummer).filter((k): k is string => k !== null)),
  ]);
  const cards = buildDashboard(inputs, now);
  const overdue = cards.reduce((n, c) => n + c.overdueCount, 0);
  const warnings = cards.reduce((n, c) => n + c.warnings.length, 0);
  const tasks = cards.reduce((n, c) => n + c.tasks.length, 0);
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
            Mine samarbeid ({cards.length})
          </Heading>
          {cards.length > 0 ? (
            <Paragraph data-size="sm" className="mt-1" data-testid="oversikt-sammendrag">
              {[countNb(overdue, 'forfalt forankring', 'forfalte forankringer'), countNb(tasks, 'åpen oppgave', 'åpne oppgaver'), countNb(warnings, 'varsel', 'varsler')].join(
                ' · ',
              )}
            </Paragraph>
          ) : null}
          {cards.length === 0 ? (
            <Paragraph className="bb-panel mt-4">
              Du har ingen samarbeid ennå. Når du får en rolle i et samarbeid eller i en medlemskommune, vises det her.
            </Paragraph>
          ) : (
            <ul className="mt-4 grid gap-4">
              {cards.map((card) => (
                <CooperationCard key={card.id} card={card} />
              ))}
            </ul>
          )}
        </section>
        <RolesPanel user={user} municipalityNames={names} cooperationNames={new Map(cards.map((c) => [c.id, c.name]))} />
      </div>
    </>
  );
}
