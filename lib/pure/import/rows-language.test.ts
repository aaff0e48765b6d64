// The import report in nynorsk and English: the rows' errors and the file's missing columns in
// the reader's language, the field builders' messages included; bokmål stays the default.
import { createTranslator } from 'use-intl/core';
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import type { Locale } from '@/lib/pure/i18n/locales';
import { readSpreadsheet, type SheetCell } from './read';
import { interpretSheet, type ImportReference, type ImportReportWords } from './rows';

const REF: ImportReference = { municipalities: new Map([['4204', 'Kristiansand kommune'], ['4223', 'Vennesla kommune']]), taskAreas: new Map() };
const HEADER = ['Navn *', 'Organisasjonsform *', 'Startdato *', 'Deltakere *'];

function words(locale: Locale): ImportReportWords {
  const t = createTranslator({ locale, messages: CATALOGUES[locale], namespace: 'importer.melding' });
  return { t: (key, values) => t(key, values), validation: CATALOGUES[locale].validering, locale };
}

const read = (rows: SheetCell[][], locale?: Locale, header = HEADER) =>
  interpretSheet([header, ...rows], REF, { registeringKommunenummer: '4204', today: '2026-03-01', ...(locale ? { words: words(locale) } : {}) });

const BAD: SheetCell[] = ['', 'noe rart', '01.01.2030', '4223, 9999'];

describe('interpretSheet in the reader’s language', () => {
  it('bokmål by default, and the same with the bokmål words', () => {
    const errors = read([BAD]).rows[0]!.errors;
    expect(errors).toContain('Navn mangler.');
    expect(errors).toContain('Startdatoen 01.01.2030 er fram i tid.');
    expect(errors).toContain('Ukjent kommunenummer: 9999.');
    expect(read([BAD], 'nb').rows[0]!.errors).toEqual(errors);
  });

  it('nynorsk', () => {
    const errors = read([BAD], 'nn').rows[0]!.errors;
    expect(errors).toContain('Namn manglar.');
    expect(errors).toContain('Ukjend organisasjonsform «noe rart». Bruk eit namn frå arket «Organisasjonsformer», til dømes IKS, KO eller AS.');
    expect(errors).toContain('Ukjent kommunenummer: 9999.');
    expect(read([], 'nn', ['Navn *']).fileErrors[0]).toMatch(/^Fila manglar kolonnane /);
  });

  it('English, dates the English way', () => {
    const errors = read([BAD], 'en').rows[0]!.errors;
    expect(errors).toContain('Name missing.');
    expect(errors.some((e) => e.startsWith('The start date ') && e.endsWith(' is in the future.') && !e.includes('01.01.2030'))).toBe(true);
    expect(read([], 'en', ['Navn *']).fileErrors[0]).toMatch(/^The file lacks the columns /);
  });
});

describe('readSpreadsheet in the reader’s language', () => {
  it('bokmål by default, nynorsk and English when asked', async () => {
    expect(await readSpreadsheet(Buffer.alloc(0), 'tom.csv')).toEqual({ ok: false, message: 'Filen er tom.' });
    expect(await readSpreadsheet(Buffer.from('Navn\n'), 'tom.csv', words('nn').t)).toEqual({ ok: false, message: 'Fila har ingen rader med samarbeid under overskriftene.' });
    expect(await readSpreadsheet(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0]), 'gammel.xls', words('en').t)).toMatchObject({ ok: false, message: expect.stringMatching(/^The file is in the old Excel format/) });
  });
});
