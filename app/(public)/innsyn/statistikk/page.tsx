// National statistics of the public cooperations: key numbers and one figure per question
// (form, task area, county, state, per municipality, establishment by year), each a chart
// with its table beside it and a CSV download.
import type { Metadata } from 'next';
import Link from 'next/link';
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { getDb } from '@/db/client';
import { nationalStatistics } from '@/db/queries/statistics';
import { perMunicipalitySummary, statisticsFigures } from '@/lib/pure/statistics/figures';
import { PageHeader } from '../../../_components/page-header';
import { FigureSection } from './_components/figure-section';

export const metadata: Metadata = {
  title: 'Statistikk over interkommunale samarbeid',
  description: 'Hvor mange interkommunale samarbeid det er, i hvilke former og oppgavefelt, i hvilke fylker, og hvor mange hver kommune er med i.',
};

const decimal = (value: number) => value.toLocaleString('nb-NO', { maximumFractionDigits: 1 });

export default async function StatisticsPage() {
  const statistics = await nationalStatistics(await getDb());
  const figures = statisticsFigures(statistics);
  const summary = perMunicipalitySummary(statistics);
  const withAny = statistics.perMunicipality.filter((m) => m.count > 0).length;
  const facts: [string, string][] = [
    ['Offentlige samarbeid', String(statistics.total)],
    ['Av dem i gang', String(statistics.current)],
    ['Kommuner med minst ett', `${withAny} av ${summary.municipalities}`],
    ['Gjennomsnitt per kommune', decimal(summary.mean)],
    ['Median per kommune', decimal(summary.median)],
    ['Flest i én kommune', summary.max.count > 0 ? `${summary.max.count} (${summary.max.names.slice(0, 3).join(', ')}${summary.max.names.length > 3 ? ' m.fl.' : ''})` : '0'],
  ];
  return (
    <>
      <PageHeader
        title="Statistikk over interkommunale samarbeid"
        crumbs={[{ href: '/innsyn', label: 'Innsyn' }]}
        lead="Tall fra samarbeidene kommunene har gjort offentlige i Brobygger, oppdatert hver gang noe endres. Hvert diagram har en tabell med de samme tallene, og alle tallene kan lastes ned som CSV."
      />
      <section aria-labelledby="nokkeltall-tittel" className="bb-panel mb-6">
        <Heading level={2} id="nokkeltall-tittel" data-size="xs">
          Nøkkeltall
        </Heading>
        <dl className="mt-3 grid gap-4 sm:grid-cols-2 lg:grid-cols-3" data-testid="nokkeltall">
          {facts.map(([term, value]) => (
            <div key={term}>
              <dt className="bb-muted text-sm">{term}</dt>
              <dd className="text-2xl font-semibold">{value}</dd>
            </div>
          ))}
        </dl>
        <Paragraph data-size="sm" className="bb-muted mt-3">
          «I gang» er alle samarbeid som ikke er avviklet eller avbrutt. Samarbeid på utkaststadiet og samarbeid kommunene ikke har gjort
          offentlige, er ikke med. Deltakere er kommunene som er med i dag.
        </Paragraph>
      </section>
      {figures.map((figure) => (
        <FigureSection key={figure.key} figure={figure} />
      ))}
      <Paragraph data-size="sm" className="bb-muted max-w-3xl">
        Tallene finnes også i det åpne <Link href="/innsyn/api">API-et</Link>. Se nettverket til hver kommune fra kommunens side i{' '}
        <Link href="/innsyn">Innsyn</Link>.
      </Paragraph>
    </>
  );
}
