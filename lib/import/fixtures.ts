// Import files for tests, the e2e spec and the benchmark: `count` distinct cooperations with
// valid organisation numbers and members among Agder's municipalities, optionally with
// three bad rows (an unknown kommunenummer, a bad date, a bad organisation number). The
// `seed` keeps names and numbers apart between runs that share a database.
import { organisationNumberCheckDigit } from '@/lib/domain/organisation-number';
import type { ImportColumnKey } from './columns';

export type FixtureRecord = Partial<Record<ImportColumnKey, string>>;

const AGDER = ['4201', '4202', '4203', '4205', '4206', '4207', '4211', '4212', '4213', '4214', '4215', '4216', '4217', '4218', '4219', '4220', '4221', '4222', '4223', '4224', '4225', '4226', '4227', '4228'];
const FORMS = ['IKS', 'KO', 'Vertskommune (adm.)', 'IPR', 'AS', 'Avtale', '§ 27-samarbeid', 'Vertskommune (gml. § 28)'];
const AREAS = ['Renovasjon', 'Revisjon', 'Legevakt', 'Barnevern', 'IKT og digitalisering', 'Brann og redning', 'Innkjøp', 'Arkiv'];

/** The n-th valid organisation number from a start: eight digits plus their check digit. */
export function organisationNumbers(start: number, n: number): string[] {
  const out: string[] = [];
  for (let base = start; out.length < n; base++) {
    const firstEight = String(base).padStart(8, '0').slice(-8);
    const check = organisationNumberCheckDigit(firstEight);
    if (check !== null) out.push(`${firstEight}${check}`);
  }
  return out;
}

export const BAD_ROWS = {
  /** Data row index (0-based) -> what is wrong with it. */
  unknownMunicipality: 4,
  badDate: 17,
  badOrganisationNumber: 31,
} as const;

export function importFixture(count: number, options: { seed: number; withErrors?: boolean }): FixtureRecord[] {
  const numbers = organisationNumbers(90_000_000 + options.seed * 10_000, count);
  return Array.from({ length: count }, (_, i): FixtureRecord => {
    const form = FORMS[i % FORMS.length]!;
    const hasNumber = !['Avtale', 'Vertskommune (adm.)', 'Vertskommune (gml. § 28)'].includes(form);
    const members = [AGDER[i % AGDER.length]!, AGDER[(i * 7 + 3) % AGDER.length]!].filter((k, j, all) => all.indexOf(k) === j);
    const startYear = 1995 + (i % 30);
    const record: FixtureRecord = {
      navn: `Samarbeid ${options.seed}-${String(i + 1).padStart(3, '0')} ${AREAS[i % AREAS.length]}`,
      organisasjonsnummer: hasNumber ? numbers[i]! : '',
      organisasjonsform: form,
      oppgavefelt: AREAS[i % AREAS.length]!,
      startdato: `0${(i % 9) + 1}.0${(i % 9) + 1}.${startYear}`,
      deltakere: members.join(', '),
      vertskommune: form.startsWith('Vertskommune') ? '4204' : '',
      formal: 'Felles tjeneste for deltakerne.',
      operativ_leder: `Leder ${i + 1}`,
      kontaktperson: `Kontakt ${i + 1}`,
      politisk_sponsor: i % 3 === 0 ? `Ordfører ${i + 1}` : '',
      innsyn: i % 5 === 0 ? 'Nei' : 'Ja',
    };
    if (options.withErrors && i === BAD_ROWS.unknownMunicipality) record.deltakere = '4299, 4223';
    if (options.withErrors && i === BAD_ROWS.badDate) record.startdato = '31.02.2009';
    if (options.withErrors && i === BAD_ROWS.badOrganisationNumber) record.organisasjonsnummer = '123456789';
    return record;
  });
}
