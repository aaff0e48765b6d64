import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import { fieldErrorsIn } from '@/lib/pure/validation/field-errors';
import { stotteSchema, type StotteInput } from './stotte';

const COOP = '5f0c5a52-3f0e-4a57-9a34-0d1c7d3b8b11';
const MEMBER = '0b7e2a0c-8d1e-4f2a-9c3b-2e4d6f8a1b2c';

const valid = (): StotteInput => ({
  cooperationId: COOP,
  version: 0,
  sponsors: [
    { id: '', memberId: MEMBER, kind: 'politisk', name: '  Kari Ordfører ', title: 'Ordfører', leaderContact: '' },
    { id: null, memberId: MEMBER, kind: 'administrativ', name: 'Per Kommunalsjef', title: '', leaderContact: 'Månedlig møte med daglig leder' },
  ],
  practicalSupport: 'Kontor i rådhuset',
  minimumFunding: '',
  professionalCommunity: undefined,
});

const errorsOf = (input: unknown) => {
  const r = stotteSchema.safeParse(input);
  if (r.success) throw new Error('expected failure');
  return fieldErrorsIn(r.error, CATALOGUES.nb.validering);
};

describe('stotteSchema', () => {
  it('trims, turns empty optional text into null and defaults reconfirm', () => {
    const out = stotteSchema.parse(valid());
    expect(out.sponsors[0]).toMatchObject({ id: null, name: 'Kari Ordfører', leaderContact: null, reconfirm: false });
    expect(out.sponsors[1]).toMatchObject({ id: null, title: null, leaderContact: 'Månedlig møte med daglig leder' });
    expect(out.minimumFunding).toBeNull();
    expect(out.professionalCommunity).toBeNull();
  });

  it('accepts its own output again (the client sends what the resolver produced)', () => {
    const once = stotteSchema.parse(valid());
    expect(stotteSchema.parse(once)).toEqual(once);
  });

  it('names the field of every problem in Norwegian', () => {
    const errors = errorsOf({
      cooperationId: COOP,
      sponsors: [
        { memberId: 'ikke-en-id', kind: 'ordfører', name: '   ', title: 'x'.repeat(121) },
        { memberId: MEMBER, kind: 'politisk', name: 42 },
      ],
      practicalSupport: 'x'.repeat(2001),
    });
    expect(errors['sponsors.0.memberId']).toEqual(['Velg hvilken deltaker sponsoren hører til.']);
    expect(errors['sponsors.0.kind']).toEqual(['Velg om sponsoren er politisk eller administrativ.']);
    expect(errors['sponsors.0.name']).toEqual(['Skriv inn navnet på sponsoren.']);
    expect(errors['sponsors.0.title']).toEqual(['Teksten kan være høyst 120 tegn.']);
    expect(errors['sponsors.1.name']).toEqual(['Skriv inn navnet på sponsoren.']);
    expect(errors.practicalSupport).toEqual(['Teksten kan være høyst 2000 tegn.']);
  });

  it('refuses a missing sponsor list and a bad cooperation id', () => {
    const errors = errorsOf({ cooperationId: 'x' });
    expect(errors.cooperationId).toEqual(['Ugyldig samarbeid.']);
    expect(errors.sponsors).toEqual(['Ugyldig liste over sponsorer.']);
  });

  it('refuses the same person twice for the same member and kind, on the later row', () => {
    const input = valid();
    input.sponsors.push({ memberId: MEMBER, kind: 'politisk', name: 'kari ordfører' });
    expect(errorsOf(input)).toEqual({ 'sponsors.2.name': ['Denne sponsoren er allerede lagt inn for deltakeren.'] });
  });

  it('allows an empty sponsor list: readiness, not validation, asks for sponsors', () => {
    expect(stotteSchema.safeParse({ ...valid(), sponsors: [] }).success).toBe(true);
  });
});

describe('stotteSchema messages', () => {
  it.each([null, 'x', 42, [], {}, { cooperationId: 1, sponsors: [null, 'x', { id: 5, memberId: [], kind: {}, name: [], title: 3, leaderContact: true, reconfirm: 'ja' }], practicalSupport: false }])(
    'are Norwegian sentences for garbage (%j)',
    (garbage) => {
      const messages = Object.values(errorsOf(garbage)).flat();
      expect(messages.length).toBeGreaterThan(0);
      for (const m of messages) expect(m).not.toMatch(/invalid|expected|received/i);
    },
  );
});
