// The metastyring matrix as a picture: indirect/direct rows, low/high involvement columns.
// Laid out with CSS grid (subgrid keeps the rows aligned) and marked up with table roles,
// so a screen reader reads it as the 2x2 table it is.
import Link from 'next/link';
import { Heading, Tag } from '@digdir/designsystemet-react';
import type { InstrumentMatrix, MatrixCell } from '@/lib/pure/domain/instruments';
import { SOURCE_PAGE_LABELS, type MatrixUse } from '@/lib/pure/domain/instruments-derived';
import { INSTRUMENT_STATUS_LABELS } from '@/lib/pure/validation/instruments';

const ROW_LABELS = ['Indirekte styring', 'Direkte styring'] as const;
const COLUMN_LABELS = ['Lav offentlig involvering', 'Høy offentlig involvering'] as const;

function Cell({ cell, cooperationId }: { cell: MatrixCell<MatrixUse>; cooperationId: string }) {
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
          <span aria-hidden="true">⚠</span> Ingen virkemidler i bruk
        </p>
      ) : (
        <>
          <p className="mt-3 text-sm font-semibold">
            {counts.etablert} etablert, {counts.planlagt} planlagt
          </p>
          <ul className="mt-2 space-y-2">
            {uses.map((u) => (
              <li key={u.id} className="flex flex-wrap items-center gap-2 text-sm">
                <span>{u.label}</span>
                <Tag data-color={u.status === 'etablert' ? 'success' : 'info'} data-size="sm">
                  {INSTRUMENT_STATUS_LABELS[u.status]}
                </Tag>
                {u.derivedFrom ? (
                  <span className="bb-muted w-full text-xs">
                    Fra <Link href={`/samarbeid/${cooperationId}/${u.derivedFrom.page}`}>{SOURCE_PAGE_LABELS[u.derivedFrom.page].toLowerCase()}</Link>: {u.derivedFrom.what}
                  </span>
                ) : null}
                {u.documentUrl ? (
                  <a href={u.documentUrl} target="_blank" rel="noopener noreferrer">
                    Dokument<span className="ds-sr-only"> for {u.label} (åpnes i ny fane)</span>
                  </a>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

export function InstrumentMatrixView({ matrix, labelledBy, cooperationId }: { matrix: InstrumentMatrix<MatrixUse>; labelledBy: string; cooperationId: string }) {
  return (
    <div role="table" aria-labelledby={labelledBy} className="mt-4 grid gap-3 sm:grid-cols-[2.5rem_minmax(0,1fr)_minmax(0,1fr)]">
      <div role="row" className="grid gap-3 max-sm:hidden sm:col-span-3 sm:grid-cols-subgrid">
        <div role="columnheader">
          <span className="ds-sr-only">Styringsform</span>
        </div>
        {COLUMN_LABELS.map((label) => (
          <div key={label} role="columnheader" className="rounded-md bg-[var(--ds-color-neutral-surface-tinted)] px-3 py-2 text-center text-sm font-semibold">
            {label}
          </div>
        ))}
      </div>
      {matrix.grid.map((row, r) => (
        <div key={ROW_LABELS[r]} role="row" className="grid gap-3 sm:col-span-3 sm:grid-cols-subgrid">
          <div
            role="rowheader"
            className="flex items-center justify-center rounded-md bg-[var(--ds-color-neutral-surface-tinted)] px-3 py-2 text-sm font-semibold sm:[writing-mode:vertical-rl] sm:rotate-180"
          >
            {ROW_LABELS[r]}
          </div>
          {row.map((cell) => (
            <Cell key={cell.family.id} cell={cell} cooperationId={cooperationId} />
          ))}
        </div>
      ))}
    </div>
  );
}
