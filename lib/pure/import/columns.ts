// The columns of the import spreadsheet: the template's headers, what each means and an
// example, in one list the template, the page's documentation and the reader share.
// Headers are matched loosely (case, spaces, æøå written as ae/o/a, a trailing "*").
import { asciiWords } from '@/lib/pure/domain/nb-text';

export const IMPORT_COLUMN_KEYS = [
  'navn',
  'organisasjonsnummer',
  'organisasjonsform',
  'oppgavefelt',
  'startdato',
  'deltakere',
  'vertskommune',
  'formal',
  'avtale',
  'operativ_leder',
  'kontaktperson',
  'politisk_sponsor',
  'administrativ_sponsor',
  'innsyn',
] as const;
export type ImportColumnKey = (typeof IMPORT_COLUMN_KEYS)[number];

export interface ImportColumn {
  key: ImportColumnKey;
  header: string;
  required: boolean;
  description: string;
  example: string;
}

export const IMPORT_COLUMNS: readonly ImportColumn[] = [
  { key: 'navn', header: 'Navn', required: true, description: 'Samarbeidets navn.', example: 'Agder Renovasjon IKS' },
  { key: 'organisasjonsnummer', header: 'Organisasjonsnummer', required: false, description: 'Ni sifre fra Enhetsregisteret, med eller uten mellomrom. Tom for samarbeid som ikke er eget rettssubjekt.', example: '974760673' },
  { key: 'organisasjonsform', header: 'Organisasjonsform', required: true, description: 'Navnet eller forkortelsen, for eksempel IKS, KO, IPR, AS, Vertskommune (adm.), Avtale, § 27-samarbeid eller Vertskommune (gml. § 28). Arket «Organisasjonsformer» har hele listen.', example: 'IKS' },
  { key: 'oppgavefelt', header: 'Oppgavefelt', required: false, description: 'Et oppgavefelt fra arket «Oppgavefelt», for eksempel Renovasjon.', example: 'Renovasjon' },
  { key: 'startdato', header: 'Startdato', required: true, description: 'Da samarbeidet startet, som dd.mm.åååå (eller en datocelle).', example: '01.01.2009' },
  { key: 'deltakere', header: 'Deltakere', required: true, description: 'Kommunenummer (fire sifre) og fylkesnummer for fylkeskommuner (to sifre), skilt med komma. Andre organisasjoner skrives med navn. Kommunen som importerer, regnes alltid med.', example: '4204, 4223, 42' },
  { key: 'vertskommune', header: 'Vertskommune', required: false, description: 'Kommunenummeret til vertskommunen eller kontorkommunen, om samarbeidet har en. Den må være blant deltakerne.', example: '4204' },
  { key: 'formal', header: 'Formål', required: false, description: 'Hva samarbeidet skal oppnå.', example: 'Felles innsamling og behandling av avfall.' },
  { key: 'avtale', header: 'Lenke til avtale', required: false, description: 'Nettadresse til samarbeidsavtalen, selskapsavtalen eller vedtektene.', example: 'https://www.example.no/selskapsavtale.pdf' },
  { key: 'operativ_leder', header: 'Operativ leder', required: false, description: 'Navnet på daglig leder eller koordinator.', example: 'Dagny Daglig' },
  { key: 'kontaktperson', header: 'Kontaktperson', required: false, description: 'Kommunens egen kontaktperson for samarbeidet.', example: 'Kari Kontakt' },
  { key: 'politisk_sponsor', header: 'Politisk sponsor', required: false, description: 'Kommunens politiske sponsor, for eksempel ordføreren.', example: 'Ola Ordfører' },
  { key: 'administrativ_sponsor', header: 'Administrativ sponsor', required: false, description: 'Kommunens administrative sponsor, for eksempel en kommunalsjef.', example: 'Anne Admin' },
  { key: 'innsyn', header: 'Vises i innsyn', required: false, description: 'Ja eller nei: om samarbeidet vises i det offentlige registeret. Tom betyr ja.', example: 'Ja' },
];

/** Lower case, æøå as ae/o/a, other accents and punctuation dropped: "Formål *" -> "formal". */
export function headerKey(header: string): string {
  return asciiWords(header).join(' ');
}

const BY_HEADER = new Map<string, ImportColumnKey>(
  IMPORT_COLUMNS.flatMap((c) => [
    [headerKey(c.header), c.key],
    [headerKey(c.key.replace(/_/g, ' ')), c.key],
  ]),
);
// Common other words for the same columns.
BY_HEADER.set('org nr', 'organisasjonsnummer');
BY_HEADER.set('orgnr', 'organisasjonsnummer');
BY_HEADER.set('form', 'organisasjonsform');
BY_HEADER.set('startet', 'startdato');
BY_HEADER.set('kontorkommune', 'vertskommune');

/** Which column a header names, or null for a column the import does not read. */
export function columnOfHeader(header: string): ImportColumnKey | null {
  return BY_HEADER.get(headerKey(header)) ?? null;
}
