// National statistics of the public cooperations: key numbers and one figure per question
// (form, task area, county, state, per municipality, establishment by year), each a chart
// with its table beside it and a CSV download. In the visitor's language; the names of legal
// forms and counties are the register's data and stay as registered, the seeded task areas are
// worded from the catalogue (`oppgavefelt`).
import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { getDb } from '@/db/client';
import { nationalStatistics } from '@/db/queries/statistics';
import { taskAreaNameIn, taskAreaSectorIn } from '@/lib/pure/domain/task-area-words';
import { perMunicipalitySummary, statisticsFigures, type FigureWords } from '@/lib/pure/statistics/figures';
import { PageHeader } from '../../../_components/page-header';
import { FigureSection } from './_components/figure-section';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('statistikk');
  return { title: t('title'), description: t('description') };
}

/** A share in percent: always one decimal, as in the CSV files. */
const ONE_DECIMAL = { minimumFractionDigits: 1, maximumFractionDigits: 1 } as const;

/** The names shown for the municipality with the most cooperations. */
const MAX_NAMES = 3;

export default async function StatisticsPage() {
  const [statistics, t, tf, tState, ti, tArea, format] = await Promise.all([
    getDb().then(nationalStatistics),
    getTranslations('statistikk'),
    getTranslations('statistikk.figur'),
    getTranslations('tilstand'),
    getTranslations('innsyn'),
    getTranslations('oppgavefelt'),
    getFormatter(),
  ]);
  const words: FigureWords = {
    t: (key, values) => tf(key, values),
    state: (state) => tState(state),
    share: (part, whole) => (whole === 0 ? format.number(0, 'integer') : format.number((part / whole) * 100, ONE_DECIMAL)),
    taskArea: (name) => taskAreaNameIn(name, tArea),
    sector: (sector) => taskAreaSectorIn(sector, tArea),
  };
  const figures = statisticsFigures(statistics, words);
  const summary = perMunicipalitySummary(statistics);
  const withAny = statistics.perMunicipality.filter((m) => m.count > 0).length;
  const names = summary.max.names.slice(0, MAX_NAMES).join(', ');
  const facts: [string, string][] = [
    [t('factPublic'), format.number(statistics.total, 'integer')],
    [t('factCurrent'), format.number(statistics.current, 'integer')],
    [t('factWithAny'), t('factWithAnyValue', { count: withAny, of: summary.municipalities })],
    [t('factMean'), format.number(summary.mean, 'decimal')],
    [t('factMedian'), format.number(summary.median, 'decimal')],
    [
      t('factMax'),
      summary.max.count > 0
        ? t('factMaxValue', { count: summary.max.count, names: summary.max.names.length > MAX_NAMES ? t('andOthers', { names }) : names })
        : format.number(0, 'integer'),
    ],
  ];
  return (
    <>
      <PageHeader title={t('title')} crumbs={[{ href: '/innsyn', label: ti('crumb') }]} lead={t('lead')} />
      <section aria-labelledby="nokkeltall-tittel" className="bb-panel mb-6">
        <Heading level={2} id="nokkeltall-tittel" data-size="xs">
          {t('keyFigures')}
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
          {t('note')}
        </Paragraph>
      </section>
      {figures.map((figure) => (
        <FigureSection key={figure.key} figure={figure} />
      ))}
      <Paragraph data-size="sm" className="bb-muted max-w-3xl">
        {t.rich('footer', {
          api: (chunks) => <Link href="/innsyn/api">{chunks}</Link>,
          innsyn: (chunks) => <Link href="/innsyn">{chunks}</Link>,
        })}
      </Paragraph>
    </>
  );
}
