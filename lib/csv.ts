// The one CSV writer: every CSV the app sends goes through writeCsv (csv-stringify is imported
// nowhere else; eslint enforces it). Files are made for Norwegian Excel: UTF-8 with a byte
// order mark (so æøå survive), semicolons (comma is the decimal sign), Windows line ends.
// Every text cell is neutralised against formula injection here, whatever column it is in.
import { stringify } from 'csv-stringify/sync';

export const CSV_OPTIONS = { bom: true, delimiter: ';', record_delimiter: 'windows' } as const;

export type CsvCell = string | number | null;

/**
 * A cell starting with = + - @ (or a tab, CR or LF before one) is run as a formula by Excel and
 * LibreOffice: "=HYPERLINK(...)" in a member's name must stay text. A leading apostrophe is
 * the spreadsheet's own "this is text" marker and is not shown.
 */
export function neutraliseCell(value: string): string {
  return /^[=+\-@\t\r\n]/.test(value) ? `'${value}` : value;
}

export function writeCsv(records: ReadonlyArray<ReadonlyArray<CsvCell>>): string {
  return stringify(
    records.map((r) => [...r]),
    { ...CSV_OPTIONS, cast: { string: (value: string) => neutraliseCell(value) } },
  );
}
