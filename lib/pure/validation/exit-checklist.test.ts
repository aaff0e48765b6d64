import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import { fieldErrorsIn } from '@/lib/pure/validation/field-errors';
import { EXIT_ITEMS, exitChecklistMissing } from '@/lib/pure/domain/exit-checklist';
import { completeExitSchema, describeExitChecklist, EXIT_VALIDATION_MESSAGES as M, exitChecklistFormValues, exitChecklistSchema, storedExitChecklistValues } from './exit-checklist';
import { nb } from '@/testing/validation-words';

const COOP = '5f0c5a52-3f0e-4a57-9a34-0d1c7d3b8b11';

const errorsOf = (input: unknown) => {
  const r = exitChecklistSchema.safeParse(input);
  if (r.success) throw new Error('expected failure');
  return fieldErrorsIn(r.error, CATALOGUES.nb.validering);
};

describe('exitChecklistSchema', () => {
  it('reads an empty form as nothing done, every item present', () => {
    const parsed = exitChecklistSchema.parse(exitChecklistFormValues(COOP, null));
    expect(Object.keys(parsed.items)).toEqual(EXIT_ITEMS.map((i) => i.id));
    expect(exitChecklistMissing(parsed.items)).toHaveLength(EXIT_ITEMS.length);
    expect(parsed.items.arkiv).toEqual({ done: false, note: null });
  });

  it('keeps a note on an item not yet done, trimmed', () => {
    const values = exitChecklistFormValues(COOP, null);
    values.items.arkiv = { done: false, note: '  Venter på svar fra IKA Agder. ' };
    expect(exitChecklistSchema.parse(values).items.arkiv).toEqual({ done: false, note: 'Venter på svar fra IKA Agder.' });
  });

  it('needs a note for every item ticked off, and names each of them', () => {
    const values = exitChecklistFormValues(COOP, null);
    values.items.ansatte = { done: true, note: ' ' };
    values.items.avtaler = { done: true, note: '' };
    values.items.arkiv = { done: true, note: 'Kristiansand overtar arkivet, jf. representantskapets sak 3/26.' };
    expect(errorsOf(values)).toEqual({ 'items.ansatte.note': [nb(M.noteRequired)], 'items.avtaler.note': [nb(M.noteRequired)] });
  });

  it('drops unknown items and fills in missing ones', () => {
    const parsed = exitChecklistSchema.parse({ cooperationId: COOP, version: 0, items: { arkiv: { done: true, note: 'Avklart.' }, ukjent: { done: true, note: 'x' } } });
    expect(parsed.items).not.toHaveProperty('ukjent');
    expect(parsed.items.sluttrapport).toEqual({ done: false, note: null });
    expect(exitChecklistMissing(parsed.items)).toHaveLength(EXIT_ITEMS.length - 1);
  });

  it('refuses a tampered request with Norwegian messages', () => {
    expect(errorsOf({ cooperationId: 'x', items: { arkiv: { done: 'ja', note: 'y'.repeat(2001) } } })).toEqual({
      cooperationId: ['Ugyldig samarbeid.'],
      'items.arkiv.done': ['Skjemaet kunne ikke leses. Last siden på nytt og prøv igjen.'],
      'items.arkiv.note': ['Teksten kan være høyst 2000 tegn.'],
      version: ['Skjemaet kunne ikke leses. Last siden på nytt og prøv igjen.'],
    });
  });

  it('reads stored values back into the form', () => {
    const values = exitChecklistFormValues(COOP, { arkiv: { done: true, note: 'Avklart.' }, ansatte: undefined });
    expect(values.items.arkiv).toEqual({ done: true, note: 'Avklart.' });
    expect(values.items.ansatte).toEqual({ done: false, note: '' });
    expect(exitChecklistFormValues(COOP, null, 4).version).toBe(4);
  });

  it('describes an untouched form exactly as what is stored, so saving it changes nothing', () => {
    const stored = { arkiv: { done: true, note: ' Avklart. ' }, ansatte: { done: false, note: '' } };
    const untouched = exitChecklistSchema.parse(exitChecklistFormValues(COOP, stored, 2));
    expect(describeExitChecklist(untouched)).toEqual(describeExitChecklist(storedExitChecklistValues(stored)));
    expect(describeExitChecklist(untouched).find((f) => f.key === 'exit:arkiv')).toMatchObject({ field: 'Arkivansvaret er plassert', value: 'Ja – Avklart.' });
  });
});

describe('completeExitSchema', () => {
  it('needs the cooperation and the version the page showed', () => {
    expect(completeExitSchema.parse({ cooperationId: COOP, expectedVersion: 4 })).toEqual({ cooperationId: COOP, expectedVersion: 4 });
    expect(completeExitSchema.safeParse({ cooperationId: COOP }).success).toBe(false);
  });
});
