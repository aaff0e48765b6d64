// Municipalities and county municipalities as members and register owners. A county
// municipality (fylkeskommune) is stored beside the municipalities, keyed by its two-digit
// county number, so a member, a role, a register page and /innsyn treat it alike. Oslo is
// both a municipality and a county: Oslo kommune (0301) is its county municipality too.
// Pure.

export type MunicipalityKind = 'kommune' | 'fylkeskommune';

/** A kommunenummer (four digits) or a county municipality's number (two digits). */
export const MUNICIPALITY_NUMBER = /^(\d{2}|\d{4})$/;

export function isMunicipalityNumber(value: string): boolean {
  return MUNICIPALITY_NUMBER.test(value);
}

/** Counties without a county municipality of their own. */
const NO_COUNTY_MUNICIPALITY: readonly string[] = ['03'];

/** How a municipality is named as an organisation: "Kristiansand kommune", "Agder fylkeskommune". */
export function organisationTitle(m: { name: string; kind?: MunicipalityKind | string | null }): string {
  return m.kind === 'fylkeskommune' ? m.name : `${m.name} kommune`;
}

export interface CountyMunicipality {
  kommunenummer: string;
  kind: 'fylkeskommune';
  name: string;
  countyNumber: string;
  countyName: string;
  /** The inhabitants of its municipalities; null when any of them lacks a figure. */
  population: number | null;
}

/** The county municipalities of a list of municipalities: one per county that has one. */
export function countyMunicipalities(list: readonly { countyNumber: string; countyName: string; population: number | null }[]): CountyMunicipality[] {
  const counties = new Map<string, CountyMunicipality>();
  for (const m of list) {
    if (NO_COUNTY_MUNICIPALITY.includes(m.countyNumber)) continue;
    const county = counties.get(m.countyNumber) ?? {
      kommunenummer: m.countyNumber,
      kind: 'fylkeskommune' as const,
      name: `${m.countyName} fylkeskommune`,
      countyNumber: m.countyNumber,
      countyName: m.countyName,
      population: 0,
    };
    county.population = county.population === null || m.population === null ? null : county.population + m.population;
    counties.set(m.countyNumber, county);
  }
  return [...counties.values()].sort((a, b) => a.countyNumber.localeCompare(b.countyNumber));
}
