// Parses an official municipality list. Two formats are accepted (see README):
//  1. Brobygger's own: kommunenummer;kommunenavn;annet_navn;fylkesnummer;fylkesnavn[;innbyggere]
//  2. Statistics Norway KLASS classification 131 export: code;parentCode;level;name;...
//     (county names are then taken from `knownCounties`, since 131 does not carry them).
import { parse } from 'csv-parse/sync';
import { z } from '@/lib/pure/validation/zod';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import { validationText } from '@/lib/pure/validation/reference';

/** County numbers in force from 2024-01-01 (15 counties); later lists may add more via knownCounties. */
export const COUNTIES_2024: Record<string, string> = {
  '03': 'Oslo',
  '11': 'Rogaland',
  '15': 'Møre og Romsdal',
  '18': 'Nordland',
  '31': 'Østfold',
  '32': 'Akershus',
  '33': 'Buskerud',
  '34': 'Innlandet',
  '39': 'Vestfold',
  '40': 'Telemark',
  '42': 'Agder',
  '46': 'Vestland',
  '50': 'Trøndelag',
  '55': 'Troms',
  '56': 'Finnmark',
};

export interface ParsedMunicipality {
  kommunenummer: string;
  name: string;
  otherName: string | null;
  countyNumber: string;
  countyName: string;
  population: number | null;
}

const rowSchema = z.object({
  kommunenummer: z.string().regex(/^\d{4}$/, 'Kommunenummeret må ha fire sifre'),
  name: z.string().trim().min(1, 'Kommunenavn mangler'),
  otherName: z.string().trim().nullable(),
  countyNumber: z.string().regex(/^\d{2}$/, 'Fylkesnummeret må ha to sifre'),
  countyName: z.string().trim().min(1, 'Fylkesnavn mangler'),
  population: z.number().int().nonnegative().nullable(),
});

export class KommuneListError extends Error {}

function detectDelimiter(text: string): string {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  return (firstLine.match(/;/g)?.length ?? 0) >= (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
}

export function parseKommuneList(text: string, knownCounties: Record<string, string> = COUNTIES_2024): ParsedMunicipality[] {
  const records = parse(text.replace(/^\uFEFF/, ''), {
    columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
    delimiter: detectDelimiter(text),
    skip_empty_lines: true,
    trim: true,
  }) as Record<string, string>[];
  if (records.length === 0) throw new KommuneListError('Filen inneholder ingen kommuner.');
  const klass = 'code' in records[0]! && 'name' in records[0]!;
  if (!klass && !('kommunenummer' in records[0]!)) {
    throw new KommuneListError(
      'Ukjent filformat: første linje må være «kommunenummer;kommunenavn;annet_navn;fylkesnummer;fylkesnavn» eller en KLASS-eksport med kolonnene «code» og «name».',
    );
  }
  const result: ParsedMunicipality[] = [];
  const seen = new Set<string>();
  records.forEach((r, i) => {
    const line = i + 2;
    const kommunenummer = (klass ? r.code : r.kommunenummer) ?? '';
    const countyNumber = klass ? kommunenummer.slice(0, 2) : (r.fylkesnummer ?? '');
    const rawPopulation = r.innbyggere ?? r.population ?? '';
    const candidate = {
      kommunenummer,
      name: (klass ? splitSamiName(r.name ?? '').name : r.kommunenavn) ?? '',
      otherName: (klass ? splitSamiName(r.name ?? '').other : r.annet_navn) || null,
      countyNumber,
      countyName: (klass ? knownCounties[countyNumber] : r.fylkesnavn) ?? '',
      population: rawPopulation === '' ? null : Number(rawPopulation.replace(/\s/g, '')),
    };
    const parsed = rowSchema.safeParse(candidate);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const detail = issue?.path[0] === 'countyName' && klass ? `ukjent fylkesnummer ${countyNumber}` : issue && validationText(issue.message, CATALOGUES.nb.validering);
      throw new KommuneListError(`Linje ${line}: ${detail ?? 'ugyldig rad'}.`);
    }
    if (seen.has(kommunenummer)) throw new KommuneListError(`Linje ${line}: kommunenummer ${kommunenummer} står to ganger.`);
    seen.add(kommunenummer);
    result.push(parsed.data);
  });
  return result;
}

// KLASS names bilingual municipalities "Hattfjelldal - Aarborte"; keep both forms.
function splitSamiName(name: string): { name: string; other: string | null } {
  const parts = name.split(' - ').map((p) => p.trim());
  return parts.length === 2 ? { name: parts[0]!, other: parts[1]! } : { name: name.trim(), other: null };
}
