// Reads an uploaded spreadsheet into rows of cells: XLSX with read-excel-file, CSV with
// csv-parse (semicolon or comma, with or without a byte order mark, UTF-8). Nothing is
// interpreted here; lib/pure/import/rows.ts decides what the cells mean. Errors in bokmål, or
// in the language of the words passed in.
import { parse } from 'csv-parse/sync';
import readXlsxFile from 'read-excel-file/node';
import { MAX_IMPORT_BYTES } from '@/lib/pure/validation/import';
import { BOKMAAL_IMPORT_WORDS, type ImportMessageWords } from './rows';

export type SheetCell = string | number | boolean | Date | null;

export type SheetResult = { ok: true; rows: SheetCell[][] } | { ok: false; message: string };

/** The template's data sheet; other files are read from their first sheet. */
export const DATA_SHEET = 'Samarbeid';
export const MAX_ROWS = 2000;

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

const startsWith = (data: Uint8Array, magic: readonly number[]) => magic.every((b, i) => data[i] === b);

/** `t`: the messages' language (importer.melding), bokmål by default. */
export async function readSpreadsheet(data: Buffer, fileName: string, t: ImportMessageWords = BOKMAAL_IMPORT_WORDS.t): Promise<SheetResult> {
  if (data.length === 0) return { ok: false, message: t('fileEmpty') };
  if (data.length > MAX_IMPORT_BYTES) return { ok: false, message: t('fileTooBig') };
  const lower = fileName.toLowerCase();
  if (startsWith(data, OLE_MAGIC) || lower.endsWith('.xls')) {
    return { ok: false, message: t('fileXls') };
  }
  const rows = startsWith(data, ZIP_MAGIC) ? await readXlsx(data, t) : readCsv(data, t);
  if (!rows.ok) return rows;
  const filled = rows.rows.filter((r) => r.some((c) => c !== null && String(c).trim() !== ''));
  if (filled.length <= 1) return { ok: false, message: t('fileNoRows') };
  if (filled.length - 1 > MAX_ROWS) return { ok: false, message: t('fileTooManyRows', { rows: filled.length - 1, max: MAX_ROWS }) };
  return rows;
}

async function readXlsx(data: Buffer, t: ImportMessageWords): Promise<SheetResult> {
  try {
    const sheets = await readXlsxFile(data);
    const sheet = sheets.find((s) => s.sheet.trim().toLowerCase() === DATA_SHEET.toLowerCase()) ?? sheets[0];
    if (!sheet) return { ok: false, message: t('fileNoSheets') };
    return { ok: true, rows: sheet.data.map((row) => row.map(cell)) };
  } catch {
    return { ok: false, message: t('fileXlsxUnreadable') };
  }
}

function cell(value: unknown): SheetCell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value);
}

function readCsv(data: Buffer, t: ImportMessageWords): SheetResult {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(data).replace(/^\uFEFF/, '');
  if (text.includes('\uFFFD')) {
    return { ok: false, message: t('fileNotUtf8') };
  }
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) >= (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  try {
    const rows = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: true, trim: true }) as string[][];
    return { ok: true, rows: rows.map((r) => r.map((c) => (c === '' ? null : c))) };
  } catch {
    return { ok: false, message: t('fileCsvUnreadable') };
  }
}
