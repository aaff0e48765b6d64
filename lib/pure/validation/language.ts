// The language settings: a user's own language (profile) and a municipality's målform
// (administration). Each form sends the value it was loaded with, so a save over someone
// else's newer choice is refused as a conflict instead of silently overwriting it.
import { z } from '@/lib/pure/validation/zod';
import { LOCALES, MAALFORMER } from '@/lib/pure/i18n/locales';
import { msg } from '@/lib/pure/validation/reference';

/** '' in a form means "no language of my own": follow the switcher and the browser. */
const languageChoice = z.preprocess((v) => (v === '' ? null : v), z.enum(LOCALES, { error: msg('languageChoice') }).nullable());

export const setLanguageSchema = z.object({
  language: languageChoice,
  expected: languageChoice,
});

export const setMaalformSchema = z.object({
  kommunenummer: z.string().regex(/^(\d{2}|\d{4})$/, { error: msg('municipalityNumberUnknown') }),
  maalform: z.enum(MAALFORMER, { error: msg('maalformChoice') }),
  expected: z.enum(MAALFORMER, { error: msg('maalformChoice') }),
});

export type SetLanguageInput = z.input<typeof setLanguageSchema>;
export type SetMaalformInput = z.input<typeof setMaalformSchema>;
