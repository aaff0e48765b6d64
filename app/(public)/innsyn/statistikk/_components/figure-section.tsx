// One figure: title, what is counted, the chart, and beside it the table with the same
// numbers (for screen readers and for anyone who wants the figures), plus its CSV file. The
// figure arrives in the page's language; the chart (a client component) gets its words as props.
import { useLocale, useTranslations } from 'next-intl';
import { Heading, Paragraph, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@digdir/designsystemet-react';
import { Table } from '@/app/_components/table';
import type { Figure } from '@/lib/pure/statistics/figures';
import { TableScroll } from '@/app/_components/table-scroll';
import { chartHeight } from './chart-height';
import { BarFigure } from './bar-figure-lazy';

export function FigureSection({ figure }: { figure: Figure }) {
  const t = useTranslations('statistikk');
  const locale = useLocale();
  const scrollWords = { hint: t('tableHint'), table: t('tableName'), scrollable: t('tableScrollable') };
  const rows = figure.pageRows ? figure.rows.slice(0, figure.pageRows) : figure.rows;
  const titleId = `figur-${figure.key}`;
  const table = (
    <TableScroll label={figure.title}>
      <Table border zebra data-size="sm" className="w-full" data-testid={`tabell-${figure.key}`} scrollWords={scrollWords}>
        <caption className="ds-sr-only">
          {figure.title}: {figure.description}
        </caption>
        <TableHead>
          <TableRow>
            {figure.columns.map((c, i) => (
              <TableHeaderCell key={c} className={typeof figure.rows[0]?.[i] === 'number' ? 'text-right' : undefined}>
                {c}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row, r) => (
            <TableRow key={r}>
              {row.map((cell, i) => (
                <TableCell key={i} className={typeof cell === 'number' ? 'text-right tabular-nums' : undefined}>
                  {cell}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
  return (
    <section aria-labelledby={titleId} className="bb-panel mb-6">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <Heading level={2} id={titleId} data-size="xs">
          {figure.title}
        </Heading>
        <a href={`/innsyn/statistikk/${figure.key}.csv`} download>
          {t.rich('download', { title: figure.title.toLocaleLowerCase(locale), hidden: (chunks) => <span className="ds-sr-only">{chunks}</span> })}
        </a>
      </div>
      <Paragraph data-size="sm" className="bb-muted mt-1">
        {figure.description}
      </Paragraph>
      {figure.rows.length === 0 ? (
        <Paragraph className="mt-3">{t('empty')}</Paragraph>
      ) : figure.chart.length > 0 ? (
        <div className="mt-4 grid gap-6 lg:grid-cols-[3fr_2fr]">
          {/* Holds the chart's place while recharts loads, so the page does not jump. */}
          <div style={{ minHeight: chartHeight(figure.chart.length, figure.orientation) }}>
            <BarFigure data={figure.chart} orientation={figure.orientation} name={figure.key} valueName={t('chartValue')} />
          </div>
          {table}
        </div>
      ) : (
        <div className="mt-4">{table}</div>
      )}
    </section>
  );
}
