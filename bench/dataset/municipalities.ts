// How much of the national dataset each municipality takes part in. The reference list
// carries no population, so the biggest municipalities get their approximate population
// (Statistics Norway, 1 January 2024, rounded) and every other one a seeded figure between
// about 900 and 30,000 inhabitants. A municipality's share of memberships grows with the
// square root of its population: Oslo takes part in far more cooperations than Utsira, but
// not 700 times more.
import type { Faker } from '@faker-js/faker';

const APPROXIMATE_POPULATION: Readonly<Record<string, number>> = {
  '0301': 717_700, // Oslo
  '4601': 292_000, // Bergen
  '5001': 214_600, // Trondheim
  '1103': 149_000, // Stavanger
  '3201': 130_800, // Bærum
  '4204': 117_000, // Kristiansand
  '3301': 103_300, // Drammen
  '3203': 98_600, // Asker
  '3205': 90_900, // Lillestrøm
  '3107': 84_500, // Fredrikstad
  '1108': 83_300, // Sandnes
  '5501': 78_700, // Tromsø
  '1508': 67_100, // Ålesund
  '3907': 65_600, // Sandefjord
  '3207': 62_000, // Nordre Follo
  '3105': 58_100, // Sarpsborg
  '3905': 58_000, // Tønsberg
  '4003': 56_000, // Skien
  '1804': 53_700, // Bodø
  '3103': 50_800, // Moss
  '3222': 48_000, // Lørenskog
  '3909': 48_000, // Larvik
  '4203': 46_000, // Arendal
  '1149': 43_000, // Karmøy
  '3209': 42_000, // Ullensaker
  '4626': 39_000, // Øygarden
  '1106': 38_000, // Haugesund
  '4001': 37_000, // Porsgrunn
  '3403': 32_000, // Hamar
  '1506': 32_000, // Molde
  '3101': 31_500, // Halden
  '3305': 31_000, // Ringerike
  '3407': 30_500, // Gjøvik
  '4627': 30_000, // Askøy
  '4631': 30_000, // Alver
  '1124': 28_000, // Sola
  '3303': 28_000, // Kongsberg
  '3405': 28_500, // Lillehammer
  '3901': 27_700, // Horten
  '5006': 24_000, // Steinkjer
};

export interface WeightedMunicipality {
  kommunenummer: string;
  name: string;
  countyNumber: string;
  population: number;
  weight: number;
}

/** Oslo is a county of one: its partners are mostly in Akershus, and Akershus's in Oslo. */
export function regionOf(countyNumber: string): string {
  return countyNumber === '03' || countyNumber === '32' ? '03+32' : countyNumber;
}

/** Every municipality with a population (known or seeded) and its membership weight. */
export function weighMunicipalities(list: readonly { kommunenummer: string; name: string; countyNumber: string }[], faker: Faker): WeightedMunicipality[] {
  return [...list]
    .sort((a, b) => a.kommunenummer.localeCompare(b.kommunenummer))
    .map((m) => {
      // Drawn for every municipality, so adding a known figure does not shift the others.
      const seeded = Math.round(Math.exp(faker.number.float({ min: Math.log(900), max: Math.log(30_000) })));
      const population = APPROXIMATE_POPULATION[m.kommunenummer] ?? seeded;
      return { ...m, population, weight: Math.sqrt(population) };
    });
}
