// "Slik regnes det ut": how Brobygger computes the legitimacy lights, the warnings and the
// evaluation results, generated from the same constants the computations use
// (lib/pure/domain/calculation-explained.ts). Public, so anyone reading a register or a public
// page can check how a colour came about.
import type { Metadata } from 'next';
import { Heading, Paragraph, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@digdir/designsystemet-react';
import { Table } from '@/app/_components/table';
import {
  ANONYMITY_RULE,
  explainedCriteria,
  explainedEvents,
  explainedThresholds,
  explainedWarnings,
  LIGHT_RULE,
  PERCEIVED_RULE,
} from '@/lib/pure/domain/calculation-explained';
import { THRESHOLDS } from '@/lib/pure/domain/thresholds';

export const metadata: Metadata = { title: 'Slik regnes det ut' };

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-10">
      <Heading level={2} id={id} data-size="sm">
        {title}
      </Heading>
      {children}
    </section>
  );
}

export default function CalculationPage() {
  const criteria = explainedCriteria();
  return (
    <article className="mx-auto max-w-4xl">
      <Heading level={1} data-size="lg">
        Slik regnes det ut
      </Heading>
      <Paragraph className="mt-4">
        Brobygger viser legitimiteten til et samarbeid som tre lys – demokratisk forankring (input), åpenhet (throughput) og resultater (output) – og varsler
        om fellene forskningen beskriver. Her står hver vekt og hver terskel slik løsningen bruker dem. Teksten er laget fra de samme tallene som beregningene,
        så den er alltid oppdatert.
      </Paragraph>

      <Section id="lys-tittel" title="Poeng og lys">
        <Paragraph className="mt-2">{LIGHT_RULE}</Paragraph>
        <Paragraph className="mt-2">
          Det som skjer nå, veier tyngre enn det som ble bestemt da samarbeidet ble etablert. Har samarbeidet vært i drift i minst ett år uten at en eneste
          formell forankring er holdt de siste 12 månedene, får demokratisk forankring høyst {THRESHOLDS.inputCapWithoutAnchoring.value} poeng – altså aldri
          grønt lys.
        </Paragraph>
      </Section>

      {criteria.map((c) => (
        <Section key={c.criterion} id={`kriterium-${c.criterion}`} title={c.label}>
          <Paragraph data-size="sm" className="mt-2">
            Samlet vekt {c.totalWeight}. Løpende indikatorer – det som følger samarbeidets liv – står for {c.ongoingShare} % av vekten.
          </Paragraph>
          <div className="mt-3 overflow-x-auto">
            <Table border className="w-full" data-testid={`vekter-${c.criterion}`}>
              <caption className="ds-sr-only">Indikatorene for {c.label.toLowerCase()} med vekt</caption>
              <TableHead>
                <TableRow>
                  <TableHeaderCell>Indikator</TableHeaderCell>
                  <TableHeaderCell>Vekt</TableHeaderCell>
                  <TableHeaderCell>Grunnlag</TableHeaderCell>
                  <TableHeaderCell>Slik måles den</TableHeaderCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {c.indicators.map((i) => (
                  <TableRow key={i.id}>
                    <TableHeaderCell scope="row">{i.label}</TableHeaderCell>
                    <TableCell>{i.weight}</TableCell>
                    <TableCell>{i.basis}</TableCell>
                    <TableCell>{i.explanation}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        </Section>
      ))}

      <Section id="opplevd-tittel" title="Opplevd legitimitet fra evalueringene">
        <Paragraph className="mt-2">{PERCEIVED_RULE}</Paragraph>
        <Heading level={3} data-size="xs" className="mt-4">
          Anonymitet
        </Heading>
        <Paragraph className="mt-2">{ANONYMITY_RULE}</Paragraph>
      </Section>

      <Section id="terskler-tittel" title="Terskler">
        <dl className="mt-3 space-y-4">
          {explainedThresholds().map((t) => (
            <div key={t.label}>
              <dt className="font-semibold">
                {t.label}: {t.value}
              </dt>
              <dd className="mt-1">{t.help}</dd>
            </div>
          ))}
        </dl>
      </Section>

      <Section id="varsler-tittel" title="Varslene">
        <Paragraph className="mt-2">
          Hvert varsel peker på noe i dataene som kan rettes. Lave svar i en evaluering på det samme som et varsel handler om, tas med som et ekstra faktum og
          hever alvorligheten ett trinn.
        </Paragraph>
        <div className="mt-3 overflow-x-auto">
          <Table border className="w-full" data-testid="varselregler">
            <caption className="ds-sr-only">Varslene, hvilken felle de hører til og hvor alvorlige de er</caption>
            <TableHead>
              <TableRow>
                <TableHeaderCell>Varsel</TableHeaderCell>
                <TableHeaderCell>Felle eller tema</TableHeaderCell>
                <TableHeaderCell>Alvorlighet</TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {explainedWarnings().map((w) => (
                <TableRow key={w.id}>
                  <TableHeaderCell scope="row">{w.title}</TableHeaderCell>
                  <TableCell>{w.trap}</TableCell>
                  <TableCell>{w.severity}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      </Section>

      <Section id="hendelser-tittel" title="Forankring etter hendelser">
        <Paragraph className="mt-2">
          Faste forankringspunkter planlegges alltid minst 12 måneder fram. Noen hendelser gir egne forankringspunkter i hver deltakerkommune: i de organene
          samarbeidets forankringsplan sier, eller ellers der det står under.
        </Paragraph>
        <ul className="mt-3 space-y-3">
          {explainedEvents().map((e) => (
            <li key={e.label}>
              <span className="font-semibold">{e.label}</span>: frist {e.months} måneder etter, ellers i {e.standard}. {e.help}
            </li>
          ))}
        </ul>
      </Section>
    </article>
  );
}
