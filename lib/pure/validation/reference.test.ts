import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import { z } from '@/lib/pure/validation/zod';
import { fieldErrorsIn } from './field-errors';
import { FORM_UNREADABLE, textTooLong, URL_TOO_LONG } from './messages';
import { isValidationReference, msg, REFERENCE_PREFIX, validationText } from './reference';

const words = { nb: CATALOGUES.nb.validering, nn: CATALOGUES.nn.validering, en: CATALOGUES.en.validering };

describe('msg and validationText', () => {
  it('encodes a key and its values behind a prefix no sentence starts with', () => {
    expect(msg('textTooLong', { max: 200 })).toBe(`${REFERENCE_PREFIX}textTooLong{"max":200}`);
    expect(msg('formUnreadable')).toBe(`${REFERENCE_PREFIX}formUnreadable`);
    expect(isValidationReference(msg('formUnreadable'))).toBe(true);
    expect(isValidationReference('Skriv inn en nettadresse.')).toBe(false);
  });

  it('words a reference in bokmål exactly as before, and in nynorsk and English', () => {
    expect(validationText(textTooLong(200), words.nb)).toBe('Teksten kan være høyst 200 tegn.');
    expect(validationText(textTooLong(200), words.nn)).toBe('Teksten kan vere høgst 200 teikn.');
    expect(validationText(textTooLong(200), words.en)).toBe('The text can be at most 200 characters.');
    expect(validationText(FORM_UNREADABLE, words.nb)).toBe('Skjemaet kunne ikke leses. Last siden på nytt og prøv igjen.');
    expect(validationText(FORM_UNREADABLE, words.nn)).toBe('Skjemaet kunne ikkje lesast. Last sida på nytt og prøv igjen.');
    expect(validationText(URL_TOO_LONG, words.en)).toBe('The web address can be at most 2000 characters.');
  });

  it('fills in values, and words a value that is itself a reference', () => {
    expect(validationText(msg('hostCompensationMissing', { hosts: 'Arendal kommune' }), words.nn)).toBe(
      'Oppgi kompensasjonen til Arendal kommune som vertskommune, som årleg beløp eller som skildring.',
    );
    expect(validationText(`${REFERENCE_PREFIX}unknownFields{"keys":"${REFERENCE_PREFIX}required"}`, words.en)).toBe('The form contained unknown fields: This field is required..');
  });

  it('passes plain text through unchanged', () => {
    expect(validationText('Skriv inn en nettadresse.', words.en)).toBe('Skriv inn en nettadresse.');
    expect(validationText('', words.nn)).toBe('');
    expect(validationText('{max} tegn', words.nb)).toBe('{max} tegn');
  });

  it('never shows a key: an unknown key or missing words give the generic message', () => {
    expect(validationText(`${REFERENCE_PREFIX}noSuchKey`, words.nn)).toBe('Ugyldig verdi.');
    expect(validationText(`${REFERENCE_PREFIX}noSuchKey`, words.en)).toBe('Invalid value.');
    expect(validationText(textTooLong(5), {})).toBe('Ugyldig verdi.');
    expect(validationText(`${REFERENCE_PREFIX}textTooLong{broken`, words.nb)).toBe('Teksten kan være høyst {max} tegn.');
  });
});

describe("zod's own messages", () => {
  const schema = z.object({ name: z.string().max(3), count: z.number().min(2), email: z.email(), kind: z.enum(['a', 'b']), tags: z.array(z.string()).min(1) });
  const bad = { name: 'abcd', count: 1, email: 'x', kind: 'c', tags: [] };

  it('are references, worded in each language', () => {
    const error = schema.safeParse(bad).error!;
    expect(error.issues.every((i) => isValidationReference(i.message))).toBe(true);
    expect(fieldErrorsIn(error, words.nb)).toEqual({
      name: ['Teksten kan være høyst 3 tegn.'],
      count: ['Verdien må være minst 2.'],
      email: ['Skriv inn en gyldig e-postadresse.'],
      kind: ['Ugyldig valg.'],
      tags: ['Velg minst 1.'],
    });
    expect(fieldErrorsIn(error, words.nn)).toMatchObject({ name: ['Teksten kan vere høgst 3 teikn.'], kind: ['Ugyldig val.'] });
    expect(fieldErrorsIn(error, words.en)).toMatchObject({ count: ['The value must be at least 2.'], email: ['Enter a valid email address.'] });
    expect(fieldErrorsIn(z.string().safeParse(5).error!, words.en)).toEqual({ _form: ['Invalid value.'] });
  });

  it("leave a schema's own message alone", () => {
    expect(z.string('Skriv noe.').safeParse(1).error!.issues[0]!.message).toBe('Skriv noe.');
  });
});
