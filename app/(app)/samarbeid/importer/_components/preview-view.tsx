'use client';
// The preview of an import: a summary, the rows with errors named first (what to fix, by
// row number), then every row with its status. The import button appears only when no row
// has an error and something is new.
import { Alert, Button, Heading, Paragraph, TableBody, TableCell, TableHead, TableHeaderCell, TableRow, Tag } from '@digdir/designsystemet-react';
import { Table } from '@/app/_components/table';
import type { ImportPreview, PreviewStatus } from '@/lib/server/actions/import';
import { formatDateNb } from '@/lib/pure/domain/iso-date';
import { formatOrganisationNumber } from '@/lib/pure/domain/organisation-number';

const STATUS: Record<PreviewStatus, { label: string; color: 'success' | 'neutral' | 'danger' }> = {
  ny: { label: 'Ny', color: 'success' },
  finnes: { label: 'Finnes fra før', color: 'neutral' },
  feil: { label: 'Feil', color: 'danger' },
};

const rowsWord = (n: number) => (n === 1 ? 'rad' : 'rader');

export function PreviewView({ preview, busy, onImport }: { preview: ImportPreview; busy: boolean; onImport: () => void }) {
  const { counts, rows, fileErrors, fileName } = preview;
  if (fileErrors.length > 0) {
    return (
      <Alert data-color="danger" role="alert" className="max-w-4xl">
        <Heading level={2} data-size="xs">
          Filen «{fileName}» kan ikke importeres
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
        Forhåndsvisning av «{fileName}»
      </Heading>
      <Paragraph role="status">
        {rows.length} {rowsWord(rows.length)}: {counts.ny} nye, {counts.finnes} finnes fra før, {counts.feil} med feil.
      </Paragraph>
      {withErrors.length > 0 ? (
        <Alert data-color="danger" className="max-w-4xl" data-testid="importfeil">
          <Heading level={3} data-size="xs">
            {withErrors.length} {rowsWord(withErrors.length)} må rettes før noe kan importeres
          </Heading>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {withErrors.map((r) => (
              <li key={r.line}>
                <strong>
                  Rad {r.line}
                  {r.name ? ` (${r.name})` : ''}:
                </strong>{' '}
                {r.errors.join(' ')}
              </li>
            ))}
          </ul>
          <Paragraph className="mt-2">Rett feilene i regnearket, lagre det og last det opp på nytt. Ingenting importeres før alle radene er riktige.</Paragraph>
        </Alert>
      ) : counts.ny === 0 ? (
        <Alert data-color="info" className="max-w-4xl">
          Alle radene finnes allerede i registeret. Det er ingenting nytt å importere.
        </Alert>
      ) : (
        <div className="flex flex-wrap items-center gap-4">
          <Button onClick={onImport} loading={busy} disabled={busy}>
            Importer {counts.ny} samarbeid
          </Button>
          <span className="bb-muted text-sm">Alle importeres samlet, eller ingen.</span>
        </div>
      )}
      <div className="overflow-x-auto">
        <Table border zebra className="w-full" data-testid="forhandsvisning-tabell">
          <caption className="ds-sr-only">Radene i regnearket med status</caption>
          <TableHead>
            <TableRow>
              <TableHeaderCell>Rad</TableHeaderCell>
              <TableHeaderCell>Samarbeid</TableHeaderCell>
              <TableHeaderCell>Organisasjonsform</TableHeaderCell>
              <TableHeaderCell>Startdato</TableHeaderCell>
              <TableHeaderCell>Deltakere</TableHeaderCell>
              <TableHeaderCell>Status</TableHeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((r) => (
              <TableRow key={r.line}>
                <TableCell>{r.line}</TableCell>
                <TableCell className="min-w-48">
                  <span className="font-semibold">{r.name || 'Uten navn'}</span>
                  {r.organisationNumber ? <div className="bb-muted text-sm">Org.nr. {formatOrganisationNumber(r.organisationNumber)}</div> : null}
                </TableCell>
                <TableCell className="text-sm">{r.legalFormName ?? '–'}</TableCell>
                <TableCell className="whitespace-nowrap">{r.startDate ? formatDateNb(r.startDate) : '–'}</TableCell>
                <TableCell className="min-w-48 text-sm">{r.memberNames.join(', ')}</TableCell>
                <TableCell className="min-w-40 text-sm">
                  <Tag data-color={STATUS[r.status].color}>{STATUS[r.status].label}</Tag>
                  {r.status === 'feil' ? <div className="mt-1">{r.errors.join(' ')}</div> : null}
                  {r.existing ? (
                    <div className="mt-1">
                      Som «{r.existing.name}» ({r.existing.by === 'organisasjonsnummer' ? 'samme organisasjonsnummer' : 'samme navn og deltakere'})
                    </div>
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
