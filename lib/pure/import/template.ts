// The downloadable import template: an XLSX workbook with an empty «Samarbeid» sheet under
// the documented headers, a «Forklaring» sheet describing each column, and the accepted
// legal forms and task areas; or the same headers as CSV. Also writes filled workbooks
// (tests and the benchmark build their files with it).
import writeXlsxFile from 'write-excel-file/node';
import { writeCsv } from '@/lib/pure/csv';
import { LEGAL_FORMS } from '@/lib/pure/domain/legal-forms';
import { IMPORT_COLUMNS, type ImportColumnKey } from './columns';
import { DATA_SHEET } from './read';

type Record_ = Partial<Record<ImportColumnKey, string | Date>>;

const bold = (value: string) => ({ value, fontWeight: 'bold' as const });

/** A workbook whose «Samarbeid» sheet holds the given rows (none for the empty template). */
export async function importWorkbook(records: readonly Record_[], taskAreas: readonly { sector: string; name: string }[]): Promise<Buffer> {
  const header = IMPORT_COLUMNS.map((c) => bold(c.required ? `${c.header} *` : c.header));
  const rows = records.map((r) => IMPORT_COLUMNS.map((c) => r[c.key] ?? null));
  return writeXlsxFile([
    {
      sheet: DATA_SHEET,
      data: [header, ...rows],
      columns: IMPORT_COLUMNS.map((c) => ({ width: Math.max(14, c.header.length + 4) })),
      stickyRowsCount: 1,
      dateFormat: 'dd.mm.yyyy',
    },
    {
      sheet: 'Forklaring',
      data: [
        [bold('Kolonne'), bold('Må fylles ut'), bold('Hva den skal inneholde'), bold('Eksempel')],
        ...IMPORT_COLUMNS.map((c) => [c.header, c.required ? 'Ja' : 'Nei', c.description, c.example]),
        [],
        ['Én rad per samarbeid. Kolonner merket * må fylles ut. Samarbeid som finnes fra før (samme organisasjonsnummer, eller samme navn og deltakere), hoppes over.'],
      ],
      columns: [{ width: 24 }, { width: 14 }, { width: 90 }, { width: 40 }],
    },
    {
      sheet: 'Organisasjonsformer',
      data: [[bold('Skriv dette'), bold('Organisasjonsform'), bold('Lovgrunnlag')], ...LEGAL_FORMS.map((f) => [f.shortName, f.name, f.basis])],
      columns: [{ width: 26 }, { width: 60 }, { width: 60 }],
    },
    {
      sheet: 'Oppgavefelt',
      data: [[bold('Oppgavefelt'), bold('Sektor')], ...taskAreas.map((a) => [a.name, a.sector])],
      columns: [{ width: 40 }, { width: 40 }],
    },
  ]).toBuffer();
}

/** The same headers as CSV for Excel, through the app's one CSV writer (lib/pure/csv.ts). */
export function importTemplateCsv(): string {
  return writeCsv([IMPORT_COLUMNS.map((c) => c.header)]);
}
