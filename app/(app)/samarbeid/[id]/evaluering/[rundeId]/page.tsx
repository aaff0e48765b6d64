// The results of a closed round, exactly as frozen at close and always anonymous
// (AnonymousResults): perceived and structural scores side by side (chart and table), per
// perspective and per member municipality with small groups merged, the trend across all
// rounds, the warnings the round raised and all warnings with their facts and advice, every
// statement and goal, the open answers. Read through the same handler as the server action,
// so the same people are refused.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { getDb } from '@/db/client';
import { ActionError, actionContext } from '@/lib/server/action';
import { requestNow } from '@/lib/server/clock';
import { readResults } from '@/lib/server/actions/evaluation';
import { ANONYMITY_NOTE } from '@/lib/pure/domain/evaluation-anonymous';
import { CRITERIA } from '@/lib/pure/domain/perceived';
import { formatDate } from '@/lib/pure/format';
import { cooperationPage } from '@/lib/server/cooperation-page';
import { forbid } from '@/lib/server/forbidden';
import { CommentList } from '../_components/comment-list';
import { GoalResults } from '../_components/goal-results';
import { RoundWarnings } from '../_components/round-warnings';
import { ScoreChart } from '../_components/score-chart-lazy';
import { ComparisonTable, CRITERION_SHORT, GroupTable, ScoreTable, TrendTable } from '../_components/score-tables';
import { SeverityTag } from '@/app/_components/warning-parts';
import { StatementResults } from '../_components/statement-results';
import { StructuralDetails } from '../_components/structural-details';

export const metadata: Metadata = { title: 'Resultater fra evalueringen' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="bb-panel">
      <Heading level={2} id={id} data-size="xs">
        {title}
      </Heading>
      {children}
    </section>
  );
}

export default async function ResultaterPage({ params }: { params: Promise<{ id: string; rundeId: string }> }) {
  const { id, rundeId } = await params;
  const { user, allowed } = await cooperationPage(id, `/samarbeid/${id}/evaluering/${rundeId}`);
  if (!allowed) return null; // the layout shows NoAccess
  if (!UUID.test(rundeId)) notFound();
  const back = <Link href={`/samarbeid/${id}/evaluering`}>Tilbake til evalueringen</Link>;
  let read: Awaited<ReturnType<typeof readResults>>;
  try {
    read = await readResults({ roundId: rundeId }, actionContext(await getDb(), user, await requestNow()));
  } catch (err) {
    if (!(err instanceof ActionError)) throw err;
    if (err.code === 'not_found') notFound();
    if (err.code === 'forbidden') forbid(err.message); // 403, with the reason on the page
    return (
      <Alert data-color="info" data-testid="resultater-skjult">
        <Paragraph data-size="sm">
          {err.message} {back}
        </Paragraph>
      </Alert>
    );
  }
  const { round, results } = read;
  if (round.cooperationId !== id) notFound();
  const chartRows = CRITERIA.map((c) => ({
    criterion: CRITERION_SHORT[c],
    perceived: results.criteria[c].perceived.score,
    structural: results.criteria[c].structural.score,
    previous: results.previous?.perceived[c].previous ?? null,
  }));

  return (
    <div className="space-y-6">
      <div>
        <div className="flex flex-wrap items-center gap-3">
          <p className="bb-muted mr-auto text-sm">{back}</p>
          <Link href={`/samarbeid/${id}/evaluering/${rundeId}/rapport`} className="ds-button" data-variant="secondary" data-size="sm">
            Evalueringsrapport for utskrift
          </Link>
          <a href={`/samarbeid/${id}/evaluering/${rundeId}/rapport.pdf`} download className="ds-button" data-variant="tertiary" data-size="sm">
            Last ned rapporten som PDF
          </a>
          <a href={`/samarbeid/${id}/evaluering/${rundeId}/resultater.csv`} download className="ds-button" data-variant="tertiary" data-size="sm">
            Last ned resultatene som CSV
          </a>
        </div>
        <Heading level={2} data-size="md" className="mt-2">
          Resultater fra evalueringsrunde {results.roundNumber}
        </Heading>
        <Paragraph className="mt-2 max-w-3xl" data-testid="svarprosent">
          Lukket {formatDate(results.closedAt)}. {results.responses.answered} av {results.responses.invited} inviterte sendte inn svar. Opplevde poeng er
          regnet ut fra svarene (1 gir 0 poeng, 5 gir 100; «Vet ikke» teller ikke), og hver som har svart, teller likt. Strukturelle poeng er regnet ut
          fra dataene slik de var da runden ble lukket.
        </Paragraph>
      </div>

      <Section id="poeng-tittel" title="Opplevd og strukturell legitimitet">
        <div className="mt-3 grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
          <figure aria-labelledby="poeng-figur">
            <ScoreChart rows={chartRows} withPrevious={results.previous !== null} />
            <figcaption id="poeng-figur" className="bb-muted mt-1 text-xs">
              Poeng 0–100 per kriterium. Tallene står også i tabellen.
            </figcaption>
          </figure>
          <div className="overflow-x-auto">
            <ScoreTable results={results} />
          </div>
        </div>
      </Section>

      {results.raisedWarnings ? (
        <Section id="nye-varsler-tittel" title="Varsler runden ga">
          {results.raisedWarnings.length === 0 ? (
            <Paragraph data-size="sm" className="mt-1" data-testid="runde-varsler">
              Svarene i runden ga ingen nye eller skjerpede varsler.
            </Paragraph>
          ) : (
            <ul className="mt-2 space-y-1 text-sm" data-testid="runde-varsler">
              {results.raisedWarnings.map((w) => (
                <li key={w.id} className="flex flex-wrap items-center gap-2">
                  <span className="font-semibold">{w.title}</span> <SeverityTag severity={w.severity} />
                  <span className="bb-muted">{w.change === 'ny' ? 'nytt varsel' : 'skjerpet av svarene'}</span>
                </li>
              ))}
            </ul>
          )}
        </Section>
      ) : null}

      <Section id="perspektiv-tittel" title="Per perspektiv">
        <Paragraph data-size="sm" className="mt-1">
          Nytten av et samarbeid avhenger av hvem som vurderer det. {ANONYMITY_NOTE}
          {results.perspectives.hiddenRespondents > 0 ? ` ${results.perspectives.hiddenRespondents} svar er derfor ikke vist per perspektiv.` : ''}
          {results.exactGroups ? '' : ' Runden ble lukket før små grupper ble slått sammen, så «Øvrige» vises uten poeng.'}
        </Paragraph>
        {results.perspectives.rows.length > 0 ? (
          <div className="mt-3 overflow-x-auto">
            <GroupTable groups={results.perspectives} heading="Perspektiv" caption="Opplevd poeng per perspektiv" testId="perspektiver" />
          </div>
        ) : (
          <Paragraph data-size="sm" className="mt-2">
            Ingen gruppe hadde nok svar til å vises per perspektiv.
          </Paragraph>
        )}
      </Section>

      <Section id="deltaker-tittel" title="Per deltakerkommune">
        {results.members === null ? (
          <Paragraph data-size="sm" className="mt-1">
            Resultater per deltakerkommune ble ikke tatt vare på for denne runden.
          </Paragraph>
        ) : (
          <>
            <Paragraph data-size="sm" className="mt-1">
              Opplevd nytte og legitimitet kan være ujevnt fordelt mellom kommunene. Svarene er gruppert etter kommunen den som svarte, representerer.
              {results.members.hiddenRespondents > 0 ? ` ${results.members.hiddenRespondents} svar er ikke vist per kommune fordi gruppene er for små.` : ''}
            </Paragraph>
            {results.members.rows.length > 0 ? (
              <div className="mt-3 overflow-x-auto">
                <GroupTable groups={results.members} heading="Deltakerkommune" caption="Opplevd poeng per deltakerkommune" testId="per-deltaker" />
              </div>
            ) : (
              <Paragraph data-size="sm" className="mt-2">
                Ingen kommune hadde nok svar til å vises for seg selv.
              </Paragraph>
            )}
          </>
        )}
      </Section>

      <Section id="utvikling-tittel" title="Utvikling over alle runder">
        <div className="overflow-x-auto">
          <TrendTable results={results} />
        </div>
      </Section>

      <Section id="sammenligning-tittel" title="Sammenlignet med forrige runde">
        <div className="overflow-x-auto">
          <ComparisonTable results={results} />
        </div>
      </Section>

      <Section id="varsler-tittel" title="Varsler">
        <Paragraph data-size="sm" className="mt-1">
          Varslene bygger på dataene. Der svarene i runden var lave på det samme, er det tatt med som et ekstra faktum og alvorligheten hevet.
        </Paragraph>
        <RoundWarnings warnings={results.warnings} />
      </Section>

      <Section id="pastander-tittel" title="Svarene på påstandene">
        <div className="mt-3">
          <StatementResults statements={results.statements} withPrevious={results.previous !== null} />
        </div>
      </Section>

      <Section id="maal-tittel" title="Måloppnåelse">
        <GoalResults goals={results.goals} />
      </Section>

      <Section id="egne-ord-tittel" title="Med egne ord">
        <div className="mt-3 grid gap-6 md:grid-cols-2">
          <div>
            <Heading level={3} data-size="2xs">
              Dette fungerer godt
            </Heading>
            <CommentList comments={results.whatWorks} empty="Ingen svar." />
          </div>
          <div>
            <Heading level={3} data-size="2xs">
              Dette bør endres
            </Heading>
            <CommentList comments={results.whatToChange} empty="Ingen svar." />
          </div>
        </div>
      </Section>

      <Section id="strukturell-tittel" title="Hva de strukturelle poengene bygger på">
        <StructuralDetails structural={results.structural} />
      </Section>
    </div>
  );
}
