import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import { fieldErrorsIn } from '@/lib/pure/validation/field-errors';
import { CUSTOM_INSTRUMENT, instrumentsSchema, type InstrumentsInput } from './instruments';

const COOP = '5f0c5a52-3f0e-4a57-9a34-0d1c7d3b8b11';

const valid = (): InstrumentsInput => ({
  cooperationId: COOP,
  version: 0,
  instruments: [
    { id: '', code: 'budsjett', label: '', family: '', status: 'etablert', documentUrl: 'https://kommune.no/budsjett.pdf' },
    { id: '', code: CUSTOM_INSTRUMENT, label: 'Felles fagdag', family: 'stotte', status: 'planlagt', documentUrl: '' },
  ],
});

const errorsOf = (input: unknown) => {
  const r = instrumentsSchema.safeParse(input);
  if (r.success) throw new Error('expected failure');
  return fieldErrorsIn(r.error, CATALOGUES.nb.validering);
};

describe('instrumentsSchema', () => {
  it('turns the custom choice into code null and empty fields into null', () => {
    const out = instrumentsSchema.parse(valid());
    expect(out.instruments[0]).toMatchObject({ code: 'budsjett', label: null, family: null, documentUrl: 'https://kommune.no/budsjett.pdf' });
    expect(out.instruments[1]).toMatchObject({ code: null, label: 'Felles fagdag', family: 'stotte', documentUrl: null });
  });

  it('accepts its own output again', () => {
    const once = instrumentsSchema.parse(valid());
    expect(instrumentsSchema.parse(once)).toEqual(once);
  });

  it('asks for a choice, and for label and family of a custom instrument', () => {
    const errors = errorsOf({
      cooperationId: COOP,
      version: 0,
      instruments: [
        { code: '', status: 'planlagt' },
        { code: CUSTOM_INSTRUMENT, label: ' ', family: '', status: 'etablert' },
      ],
    });
    expect(errors).toEqual({
      'instruments.0.code': ['Velg et virkemiddel fra listen.'],
      'instruments.1.label': ['Gi det egne virkemiddelet et navn.'],
      'instruments.1.family': ['Velg hvilken familie virkemiddelet hører til.'],
    });
  });

  it('refuses unknown codes, bad status, bad URLs and duplicates', () => {
    const errors = errorsOf({
      cooperationId: COOP,
      instruments: [
        { code: 'finnes_ikke', status: 'ferdig', documentUrl: 'ikke en adresse' },
        { code: 'budsjett', status: 'planlagt', documentUrl: 'ftp://kommune.no/fil' },
        { code: 'budsjett', status: 'planlagt', documentUrl: 'javascript:alert(1)' },
      ],
    });
    expect(errors['instruments.0.code']).toEqual(['Velg et virkemiddel fra listen.']);
    expect(errors['instruments.0.status']).toEqual(['Velg om virkemiddelet er planlagt eller etablert.']);
    expect(errors['instruments.0.documentUrl']).toEqual(['Skriv inn en gyldig nettadresse som begynner med https://']);
    expect(errors['instruments.1.documentUrl']).toEqual(['Skriv inn en gyldig nettadresse som begynner med https://']);
    expect(errors['instruments.2.documentUrl']).toEqual(['Skriv inn en gyldig nettadresse som begynner med https://']);
  });

  it('refuses the same catalogue instrument twice', () => {
    const input = valid();
    input.instruments.push({ code: 'budsjett', status: 'planlagt' });
    expect(errorsOf(input)).toEqual({ 'instruments.2.code': ['Dette virkemiddelet er allerede lagt til.'] });
  });
});

describe('instrumentsSchema messages', () => {
  it.each([null, 'x', {}, { cooperationId: 1, instruments: [null, { id: 1, code: 2, label: 3, family: 4, status: 5, documentUrl: 6 }] }])(
    'are Norwegian sentences for garbage (%j)',
    (garbage) => {
      const messages = Object.values(errorsOf(garbage)).flat();
      expect(messages.length).toBeGreaterThan(0);
      for (const m of messages) expect(m).not.toMatch(/invalid|expected|received/i);
    },
  );
});
