import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import { fieldErrorsIn } from '@/lib/pure/validation/field-errors';
import { osloDateOf } from '@/lib/pure/domain/iso-date';
import { describeDecisionChanges, recordDecisionSchema, type RecordDecisionInput } from './decisions';

const COOP = '5f0c5a52-3f0e-4a57-9a34-0d1c7d3b8b11';
const MEMBER = '0b7e2a0c-8d1e-4f2a-9c3b-2e4d6f8a1b2c';

const valid = (): RecordDecisionInput => ({
  cooperationId: COOP,
  memberId: MEMBER,
  body: ' Kommunestyret ',
  date: '2025-03-12',
  saksnummer: '',
  outcome: 'tilslutning',
  url: 'https://innsyn.kommune.no/sak/25-14',
});

const errorsOf = (input: unknown) => {
  const r = recordDecisionSchema.safeParse(input);
  if (r.success) throw new Error('expected failure');
  return fieldErrorsIn(r.error, CATALOGUES.nb.validering);
};

describe('recordDecisionSchema', () => {
  it('parses a decision', () => {
    expect(recordDecisionSchema.parse(valid())).toEqual({ ...valid(), body: 'Kommunestyret', saksnummer: null });
  });

  it('gives one message per field for a missing or broken date', () => {
    expect(errorsOf({ ...valid(), date: '' })).toEqual({ date: ['Skriv inn datoen for vedtaket.'] });
    expect(errorsOf({ ...valid(), date: '2025-02-30' })).toEqual({ date: ['Skriv inn en gyldig dato.'] });
    expect(errorsOf({ ...valid(), date: '12.03.2025' })).toEqual({ date: ['Skriv inn en gyldig dato.'] });
    expect(errorsOf({ ...valid(), date: '1025-03-12' })).toEqual({ date: ['Datoen ser ut til å være feil.'] });
  });

  it('refuses a date in the future but accepts today in Norway', () => {
    expect(errorsOf({ ...valid(), date: '2999-01-01' })).toEqual({ date: ['Datoen kan ikke være fram i tid.'] });
    expect(recordDecisionSchema.safeParse({ ...valid(), date: osloDateOf(new Date()) }).success).toBe(true);
  });

  it('names every missing or wrong field', () => {
    expect(errorsOf({ cooperationId: COOP, memberId: '', body: '', date: 20250312, outcome: 'ja', url: 'www' })).toEqual({
      memberId: ['Velg deltakeren som har behandlet saken.'],
      body: ['Skriv hvilket organ som behandlet saken.'],
      date: ['Skriv inn datoen for vedtaket.'],
      outcome: ['Velg utfallet av behandlingen.'],
      url: ['Skriv inn en gyldig nettadresse som begynner med https://'],
    });
  });
});

describe('recordDecisionSchema messages', () => {
  it.each([null, 'x', {}, { cooperationId: 1, memberId: 2, body: 3, date: 4, saksnummer: 5, outcome: 6, url: 7 }])(
    'are Norwegian sentences for garbage (%j)',
    (garbage) => {
      const messages = Object.values(errorsOf(garbage)).flat();
      expect(messages.length).toBeGreaterThan(0);
      for (const m of messages) expect(m).not.toMatch(/invalid|expected|received/i);
    },
  );
});

describe('describeDecisionChanges', () => {
  const before = { body: 'Kommunestyret', date: '2026-02-12', saksnummer: null, outcome: 'tilslutning' as const, url: null };
  it('lists the changed fields as the user reads them, with dates and outcomes in Norwegian', () => {
    expect(describeDecisionChanges(before, { ...before, date: '2026-02-14', saksnummer: '26/15', outcome: 'avslag' })).toEqual([
      { field: 'Dato for vedtaket', old: '12.02.2026', new: '14.02.2026' },
      { field: 'Saksnummer', old: null, new: '26/15' },
      { field: 'Utfall', old: 'Tilslutning', new: 'Avslag' },
    ]);
  });
  it('finds nothing when nothing changed, and treats an empty text as nothing', () => {
    expect(describeDecisionChanges(before, { ...before, saksnummer: '' as unknown as null })).toEqual([]);
  });
});
