// The register as CSV that Norwegian Excel opens as it is: dates dd.mm.yyyy, Norwegian
// headers, one row per cooperation. lib/pure/csv.ts writes the file (quoting, encoding and the
// formula guard for every cell); this module only decides which cells there are.
import { writeCsv, writeCsvStream } from '@/lib/pure/csv';
import { formatDateNb } from '@/lib/pure/domain/iso-date';
import { fileSlug } from '@/lib/pure/domain/nb-text';
import { STATE_LABELS } from '@/workflows/cooperation/states';
import type { PublicRegisterRow } from './public';
import { CRITERIA, CRITERION_SHORT, LIGHT_WORDS, type NextEvaluation, type OwnShare, type RegisterRow } from './row';

export const NOT_EVALUATED = 'Ikke evaluert';
export const NOT_CHOSEN = 'Ikke valgt';

/** Joins several names in one cell; a comma reads naturally and is not the field separator. */
export const joinCell = (values: readonly string[]) => values.join(', ');

const capitalise = (word: string) => word.charAt(0).toLocaleUpperCase('nb') + word.slice(1);

/** Hundredths as a Norwegian decimal without grouping, which Excel reads as a number: 125000050 -> "1250000,50". */
export function hundredths(value: number): string {
  const whole = BigInt(Math.round(value));
  const abs = whole < 0n ? -whole : whole;
  return `${whole < 0n ? '-' : ''}${abs / 100n},${String(abs % 100n).padStart(2, '0')}`;
}

export const NOT_RUNNING = 'Ikke i drift';
export const EVALUATION_OPEN = 'Pågår';

export function shareCells(share: OwnShare | null): [string, string] {
  return share?.ok ? [hundredths(share.basisPoints), hundredths(share.amountOre)] : ['', ''];
}

export function nextEvaluationText(next: NextEvaluation | null): string {
  if (next === null) return NOT_RUNNING;
  if (next.inProgress) return EVALUATION_OPEN;
  return next.dueDate ? formatDateNb(next.dueDate) : '';
}

export const REGISTER_CSV_HEADERS = [
  'Samarbeid',
  'Organisasjonsnummer',
  'Organisasjonsform',
  'Oppgavefelt',
  'Vertskommune/kontorkommune',
  'Deltakere',
  'Kommunens sponsorer',
  'Tilstand',
  'Startdato',
  'Kommunens andel (%)',
  'Kommunens andel (kr)',
  'Siste evaluering',
  'Neste evaluering',
  ...CRITERIA.flatMap((c) => [CRITERION_SHORT[c], `${CRITERION_SHORT[c]} (poeng av 100)`]),
  'Vises i innsyn',
] as const;

/** The cells of one register row, in header order; exported so tests can compare with a parsed file. */
export function registerCsvRecord(row: RegisterRow): string[] {
  return [
    row.name,
    row.organisationNumber ?? '',
    row.legalForm ?? NOT_CHOSEN,
    row.taskArea ?? NOT_CHOSEN,
    joinCell(row.hosts),
    joinCell(row.members),
    joinCell(row.sponsors),
    STATE_LABELS[row.state],
    row.startDate ? formatDateNb(row.startDate) : '',
    ...shareCells(row.ownShare),
    row.lastEvaluation ? formatDateNb(row.lastEvaluation) : NOT_EVALUATED,
    nextEvaluationText(row.nextEvaluation),
    ...CRITERIA.flatMap((c) => [capitalise(LIGHT_WORDS[row.lights[c].light]), row.lights[c].score === null ? '' : String(row.lights[c].score)]),
    row.isPublic ? 'Ja' : 'Nei',
  ];
}

export function registerCsv(rows: readonly RegisterRow[]): string {
  return writeCsv([[...REGISTER_CSV_HEADERS], ...rows.map(registerCsvRecord)]);
}

/** The same file as registerCsv, streamed batch by batch (the export route). */
export function registerCsvStream(batches: AsyncIterable<readonly RegisterRow[]>): ReadableStream<Uint8Array> {
  return writeCsvStream([...REGISTER_CSV_HEADERS], mapBatches(batches, registerCsvRecord));
}

/** Each batch's rows as records, lazily (nothing is read before the stream asks). */
export async function* mapBatches<T>(batches: AsyncIterable<readonly T[]>, record: (row: T) => string[]): AsyncGenerator<string[][]> {
  for await (const batch of batches) yield batch.map(record);
}

export const PUBLIC_CSV_HEADERS = [
  'Samarbeid',
  'Organisasjonsform',
  'Oppgavefelt',
  'Vertskommune/kontorkommune',
  'Deltakere',
  'Tilstand',
  'Startdato',
  'Siste evaluering',
  'Nettside',
] as const;

/**
 * `origin` makes the link to each public page absolute, so it works when opened from Excel:
 * the installation's public address (publicBaseUrl), never the address the server is bound to.
 */
export function publicCsvRecord(row: PublicRegisterRow, origin: string): string[] {
  return [
    row.name,
    row.legalForm ?? NOT_CHOSEN,
    row.taskArea ?? NOT_CHOSEN,
    joinCell(row.hosts),
    joinCell(row.members),
    STATE_LABELS[row.state],
    row.startDate ? formatDateNb(row.startDate) : '',
    row.lastEvaluation ? formatDateNb(row.lastEvaluation) : NOT_EVALUATED,
    `${origin}/innsyn/samarbeid/${row.id}`,
  ];
}

export function publicRegisterCsv(rows: readonly PublicRegisterRow[], origin: string): string {
  return writeCsv([[...PUBLIC_CSV_HEADERS], ...rows.map((r) => publicCsvRecord(r, origin))]);
}

/** The same file as publicRegisterCsv, streamed batch by batch. */
export function publicRegisterCsvStream(batches: AsyncIterable<readonly PublicRegisterRow[]>, origin: string): ReadableStream<Uint8Array> {
  return writeCsvStream([...PUBLIC_CSV_HEADERS], mapBatches(batches, (r) => publicCsvRecord(r, origin)));
}

/** A dated file name for a municipality's register, without æøå or spaces (fileSlug). */
export function csvFileName(prefix: string, municipalityName: string, today: string): string {
  return `${prefix}-${fileSlug(municipalityName, 'kommune')}-${today}.csv`;
}

/**
 * Any table as CSV with the register's conventions (BOM, semicolon, Windows line ends):
 * the open statistics' downloads. Text cells are neutralised by writeCsv like every other
 * cell; numbers are written as they are.
 */
export function tableCsv(columns: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  return writeCsv([[...columns], ...rows]);
}
