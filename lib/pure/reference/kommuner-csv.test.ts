import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COUNTIES_2024, KommuneListError, parseKommuneList } from './kommuner-csv';

const committed = readFileSync(path.join(process.cwd(), 'db/seed/data/kommuner-2024.csv'), 'utf8');

describe('the committed 2024 municipality list', () => {
  const list = parseKommuneList(committed);

  it('has 357 unique four-digit numbers whose first two digits are a valid county number', () => {
    expect(list).toHaveLength(357);
    const numbers = new Set(list.map((m) => m.kommunenummer));
    expect(numbers.size).toBe(357);
    for (const m of list) {
      expect(m.kommunenummer).toMatch(/^\d{4}$/);
      expect(Object.keys(COUNTIES_2024)).toContain(m.kommunenummer.slice(0, 2));
      expect(m.countyNumber).toBe(m.kommunenummer.slice(0, 2));
      expect(m.countyName).toBe(COUNTIES_2024[m.countyNumber]);
    }
  });

  it('matches the per-county counts of 2024', () => {
    const per = (county: string) => list.filter((m) => m.countyNumber === county).length;
    expect(per('46')).toBe(43);
    expect(per('34')).toBe(46);
    expect(per('18')).toBe(41);
    expect(per('50')).toBe(38);
    expect(per('03')).toBe(1);
  });

  it('keeps both official names of bilingual municipalities', () => {
    const names = list.flatMap((m) => [m.name, m.otherName]);
    expect(names).toContain('Hattfjelldal');
    expect(names).toContain('Aarborte');
  });
});

describe('parseKommuneList', () => {
  it('reads a KLASS 131 export with comma separators and bilingual names', () => {
    const klass = 'code,parentCode,level,name\n1826,,1,Hattfjelldal - Aarborte\n4204,,1,Kristiansand\n';
    expect(parseKommuneList(klass)).toEqual([
      { kommunenummer: '1826', name: 'Hattfjelldal', otherName: 'Aarborte', countyNumber: '18', countyName: 'Nordland', population: null },
      { kommunenummer: '4204', name: 'Kristiansand', otherName: null, countyNumber: '42', countyName: 'Agder', population: null },
    ]);
  });

  it('reads an optional population column with spaces as thousands separators', () => {
    const text = 'kommunenummer;kommunenavn;annet_navn;fylkesnummer;fylkesnavn;innbyggere\n4204;Kristiansand;;42;Agder;116 000\n';
    expect(parseKommuneList(text)[0]?.population).toBe(116000);
  });

  it.each([
    ['', 'Filen inneholder ingen kommuner.'],
    ['navn;x\nA;B\n', 'Ukjent filformat'],
    ['kommunenummer;kommunenavn;annet_navn;fylkesnummer;fylkesnavn\n420;Kristiansand;;42;Agder\n', 'Linje 2: Kommunenummeret må ha fire sifre'],
    ['kommunenummer;kommunenavn;annet_navn;fylkesnummer;fylkesnavn\n4204;Kristiansand;;42;Agder\n4204;K;;42;Agder\n', 'står to ganger'],
    ['code;name\n9901;Nykommune\n', 'ukjent fylkesnummer 99'],
  ])('rejects bad input with a Norwegian message (%#)', (text, message) => {
    expect(() => parseKommuneList(text)).toThrow(KommuneListError);
    expect(() => parseKommuneList(text)).toThrow(message);
  });
});
