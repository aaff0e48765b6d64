import { describe, expect, it } from 'vitest';
import { matchesMunicipality, municipalityLabel, normaliseSearch, sortMunicipalities, type SearchableMunicipality } from './municipality-search';

const karasjok: SearchableMunicipality = { kommunenummer: '5610', name: 'Kárášjohka', otherName: 'Karasjok', countyName: 'Finnmark' };
const stavanger: SearchableMunicipality = { kommunenummer: '1103', name: 'Stavanger', otherName: null, countyName: 'Rogaland' };
const sandnes: SearchableMunicipality = { kommunenummer: '1108', name: 'Sandnes', countyName: 'Rogaland' };
const snasa: SearchableMunicipality = { kommunenummer: '5041', name: 'Snåase', otherName: 'Snåsa', countyName: 'Trøndelag' };
const aarborte: SearchableMunicipality = { kommunenummer: '5044', name: 'Aarborte', otherName: 'Hattfjelldal', countyName: 'Nordland' };
const baerum: SearchableMunicipality = { kommunenummer: '3201', name: 'Bærum', countyName: 'Akershus' };
const rogalandFk: SearchableMunicipality = { kommunenummer: '11', name: 'Rogaland fylkeskommune', countyName: 'Rogaland', kind: 'fylkeskommune' };

describe('municipalityLabel', () => {
  it('shows both official names when there are two', () => {
    expect(municipalityLabel(karasjok)).toBe('Kárášjohka – Karasjok');
    expect(municipalityLabel(stavanger)).toBe('Stavanger');
  });
});

describe('normaliseSearch', () => {
  it('drops accents but keeps æ, ø and å', () => {
    expect(normaliseSearch('  Kárášjohka ')).toBe('karasjohka');
    expect(normaliseSearch('Bærum')).toBe('bærum');
    expect(normaliseSearch('Snåase')).toBe('snåase');
    expect(normaliseSearch('Tromsø')).toBe('tromsø');
  });

  it('reads «aa» as «å»', () => {
    expect(normaliseSearch('Aarborte')).toBe('årborte');
    expect(normaliseSearch('Årborte')).toBe('årborte');
  });
});

describe('matchesMunicipality', () => {
  it('finds a municipality by its other official name', () => {
    expect(matchesMunicipality(karasjok, 'Karasjok')).toBe(true);
    expect(matchesMunicipality(karasjok, 'karasjok')).toBe(true);
  });

  it('finds it by the Sami name typed without the accents', () => {
    expect(matchesMunicipality(karasjok, 'karasjohka')).toBe(true);
    expect(matchesMunicipality(aarborte, 'årborte')).toBe(true);
    expect(matchesMunicipality(snasa, 'snåsa')).toBe(true);
  });

  it('finds by part of a name', () => {
    expect(matchesMunicipality(sandnes, 'sand')).toBe(true);
    expect(matchesMunicipality(stavanger, 'vanger')).toBe(true);
    expect(matchesMunicipality(baerum, 'bær')).toBe(true);
    expect(matchesMunicipality(stavanger, 'sand')).toBe(false);
  });

  it('matches numbers from the start only', () => {
    expect(matchesMunicipality(stavanger, '1103')).toBe(true);
    expect(matchesMunicipality(stavanger, '11')).toBe(true);
    expect(matchesMunicipality(sandnes, '1103')).toBe(false);
    expect(matchesMunicipality(stavanger, '03')).toBe(false);
  });

  it('finds a county municipality by its two-digit number and by name', () => {
    expect(matchesMunicipality(rogalandFk, '11')).toBe(true);
    expect(matchesMunicipality(rogalandFk, '1103')).toBe(false);
    expect(matchesMunicipality(rogalandFk, 'fylkeskommune')).toBe(true);
  });

  it('lets an empty query match everything', () => {
    expect(matchesMunicipality(stavanger, '   ')).toBe(true);
  });
});

describe('sortMunicipalities', () => {
  it('sorts by name as in Norwegian: æ, ø, å after z, and «Aa» as «Å»', () => {
    const sorted = sortMunicipalities([baerum, stavanger, aarborte, sandnes, karasjok, { ...baerum, kommunenummer: '9999', name: 'Øygarden' }]).map((m) => m.name);
    expect(sorted).toEqual(['Bærum', 'Kárášjohka', 'Sandnes', 'Stavanger', 'Øygarden', 'Aarborte']);
  });
});
