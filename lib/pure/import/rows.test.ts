import { describe, expect, it } from 'vitest';
import { columnOfHeader } from './columns';
import { legalFormFromText } from './legal-form-text';
import { readSpreadsheet, type SheetCell } from './read';
import { interpretSheet, type ImportReference } from './rows';
import { importTemplateCsv, importWorkbook } from './template';

const REF: ImportReference = {
  municipalities: new Map([
    ['4204', 'Kristiansand kommune'],
    ['4223', 'Vennesla kommune'],
    ['4215', 'Lillesand kommune'],
    ['0301', 'Oslo kommune'],
    ['42', 'Agder fylkeskommune'],
  ]),
  taskAreas: new Map([['renovasjon', 7]]),
};
const OPTIONS = { registeringKommunenummer: '4204', today: '2026-03-01' };
const HEADER = ['Navn *', 'Organisasjonsnummer', 'Organisasjonsform *', 'Oppgavefelt', 'Startdato *', 'Deltakere *', 'Vertskommune', 'Kontaktperson', 'Politisk sponsor', 'Vises i innsyn'];
const row = (cells: Partial<Record<(typeof HEADER)[number], SheetCell>>): SheetCell[] => HEADER.map((h) => cells[h] ?? null);
const read = (rows: SheetCell[][]) => interpretSheet([HEADER, ...rows], REF, OPTIONS);

describe('interpretSheet', () => {
  it('turns a good row into a cooperation to register, with the importing municipality as member', () => {
    const { fileErrors, rows } = read([
      row({ 'Navn *': 'Agder Renovasjon IKS', Organisasjonsnummer: 974760673, 'Organisasjonsform *': 'iks', Oppgavefelt: 'Renovasjon', 'Startdato *': '01.01.2009', 'Deltakere *': '4223, 42', Kontaktperson: 'Kari', 'Politisk sponsor': 'Ola', 'Vises i innsyn': 'nei' }),
    ]);
    expect(fileErrors).toEqual([]);
    expect(rows[0]).toMatchObject({ line: 2, name: 'Agder Renovasjon IKS', errors: [], legalFormName: 'Interkommunalt selskap', startDate: '2009-01-01', memberNames: ['Kristiansand kommune', 'Vennesla kommune', 'Agder fylkeskommune'] });
    expect(rows[0]!.value).toMatchObject({
      legalForm: 'iks',
      organisationNumber: '974760673',
      taskAreaId: 7,
      isPublic: false,
      initiatingKommunenummer: '4204',
      members: [
        { kommunenummer: '4204', role: 'deltaker', contactPerson: 'Kari', politicalSponsor: 'Ola' },
        { kommunenummer: '4223', role: 'deltaker', contactPerson: null },
        { kommunenummer: '42', role: 'deltaker' },
      ],
    });
  });

  it('makes the host the vertskommune of a host form and the kontorkommune of others', () => {
    const { rows } = read([
      row({ 'Navn *': 'Barnevern', 'Organisasjonsform *': 'Vertskommune (gml. § 28)', 'Startdato *': '1995-06-15', 'Deltakere *': '4204;4223', Vertskommune: '4223' }),
      row({ 'Navn *': 'Regionrådet', 'Organisasjonsform *': 'IPR', 'Startdato *': new Date(Date.UTC(2019, 0, 1)), 'Deltakere *': '4223, 301', Vertskommune: 4204 }),
    ]);
    expect(rows[0]!.value!.members.map((m) => [m.kommunenummer, m.role])).toEqual([['4204', 'samarbeidskommune'], ['4223', 'vertskommune']]);
    expect(rows[1]!.value!.startDate).toBe('2019-01-01');
    expect(rows[1]!.value!.members.map((m) => [m.kommunenummer, m.role])).toEqual([['4204', 'kontorkommune'], ['4223', 'deltaker'], ['0301', 'deltaker']]);
  });

  it('names every error of a row in Norwegian', () => {
    const { rows } = read([
      row({ 'Navn *': 'Feil overalt', Organisasjonsnummer: '974760674', 'Organisasjonsform *': 'Aksjeselskapet', Oppgavefelt: 'Månefart', 'Startdato *': '31.02.2009', 'Deltakere *': '4223, 4299', Vertskommune: '4215', 'Vises i innsyn': 'kanskje' }),
      row({ 'Startdato *': '01.01.2030', 'Deltakere *': '4204' }),
    ]);
    expect(rows[0]!.value).toBeNull();
    expect(rows[0]!.errors).toEqual([
      'Ukjent organisasjonsform «Aksjeselskapet». Bruk et navn fra arket «Organisasjonsformer», for eksempel IKS, KO eller AS.',
      'Organisasjonsnummeret er ikke gyldig: kontrollsifferet stemmer ikke. Sjekk nummeret i Enhetsregisteret. Verdien i filen er «974760674».',
      'Ugyldig startdato «31.02.2009». Skriv startdatoen som dd.mm.åååå, for eksempel 01.01.2009.',
      'Ukjent oppgavefelt «Månefart». Bruk et navn fra arket «Oppgavefelt».',
      '«Vises i innsyn» må være ja eller nei, ikke «kanskje».',
      'Ukjent kommunenummer: 4299.',
      'Vertskommunen «4215» er ikke blant deltakerne.',
    ]);
    expect(rows[1]!.errors).toEqual(['Navn mangler.', 'Organisasjonsform mangler.', 'Startdatoen 01.01.2030 er fram i tid.', 'Et samarbeid trenger minst to deltakere.']);
  });

  it('finds the same cooperation twice in a file, by organisation number or by name and members', () => {
    const base = { 'Organisasjonsform *': 'KO', 'Startdato *': '01.01.2020', 'Deltakere *': '4223' };
    const { rows } = read([
      row({ ...base, 'Navn *': 'IKT Agder', Organisasjonsnummer: '974760673' }),
      row({ ...base, 'Navn *': 'Annet navn', Organisasjonsnummer: '974 760 673' }),
      row({ ...base, 'Navn *': 'Arkiv', 'Deltakere *': '4223, 4204' }),
      row({ ...base, 'Navn *': 'ARKIV ' }),
      row({ ...base, 'Navn *': 'IKT Agder', Organisasjonsnummer: '923609016' }),
    ]);
    expect(rows.map((r) => r.errors)).toEqual([
      [],
      ['Samme organisasjonsnummer som rad 2: samarbeidet står to ganger i filen.'],
      [],
      ['Samme navn og deltakere som rad 4: samarbeidet står to ganger i filen.'],
      [],
    ]);
  });

  it('refuses a file without the required columns, and skips blank rows', () => {
    expect(interpretSheet([['Navn', 'Startdato'], ['X', '01.01.2020']], REF, OPTIONS).fileErrors).toEqual([
      'Filen mangler kolonnene «Organisasjonsform», «Deltakere». Bruk malen, eller gi kolonnene de samme overskriftene.',
    ]);
    expect(read([row({}), row({ 'Navn *': 'Énergi', 'Organisasjonsform *': 'AS', 'Startdato *': '1.1.2001', 'Deltakere *': 'Agder Energi' })]).rows.map((r) => [r.line, r.errors])).toEqual([[3, []]]);
  });
});

describe('headers and legal forms as people write them', () => {
  it('matches headers loosely', () => {
    expect(columnOfHeader('FORMÅL')).toBe('formal');
    expect(columnOfHeader(' Org.nr ')).toBe('organisasjonsnummer');
    expect(columnOfHeader('Navn *')).toBe('navn');
    expect(columnOfHeader('Kommentar')).toBeNull();
  });

  it('knows the forms by code, name, short name and common words', () => {
    expect(legalFormFromText('Interkommunalt selskap')).toBe('iks');
    expect(legalFormFromText('§ 27')).toBe('legacy_27_styre');
    expect(legalFormFromText('§27-samarbeid')).toBe('legacy_27_styre');
    expect(legalFormFromText('vertskommune')).toBe('vertskommune_administrativ');
    expect(legalFormFromText('Samkommune')).toBe('legacy_samkommune');
    expect(legalFormFromText('noe annet')).toBeNull();
  });
});

describe('reading files', () => {
  it('reads back the workbook the template writes, dates and all', async () => {
    const file = await importWorkbook([{ navn: 'Agder Renovasjon IKS', organisasjonsform: 'IKS', startdato: new Date(Date.UTC(2009, 0, 1)), deltakere: '4223, 42' }], [{ sector: 'Teknisk', name: 'Renovasjon' }]);
    const sheet = await readSpreadsheet(file, 'samarbeid.xlsx');
    expect(sheet.ok).toBe(true);
    const { rows } = interpretSheet(sheet.ok ? sheet.rows : [], REF, OPTIONS);
    expect(rows).toMatchObject([{ line: 2, errors: [], startDate: '2009-01-01', memberNames: ['Kristiansand kommune', 'Vennesla kommune', 'Agder fylkeskommune'] }]);
  });

  it('reads CSV with semicolons or commas, with a byte order mark, and refuses what it cannot read', async () => {
    const csv = `${importTemplateCsv()}Arkiv;;KO;;01.01.2020;"4223, 4204";;;;;;;;\r\n`;
    const semicolons = await readSpreadsheet(Buffer.from(csv, 'utf8'), 'liste.csv');
    expect(semicolons.ok && interpretSheet(semicolons.rows, REF, OPTIONS).rows[0]!.errors).toEqual([]);
    const commas = await readSpreadsheet(Buffer.from('Navn,Organisasjonsform,Startdato,Deltakere\nArkiv,KO,01.01.2020,4223\n'), 'liste.csv');
    expect(commas.ok && interpretSheet(commas.rows, REF, OPTIONS).rows[0]!.value?.members.length).toBe(2);
    expect(await readSpreadsheet(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0]), 'gammel.xls')).toMatchObject({ ok: false, message: expect.stringContaining('.xls') });
    expect(await readSpreadsheet(Buffer.from('Navn\n'), 'tom.csv')).toEqual({ ok: false, message: 'Filen har ingen rader med samarbeid under overskriftene.' });
    expect(await readSpreadsheet(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'skadet.xlsx')).toMatchObject({ ok: false, message: expect.stringContaining('kunne ikke leses') });
    expect(await readSpreadsheet(Buffer.from([0x4e, 0x61, 0x76, 0x6e, 0xe6, 0x0a, 0x41, 0x0a]), 'latin1.csv')).toMatchObject({ ok: false, message: expect.stringContaining('UTF-8') });
    expect(await readSpreadsheet(Buffer.alloc(0), 'tom.csv')).toEqual({ ok: false, message: 'Filen er tom.' });
  });
});
