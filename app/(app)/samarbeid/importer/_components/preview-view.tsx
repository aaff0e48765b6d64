'use client';
// The preview of an import: a summary, the rows with errors named first (what to fix, by
// row number), then every row with its status. The import button appears only when no row
// has an error and something is new.
import { Alert, Button, Heading, Paragraph, TableBody, TableCell, TableHead, TableHeaderCell, TableRow, Tag } from '@digdir/designsystemet-react';
import { Table } from '@/app/_components/table';
import type { ImportPreview, PreviewStatus } from '@/lib/server/actions/import';
import { formatDate } from '@/lib/pure/format';
import type { Locale } from '@/lib/pure/i18n/locales';
import { fillTemplate } from '@/lib/pure/i18n/template';
import { formatOrganisationNumber } from '@/lib/pure/domain/organisation-number';

const COLOUR: Record<PreviewStatus, 'success' | 'neutral' | 'danger'> = { ny: 'success', finnes: 'neutral', feil: 'danger' };

/** The preview's words in the page's language (importer.forhandsvisning); templates hold {placeholders}. */
export interface PreviewWords {
  locale: Locale;
  cannotImport: string;
  heading: string;
  rowsOne: string;
  rowsOther: string;
  counts: string;
  mustFix: string;
  row: string;
  fixAdvice: string;
  nothingNew: string;
  importOne: string;
  importOther: string;
  allOrNothing: string;
  caption: string;
  colRow: string;
  colCooperation: string;
  colLegalForm: string;
  colStartDate: string;
  colMembers: string;
  colStatus: string;
  noName: string;
  orgNo: string;
  status: Record<PreviewStatus, string>;
  sameOrganisationNumber: string;
  sameNameAndMembers: string;
}

export function PreviewView({ preview, busy, onImport, words: w }: { preview: ImportPreview; busy: boolean; onImport: () => void; words: PreviewWords }) {
  const rowsWord = (n: number) => (n === 1 ? w.rowsOne : w.rowsOther);
  const { counts, rows, fileErrors, fileName } = preview;
  if (fileErrors.length > 0) {
    return (
      <Alert data-color="danger" role="alert" className="max-w-4xl">
        <Heading level={2} data-size="xs">
          {fillTemplate(w.cannotImport, { name: fileName })}
        </Heading>
        {fileErrors.map((e) => (
          <Paragraph key={e} className="mt-2">
            {e}
          </Paragraph>
        ))}
      </Alert>
    );
  }
  const withErrors = rows.filter((r) => r.status === 'feil');
  return (
    <section aria-labelledby="forhandsvisning-tittel" className="space-y-4" data-testid="forhandsvisning">
      <Heading level={2} id="forhandsvisning-tittel" data-size="sm">
        {fillTemplate(w.heading, { name: fileName })}
      </Heading>
      <Paragraph role="status">
        {fillTemplate(w.counts, { rows: rows.length, rowsWord: rowsWord(rows.length), ny: counts.ny, finnes: counts.finnes, feil: counts.feil })}
      </Paragraph>
      {withErrors.length > 0 ? (
        <Alert data-color="danger" className="max-w-4xl" data-testid="importfeil">
          <Heading level={3} data-size="xs">
            {fillTemplate(w.mustFix, { count: withErrors.length, rowsWord: rowsWord(withErrors.length) })}
          </Heading>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {withErrors.map((r) => (
              <li key={r.line}>
                <strong>
                  {fillTemplate(w.row, { line: r.line })}
                  {r.name ? ` (${r.name})` : ''}:
                </strong>{' '}
                {r.errors.join(' ')}
              </li>
            ))}
          </ul>
          <Paragraph className="mt-2">{w.fixAdvice}</Paragraph>
        </Alert>
      ) : counts.ny === 0 ? (
        <Alert data-color="info" className="max-w-4xl">
          {w.nothingNew}
        </Alert>
      ) : (
        <div className="flex flex-wrap items-center gap-4">
          <Button onClick={onImport} loading={busy} disabled={busy}>
            {fillTemplate(counts.ny === 1 ? w.importOne : w.importOther, { count: counts.ny })}
          </Button>
          <span className="bb-muted text-sm">{w.allOrNothing}</span>
        </div>
      )}
      <div className="overflow-x-auto">
        <Table border zebra className="w-full" data-testid="forhandsvisning-tabell">
          <caption className="ds-sr-only">{w.caption}</caption>
          <TableHead>
            <TableRow>
              <TableHeaderCell>{w.colRow}</TableHeaderCell>
              <TableHeaderCell>{w.colCooperation}</TableHeaderCell>
              <TableHeaderCell>{w.colLegalForm}</TableHeaderCell>
              <TableHeaderCell>{w.colStartDate}</TableHeaderCell>
              <TableHeaderCell>{w.colMembers}</TableHeaderCell>
              <TableHeaderCell>{w.colStatus}</TableHeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((r) => (
              <TableRow key={r.line}>
                <TableCell>{r.line}</TableCell>
                <TableCell className="min-w-48">
                  <span className="font-semibold">{r.name || w.noName}</span>
                  {r.organisationNumber ? <div className="bb-muted text-sm">{fillTemplate(w.orgNo, { number: formatOrganisationNumber(r.organisationNumber) })}</div> : null}
                </TableCell>
                <TableCell className="text-sm">{r.legalFormName ?? '–'}</TableCell>
                <TableCell className="whitespace-nowrap">{r.startDate ? formatDate(r.startDate, w.locale) : '–'}</TableCell>
                <TableCell className="min-w-48 text-sm">{r.memberNames.join(', ')}</TableCell>
                <TableCell className="min-w-40 text-sm">
                  <Tag data-color={COLOUR[r.status]}>{w.status[r.status]}</Tag>
                  {r.status === 'feil' ? <div className="mt-1">{r.errors.join(' ')}</div> : null}
                  {r.existing ? (
                    <div className="mt-1">{fillTemplate(r.existing.by === 'organisasjonsnummer' ? w.sameOrganisationNumber : w.sameNameAndMembers, { name: r.existing.name })}</div>
                  ) : null}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </section>
  );
}
