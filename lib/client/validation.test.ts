// The forms' resolver words zod's message references with the reader's words, nested fields too.
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import { textTooLong } from '@/lib/pure/validation/messages';
import { z } from '@/lib/pure/validation/zod';
import { zodResolverInWords } from './validation';
import { rememberValidationWords, validationMessage } from './validation-words';
import { applyFieldErrors } from './forms';

const schema = z.object({ name: z.string().max(3, textTooLong(3)), items: z.array(z.object({ note: z.string('Skriv et notat.') })) });
const options = { fields: {}, shouldUseNativeValidation: false } as const;

describe('zodResolverInWords', () => {
  it("words every message in the provider's words, and leaves plain text alone", async () => {
    rememberValidationWords(CATALOGUES.nn.validering);
    const resolver = zodResolverInWords(() => Promise.resolve(schema));
    const result = await resolver({ name: 'for lang', items: [{ note: 5 }] } as never, undefined, options);
    expect(result.errors).toMatchObject({ name: { message: 'Teksten kan vere høgst 3 teikn.' }, items: [{ note: { message: 'Skriv et notat.' } }] });
    rememberValidationWords(CATALOGUES.en.validering);
    const english = await resolver({ name: 'abcd', items: [] } as never, undefined, options);
    expect(english.errors).toMatchObject({ name: { message: 'The text can be at most 3 characters.' } });
  });

  it('words field errors from the server too, and messages outside a form', () => {
    rememberValidationWords(CATALOGUES.en.validering);
    const set: Record<string, string | undefined> = {};
    applyFieldErrors({ ok: false, code: 'invalid', message: 'x', fieldErrors: { name: [textTooLong(3), 'Opptatt.'] } }, (field, error) => {
      set[field] = error.message;
    });
    expect(set).toEqual({ name: 'The text can be at most 3 characters. Opptatt.' });
    expect(validationMessage(textTooLong(3), CATALOGUES.nb.validering)).toBe('Teksten kan være høyst 3 tegn.');
  });
});

describe('the schema loaded on demand', () => {
  it('is loaded once, at the first validation or preload, and a failed download is tried again', async () => {
    let loads = 0;
    let fail = true;
    const resolver = zodResolverInWords(() => {
      loads += 1;
      return fail ? Promise.reject(new Error('nettverksfeil')) : Promise.resolve(schema);
    });
    expect(loads).toBe(0);
    await expect(resolver({ name: 'abcd', items: [] } as never, undefined, options)).rejects.toThrow('nettverksfeil');
    fail = false;
    resolver.preload();
    const result = await resolver({ name: 'abcd', items: [] } as never, undefined, options);
    expect(result.errors).toHaveProperty('name');
    await resolver({ name: 'ab', items: [] } as never, undefined, options);
    expect(loads).toBe(2);
  });
});

