// The register as CSV that Norwegian Excel opens as it is: dates dd.mm.yyyy, Norwegian
// headers, one row per cooperation. lib/pure/csv.ts writes the file (quoting, encoding and the
// formula guard for every cell); this module only decides which cells there are.
// The register export (signed in) speaks the requester's language (CsvWords, bokmål by
// default); the public export keeps its bokmål column names: open-data consumers read them.
import { writeCsv, writeCsvStream } from '@/lib/pure/csv';
import { BOKMAAL_CSV, type CsvWords } from '@/lib/pure/csv-words';
import { formatDateNb } from '@/lib/pure/domain/iso-date';
import { fileSlug } from '@/lib/pure/domain/nb-text';
import { STATE_LABELS } from '@/workflows/cooperation/states';
import type { PublicRegisterRow } from './public';
import { CRITERIA, CRITERION_SHORT, type NextEvaluation, type OwnShare, type RegisterRow } from './row';

export const NOT_EVALUATED = 'Ikke evaluert';
export const NOT_CHOSEN = 'Ikke valgt';

/** Joins several names in one cell; a comma reads naturally and is not the field separator. */
export const joinCell = (values: readonly string[]) => values.join(', ');


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

export function nextEvaluationText(next: NextEvaluation | null, words: CsvWords = BOKMAAL_CSV): string {
  if (next === null) return words.t('value.notRunning');
  if (next.inProgress) return words.t('value.evaluationOpen');
  return next.dueDate ? formatDateNb(next.dueDate) : '';
}

/** The register export's column headers in the requester's language. */
export function registerCsvHeaders({ t }: CsvWords = BOKMAAL_CSV): string[] {
  return [
    t('register.name'),
    t('register.organisationNumber'),
    t('register.legalForm'),
    t('register.taskArea'),
    t('register.hosts'),
    t('register.members'),
    t('register.sponsors'),
    t('register.state'),
    t('register.startDate'),
    t('register.sharePercent'),
    t('register.shareAmount'),
    t('register.lastEvaluation'),
    t('register.nextEvaluation'),
    // Input, Throughput, Output: the research's own terms, the same in every language.
    ...CRITERIA.flatMap((c) => [CRITERION_SHORT[c], t('register.scoreOf', { criterion: CRITERION_SHORT[c] })]),
    t('register.isPublic'),
  ];
}

/** The bokmål headers. */
export const REGISTER_CSV_HEADERS: readonly string[] = registerCsvHeaders();

/** The cells of one register row in bokmål, in header order; exported so tests can compare with a parsed file. */
export const registerCsvRecord = (row: RegisterRow): string[] => registerRecord(row, BOKMAAL_CSV);

/** The cells of one register row in the requester's language. */
export function registerRecord(row: RegisterRow, words: CsvWords): string[] {
  const { t } = words;
  // The legal form and the task area are names from the reference data, not translated.
  return [
    row.name,
    row.organisationNumber ?? '',
    row.legalForm ?? t('value.notChosen'),
    row.taskArea ?? t('value.notChosen'),
    joinCell(row.hosts),
    joinCell(row.members),
    joinCell(row.sponsors),
    words.state(row.state),
    row.startDate ? formatDateNb(row.startDate) : '',
    ...shareCells(row.ownShare),
    row.lastEvaluation ? formatDateNb(row.lastEvaluation) : t('value.notEvaluated'),
    nextEvaluationText(row.nextEvaluation, words),
    ...CRITERIA.flatMap((c) => [t(`light.${row.lights[c].light}`), row.lights[c].score === null ? '' : String(row.lights[c].score)]),
    row.isPublic ? t('value.yes') : t('value.no'),
  ];
}

export function registerCsv(rows: readonly RegisterRow[], words: CsvWords = BOKMAAL_CSV): string {
  return writeCsv([registerCsvHeaders(words), ...rows.map((r) => registerRecord(r, words))]);
}

/** The same file as registerCsv, streamed batch by batch (the export route). */
export function registerCsvStream(batches: AsyncIterable<readonly RegisterRow[]>, words: CsvWords = BOKMAAL_CSV): ReadableStream<Uint8Array> {
  return writeCsvStream(registerCsvHeaders(words), mapBatches(batches, (r) => registerRecord(r, words)));
}

/** Each batch's rows as records, lazily (nothing is read before the stream asks). */
export async function* mapBatches<T>(batches: AsyncIterable<readonly T[]>, record: (row: T) => string[]): AsyncGenerator<string[][]> {
  for await (const batch of batches) yield batch.map(record);
}

// The public open-data export's column names are a documented interface (the API page): they
// stay bokmål in every language, whatever the visitor reads the page in.
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
