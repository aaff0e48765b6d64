// What the rows of an import spreadsheet mean: each row becomes an existing cooperation to
// register, or a list of errors (bokmål by default, or the reader's language) naming what to fix (unknown kommunenummer or legal
// form, bad date or organisation number, the same cooperation twice in the file). Fields are
// validated with the registration form's own zod builders. Pure: the reference data and
// "today" come in; the database match (already registered) is done by the caller.
import { isHostForm } from '@/lib/pure/domain/readiness-rules-design';
import { UTCDate } from '@date-fns/utc';
import { format } from 'date-fns';
import type { IsoDate } from '@/lib/pure/domain/iso-date';
import type { MemberRole } from '@/lib/pure/domain/dossier';
import { legalForm } from '@/lib/pure/domain/legal-forms';
import { organisationNumberField, optionalWebAddress, startDateField } from '@/lib/pure/validation/existing-cooperation';
import { createTranslator } from 'use-intl/core';
import { CATALOGUES, type Messages } from '@/lib/pure/i18n/catalogues';
import { formatDate } from '@/lib/pure/format';
import type { Locale } from '@/lib/pure/i18n/locales';
import { validationText, type ValidationWords } from '@/lib/pure/validation/reference';
import { columnOfHeader, IMPORT_COLUMNS, type ImportColumnKey } from './columns';
import { memberKey, memberSetKey, nameKey } from './keys';
import { legalFormFromText } from './legal-form-text';
import type { SheetCell } from './read';

export interface ImportReference {
  /** Current municipalities and county municipalities by number, with their display names. */
  municipalities: ReadonlyMap<string, string>;
  /** Task areas by lower-case name. */
  taskAreas: ReadonlyMap<string, number>;
}

export interface ImportedMember {
  kommunenummer: string | null;
  organisationName: string | null;
  role: MemberRole;
  contactPerson: string | null;
  politicalSponsor: string | null;
  administrativeSponsor: string | null;
}

/** One cooperation to register; the shape db/queries/existing-cooperations.ts inserts. */
export interface ImportedCooperation {
  name: string;
  purpose: string | null;
  taskAreaId: number | null;
  legalForm: string;
  startDate: IsoDate;
  organisationNumber: string | null;
  agreementUrl: string | null;
  operativeLeader: string | null;
  isPublic: boolean;
  initiatingKommunenummer: string;
  members: ImportedMember[];
}

export interface ImportRow {
  /** The row's number in the spreadsheet (the header is row 1 in the template). */
  line: number;
  name: string;
  errors: string[];
  value: ImportedCooperation | null;
  /** What the preview shows of the row. */
  legalFormName: string | null;
  startDate: IsoDate | null;
  memberNames: string[];
  organisationNumber: string | null;
}

export interface InterpretedSheet {
  /** Problems with the file as a whole (a missing column); then no row is read. */
  fileErrors: string[];
  rows: ImportRow[];
}

const text = (cell: SheetCell | undefined): string => {
  if (cell === null || cell === undefined) return '';
  // A spreadsheet date has no time zone: the reader gives its wall-clock value as UTC, so it
  // is read back in UTC (not as an instant in Norway, which "today" is).
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : format(new UTCDate(cell.getTime()), 'dd.MM.yyyy');
  return String(cell).trim();
};
const optional = (value: string, max = 2000) => (value === '' ? null : value.slice(0, max));

/** A number typed into a number cell loses its leading zero: 301 is 0301, 3 is 03. */
function municipalityNumber(token: string): string | null {
  if (!/^\d{1,4}$/.test(token)) return null;
  return token.length <= 2 ? token.padStart(2, '0') : token.padStart(4, '0');
}

/** A message of the `importer.melding` namespace in one language. */
export type ImportMessageWords = (key: keyof Messages['importer']['melding'], values?: Record<string, string | number>) => string;

/** The import report's words: its own messages, the field builders' (validering), the dates' language. */
export interface ImportReportWords {
  t: ImportMessageWords;
  validation: ValidationWords;
  locale: Locale;
}

const bokmaalMessages = createTranslator({ locale: 'nb', messages: CATALOGUES.nb, namespace: 'importer.melding' });
/** Bokmål: the default, for tests, scripts and every caller that passes nothing. */
export const BOKMAAL_IMPORT_WORDS: ImportReportWords = { t: (key, values) => bokmaalMessages(key, values), validation: CATALOGUES.nb.validering, locale: 'nb' };

// Built once: a zod schema is costly to build and cheap to run, and a file has many rows.
const ORGANISATION_NUMBER = organisationNumberField();
const START_DATE = startDateField();
const WEB_ADDRESS = optionalWebAddress();

const YES = ['ja', 'j', 'yes', 'true', '1', 'x'];
const NO = ['nei', 'n', 'no', 'false', '0'];

export function interpretSheet(sheet: readonly SheetCell[][], ref: ImportReference, options: { registeringKommunenummer: string; today: IsoDate; words?: ImportReportWords }): InterpretedSheet {
  const words = options.words ?? BOKMAAL_IMPORT_WORDS;
  const { t } = words;
  const headerIndex = sheet.findIndex((r) => r.some((c) => text(c) !== ''));
  const header = (sheet[headerIndex] ?? []).map((c) => columnOfHeader(text(c)));
  const missing = IMPORT_COLUMNS.filter((c) => c.required && !header.includes(c.key)).map((c) => `«${c.header}»`);
  if (missing.length > 0) {
    return { fileErrors: [t('missingColumns', { count: missing.length, columns: missing.join(', ') })], rows: [] };
  }
  const rows: ImportRow[] = [];
  sheet.forEach((cells, index) => {
    if (index <= headerIndex || cells.every((c) => text(c) === '')) return;
    const get = (key: ImportColumnKey) => {
      const at = header.indexOf(key);
      return at < 0 ? '' : text(cells[at]);
    };
    rows.push(interpretRow(get, index + 1, ref, options, words));
  });
  markDuplicatesInFile(rows, t);
  return { fileErrors: [], rows };
}

function interpretRow(get: (key: ImportColumnKey) => string, line: number, ref: ImportReference, options: { registeringKommunenummer: string; today: IsoDate }, words: ImportReportWords): ImportRow {
  const errors: string[] = [];
  const { t } = words;
  const field = (message: string) => validationText(message, words.validation);
  const name = get('navn');
  if (name === '') errors.push(t('nameMissing'));
  else if (name.length < 3 || name.length > 200) errors.push(t('nameLength'));

  const formText = get('organisasjonsform');
  const code = formText === '' ? null : legalFormFromText(formText);
  if (formText === '') errors.push(t('formMissing'));
  else if (code === null) errors.push(t('formUnknown', { value: formText }));

  const rawNumber = get('organisasjonsnummer');
  const number = ORGANISATION_NUMBER.safeParse(rawNumber);
  if (!number.success) errors.push(t('organisationNumber', { message: field(number.error.issues[0]!.message), value: rawNumber }));

  const rawDate = get('startdato');
  const date = START_DATE.safeParse(rawDate);
  if (rawDate === '') errors.push(t('dateMissing'));
  else if (!date.success) errors.push(t('dateInvalid', { value: rawDate, message: field(date.error.issues[0]!.message) }));
  else if (date.data > options.today) errors.push(t('dateFuture', { date: formatDate(date.data, words.locale) }));

  const rawUrl = get('avtale');
  const url = WEB_ADDRESS.safeParse(rawUrl);
  if (!url.success) errors.push(t('agreementUrl', { message: field(url.error.issues[0]!.message) }));

  const area = get('oppgavefelt');
  const taskAreaId = area === '' ? null : (ref.taskAreas.get(area.toLocaleLowerCase('nb')) ?? null);
  if (area !== '' && taskAreaId === null) errors.push(t('taskAreaUnknown', { value: area }));

  const visible = get('innsyn').toLocaleLowerCase('nb');
  if (visible !== '' && !YES.includes(visible) && !NO.includes(visible)) errors.push(t('visibleYesNo', { value: get('innsyn') }));

  const members = readMembers(get('deltakere'), get('vertskommune'), code, ref, options.registeringKommunenummer, errors, t);
  const own = members.find((m) => m.kommunenummer === options.registeringKommunenummer);
  if (own) {
    own.contactPerson = optional(get('kontaktperson'), 200);
    own.politicalSponsor = optional(get('politisk_sponsor'), 200);
    own.administrativeSponsor = optional(get('administrativ_sponsor'), 200);
  }

  const summary = {
    line,
    name,
    legalFormName: code ? (legalForm(code)?.name ?? null) : null,
    startDate: date.success ? date.data : null,
    memberNames: members.map((m) => (m.kommunenummer ? (ref.municipalities.get(m.kommunenummer) ?? m.kommunenummer) : (m.organisationName ?? ''))),
    organisationNumber: number.success ? number.data : null,
  };
  if (errors.length > 0 || code === null || !date.success || !number.success || !url.success) return { ...summary, errors, value: null };
  return {
    ...summary,
    errors,
    value: {
      name,
      purpose: optional(get('formal')),
      taskAreaId,
      legalForm: code,
      startDate: date.data,
      organisationNumber: number.data,
      agreementUrl: url.data,
      operativeLeader: optional(get('operativ_leder'), 200),
      isPublic: !NO.includes(visible),
      initiatingKommunenummer: options.registeringKommunenummer,
      members,
    },
  };
}

function readMembers(list: string, hostText: string, code: string | null, ref: ImportReference, registering: string, errors: string[], t: ImportMessageWords): ImportedMember[] {
  if (list === '') errors.push(t('membersMissing'));
  const hosted = code !== null && isHostForm(code);
  const member = (kommunenummer: string | null, organisationName: string | null): ImportedMember => ({
    kommunenummer,
    organisationName,
    role: hosted ? 'samarbeidskommune' : 'deltaker',
    contactPerson: null,
    politicalSponsor: null,
    administrativeSponsor: null,
  });
  const members: ImportedMember[] = [];
  const unknown: string[] = [];
  for (const token of list.split(/[,;\n]+/).map((t) => t.trim()).filter(Boolean)) {
    const number = municipalityNumber(token);
    if (/^\d+$/.test(token) && (number === null || !ref.municipalities.has(number))) unknown.push(token);
    else if (number !== null) members.push(member(number, null));
    else members.push(member(null, token.slice(0, 200)));
  }
  if (unknown.length > 0) errors.push(t('unknownMunicipalities', { numbers: unknown.join(', ') }));
  // The municipality importing its own list always takes part.
  if (!members.some((m) => m.kommunenummer === registering)) members.unshift(member(registering, null));
  const unique = members.filter((m, i) => members.findIndex((o) => memberKey(o) === memberKey(m)) === i);
  if (list !== '' && unknown.length === 0 && unique.length < 2) errors.push(t('twoMembers'));

  if (hostText !== '') {
    const host = municipalityNumber(hostText);
    const hostMember = host === null ? undefined : unique.find((m) => m.kommunenummer === host);
    if (!hostMember) errors.push(t('hostNotMember', { value: hostText }));
    else hostMember.role = hosted ? 'vertskommune' : 'kontorkommune';
  }
  return unique;
}

/**
 * A later row for a cooperation an earlier row already has (the same organisation number;
 * or the same name and members when one of them has no number): an error naming the earlier row.
 */
function markDuplicatesInFile(rows: ImportRow[], t: ImportMessageWords): void {
  const byNumber = new Map<string, number>();
  const byNameAndMembers = new Map<string, { line: number; number: string | null }>();
  for (const row of rows) {
    if (!row.value) continue;
    const number = row.value.organisationNumber;
    const key = `${nameKey(row.value.name)}#${memberSetKey(row.value.members.map(memberKey))}`;
    const sameNumber = number ? byNumber.get(number) : undefined;
    const sameName = byNameAndMembers.get(key);
    if (sameNumber !== undefined) {
      row.errors.push(t('sameNumberRow', { line: sameNumber }));
    } else if (sameName && (sameName.number === null || number === null)) {
      row.errors.push(t('sameNameRow', { line: sameName.line }));
    }
    if (row.errors.length > 0) {
      row.value = null;
      continue;
    }
    if (number) byNumber.set(number, row.line);
    if (!sameName) byNameAndMembers.set(key, { line: row.line, number });
  }
}
