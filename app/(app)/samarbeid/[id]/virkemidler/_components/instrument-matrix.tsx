// The metastyring matrix as a picture: indirect/direct rows, low/high involvement columns.
// Laid out with CSS grid (subgrid keeps the rows aligned) and marked up with table roles,
// so a screen reader reads it as the 2x2 table it is. Words: namespace `virkemidler`.
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Heading, Tag } from '@digdir/designsystemet-react';
import { instrument, type InstrumentMatrix, type MatrixCell } from '@/lib/pure/domain/instruments';
import { instrumentLabel, sourcePageLabel, type InstrumentWords, type MatrixUse } from '@/lib/pure/domain/instruments-derived';

const WARNING_SIGN = '⚠';

function Cell({ cell, cooperationId, t }: { cell: MatrixCell<MatrixUse>; cooperationId: string; t: InstrumentWords }) {
  const { family, uses, empty, counts } = cell;
  return (
    <div
      role="cell"
      className={`min-w-0 rounded-lg border-2 p-4 ${
        empty
          ? 'border-dashed border-[var(--ds-color-warning-border-default)] bg-[var(--ds-color-warning-surface-tinted)]'
          : 'border-[var(--ds-color-success-border-subtle)] bg-[var(--ds-color-neutral-background-default)]'
      }`}
    >
      <p className="bb-muted text-xs sm:hidden">{family.position}</p>
      <Heading level={3} data-size="xs">
        {family.label}
      </Heading>
      <p className="bb-muted mt-1 text-sm">{family.description}</p>
      {empty ? (
        <p className="mt-3 flex items-center gap-2 font-semibold text-[var(--ds-color-warning-text-default)]">
          <span aria-hidden="true">{WARNING_SIGN}</span> {t('matrise.none')}
        </p>
      ) : (
        <>
          <p className="mt-3 text-sm font-semibold">
            {t('matrise.counts', { etablert: counts.etablert, planlagt: counts.planlagt })}
          </p>
          <ul className="mt-2 space-y-2">
            {uses.map((u) => {
              // A catalogue instrument in the page's language; a custom one as the user wrote it.
              const label = u.code && instrument(u.code) ? instrumentLabel(instrument(u.code)!.code, t) : u.label;
              return (
                <li key={u.id} className="flex flex-wrap items-center gap-2 text-sm">
                  <span>{label}</span>
                  <Tag data-color={u.status === 'etablert' ? 'success' : 'info'} data-size="sm">
                    {t(`status.${u.status}`)}
                  </Tag>
                  {u.derivedFrom ? (
                    <span className="bb-muted w-full text-xs">
                      {t.rich('matrise.from', {
                        page: sourcePageLabel(u.derivedFrom.page, t).toLowerCase(),
                        what: u.derivedFrom.what,
                        link: (chunks) => <Link href={`/samarbeid/${cooperationId}/${u.derivedFrom!.page}`}>{chunks}</Link>,
                      })}
                    </span>
                  ) : null}
                  {u.documentUrl ? (
                    <a href={u.documentUrl} target="_blank" rel="noopener noreferrer">
                      {t('matrise.document')}
                      <span className="ds-sr-only">{t('matrise.documentFor', { label })}</span>
                    </a>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </div>
  );
}

export async function InstrumentMatrixView({ matrix, labelledBy, cooperationId }: { matrix: InstrumentMatrix<MatrixUse>; labelledBy: string; cooperationId: string }) {
  const t = await getTranslations('virkemidler');
  const rowLabels = [t('matrise.indirect'), t('matrise.direct')];
  const columnLabels = [t('matrise.low'), t('matrise.high')];
  return (
    <div role="table" aria-labelledby={labelledBy} className="mt-4 grid gap-3 sm:grid-cols-[2.5rem_minmax(0,1fr)_minmax(0,1fr)]">
      <div role="row" className="grid gap-3 max-sm:hidden sm:col-span-3 sm:grid-cols-subgrid">
        <div role="columnheader">
          <span className="ds-sr-only">{t('matrise.axis')}</span>
        </div>
        {columnLabels.map((label) => (
          <div key={label} role="columnheader" className="rounded-md bg-[var(--ds-color-neutral-surface-tinted)] px-3 py-2 text-center text-sm font-semibold">
            {label}
          </div>
        ))}
      </div>
      {matrix.grid.map((row, r) => (
        <div key={rowLabels[r]} role="row" className="grid gap-3 sm:col-span-3 sm:grid-cols-subgrid">
          <div
            role="rowheader"
            className="flex items-center justify-center rounded-md bg-[var(--ds-color-neutral-surface-tinted)] px-3 py-2 text-sm font-semibold sm:[writing-mode:vertical-rl] sm:rotate-180"
          >
            {rowLabels[r]}
          </div>
          {row.map((cell) => (
            <Cell key={cell.family.id} cell={cell} cooperationId={cooperationId} t={t} />
          ))}
        </div>
      ))}
    </div>
  );
}
