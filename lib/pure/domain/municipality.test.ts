import { describe, expect, it } from 'vitest';
import { countyMunicipalities, isMunicipalityNumber, organisationTitle } from './municipality';

describe('county municipalities', () => {
  const list = [
    { countyNumber: '42', countyName: 'Agder', population: 113737 },
    { countyNumber: '42', countyName: 'Agder', population: 23147 },
    { countyNumber: '03', countyName: 'Oslo', population: 700000 },
    { countyNumber: '11', countyName: 'Rogaland', population: 1000 },
    { countyNumber: '11', countyName: 'Rogaland', population: null },
  ];

  it('makes one per county, named in full, numbered by the county, with its inhabitants', () => {
    expect(countyMunicipalities(list)).toEqual([
      { kommunenummer: '11', kind: 'fylkeskommune', name: 'Rogaland fylkeskommune', countyNumber: '11', countyName: 'Rogaland', population: null },
      { kommunenummer: '42', kind: 'fylkeskommune', name: 'Agder fylkeskommune', countyNumber: '42', countyName: 'Agder', population: 136884 },
    ]);
  });

  it('leaves Oslo out: Oslo kommune is its own county municipality', () => {
    expect(countyMunicipalities(list).some((c) => c.countyNumber === '03')).toBe(false);
  });
});

describe('numbers and names', () => {
  it('accepts four-digit municipality and two-digit county municipality numbers only', () => {
    expect(['4204', '42', '0301'].every(isMunicipalityNumber)).toBe(true);
    expect(['420', '42045', '4a04', ''].some(isMunicipalityNumber)).toBe(false);
  });

  it('names a municipality with "kommune" and a county municipality as it is', () => {
    expect(organisationTitle({ name: 'Kristiansand', kind: 'kommune' })).toBe('Kristiansand kommune');
    expect(organisationTitle({ name: 'Agder fylkeskommune', kind: 'fylkeskommune' })).toBe('Agder fylkeskommune');
    expect(organisationTitle({ name: 'Bærum' })).toBe('Bærum kommune');
  });
});
