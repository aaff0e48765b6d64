// The one CSV writer: every CSV the app sends goes through writeCsv (csv-stringify is imported
// nowhere else; eslint enforces it). Files are made for Norwegian Excel: UTF-8 with a byte
// order mark (so æøå survive), semicolons (comma is the decimal sign), Windows line ends.
// Every text cell is neutralised against formula injection here, whatever column it is in.
// Long exports stream (writeCsvStream): batch by batch as the client reads, never whole.
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

const cast = { string: (value: string) => neutraliseCell(value) };

export function writeCsv(records: ReadonlyArray<ReadonlyArray<CsvCell>>): string {
  return stringify(
    records.map((r) => [...r]),
    { ...CSV_OPTIONS, cast },
  );
}

type Records = ReadonlyArray<ReadonlyArray<CsvCell>>;

/**
 * The same file as writeCsv(header + every batch), as a stream that asks for the next batch
 * only when the client has taken the previous one (backpressure). When the client goes away
 * the stream is cancelled and the batches' iterator is closed, which stops the work behind it
 * (a database cursor: lib/queries/cursor.ts).
 */
export function writeCsvStream(header: ReadonlyArray<CsvCell>, batches: AsyncIterable<Records>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = batches[Symbol.asyncIterator]();
  let started = false;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (!started) {
          started = true;
          controller.enqueue(encoder.encode(writeCsv([header])));
          return;
        }
        const next = await iterator.next();
        if (next.done) {
          controller.close();
          return;
        }
        if (next.value.length > 0) controller.enqueue(encoder.encode(stringify(next.value.map((r) => [...r]), { ...CSV_OPTIONS, bom: false, cast })));
      },
      async cancel() {
        await iterator.return?.();
      },
    },
    { highWaterMark: 0 },
  );
}
