// Validation messages as stable references instead of prose: a schema says msg('textTooLong',
// { max: 200 }) and whoever shows the message turns it into text in the reader's language with
// validationText (the server in lib/server/action-core.ts, the browser in lib/client/validation.ts).
// The words are the catalogue's `validering` namespace (lib/pure/i18n/messages), handed in by the
// caller: this module imports no catalogue, so it costs the browser a few bytes only.
import type nb from '@/lib/pure/i18n/messages/nb.json';

export type ValidationKey = keyof (typeof nb)['validering'];
/** The `validering` namespace of one catalogue: key -> text with {name} placeholders. */
export type ValidationWords = Readonly<Record<string, string>>;
export type ValidationValues = Readonly<Record<string, string | number>>;

/** Marks a reference; no Norwegian or English sentence starts like this. */
export const REFERENCE_PREFIX = '§v:';

/** A reference to the message `key`, with the values its placeholders need. */
export function msg(key: ValidationKey, values?: ValidationValues): string {
  return REFERENCE_PREFIX + key + (values ? JSON.stringify(values) : '');
}

export const isValidationReference = (message: string): boolean => message.startsWith(REFERENCE_PREFIX);

/**
 * A reference in the given words; any other string unchanged. A value that is itself a
 * reference is worded too. An unknown key (or no words at all) gives the generic message,
 * never the key.
 */
export function validationText(message: string, words: ValidationWords): string {
  if (!message.startsWith(REFERENCE_PREFIX)) return message;
  const brace = message.indexOf('{');
  const key = message.slice(REFERENCE_PREFIX.length, brace < 0 ? undefined : brace);
  let values: Record<string, unknown> = {};
  try {
    if (brace >= 0) values = JSON.parse(message.slice(brace)) as Record<string, unknown>;
  } catch {
    // A damaged reference: its text without values.
  }
  const template = words[key] ?? words.invalid ?? 'Ugyldig verdi.';
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : typeof value === 'string' ? validationText(value, words) : String(value);
  });
}
