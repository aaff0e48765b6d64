// Reads an uploaded spreadsheet into rows of cells: XLSX with read-excel-file, CSV with
// csv-parse (semicolon or comma, with or without a byte order mark, UTF-8). Nothing is
// interpreted here; lib/pure/import/rows.ts decides what the cells mean. Errors are Norwegian.
import { parse } from 'csv-parse/sync';
import readXlsxFile from 'read-excel-file/node';
import { MAX_IMPORT_BYTES } from '@/lib/pure/validation/import';

export type SheetCell = string | number | boolean | Date | null;

export type SheetResult = { ok: true; rows: SheetCell[][] } | { ok: false; message: string };

/** The template's data sheet; other files are read from their first sheet. */
export const DATA_SHEET = 'Samarbeid';
export const MAX_ROWS = 2000;

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

const startsWith = (data: Uint8Array, magic: readonly number[]) => magic.every((b, i) => data[i] === b);

export async function readSpreadsheet(data: Buffer, fileName: string): Promise<SheetResult> {
  if (data.length === 0) return { ok: false, message: 'Filen er tom.' };
  if (data.length > MAX_IMPORT_BYTES) return { ok: false, message: 'Filen er større enn 2 MB. Del den i flere filer.' };
  const lower = fileName.toLowerCase();
  if (startsWith(data, OLE_MAGIC) || lower.endsWith('.xls')) {
    return { ok: false, message: 'Filen er i det gamle Excel-formatet (.xls). Lagre den som Excel-arbeidsbok (.xlsx) eller CSV og prøv igjen.' };
  }
  const rows = startsWith(data, ZIP_MAGIC) ? await readXlsx(data) : readCsv(data);
  if (!rows.ok) return rows;
  const filled = rows.rows.filter((r) => r.some((c) => c !== null && String(c).trim() !== ''));
  if (filled.length <= 1) return { ok: false, message: 'Filen har ingen rader med samarbeid under overskriftene.' };
  if (filled.length - 1 > MAX_ROWS) return { ok: false, message: `Filen har ${filled.length - 1} rader. Importer høyst ${MAX_ROWS} om gangen.` };
  return rows;
}

async function readXlsx(data: Buffer): Promise<SheetResult> {
  try {
    const sheets = await readXlsxFile(data);
    const sheet = sheets.find((s) => s.sheet.trim().toLowerCase() === DATA_SHEET.toLowerCase()) ?? sheets[0];
    if (!sheet) return { ok: false, message: 'Regnearket har ingen ark.' };
    return { ok: true, rows: sheet.data.map((row) => row.map(cell)) };
  } catch {
    return { ok: false, message: 'Filen kunne ikke leses som et Excel-regneark (.xlsx). Sjekk at den ikke er skadet eller passordbeskyttet.' };
  }
}

function cell(value: unknown): SheetCell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value);
}

function readCsv(data: Buffer): SheetResult {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(data).replace(/^\uFEFF/, '');
  if (text.includes('\uFFFD')) {
    return { ok: false, message: 'Filen er ikke lagret som UTF-8. Velg «CSV UTF-8» når du lagrer fra Excel, og prøv igjen.' };
  }
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) >= (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  try {
    const rows = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: true, trim: true }) as string[][];
    return { ok: true, rows: rows.map((r) => r.map((c) => (c === '' ? null : c))) };
  } catch {
    return { ok: false, message: 'Filen kunne ikke leses som CSV. Sjekk at den er lagret som CSV med semikolon eller komma mellom feltene.' };
  }
}
