// Input that no form can produce and the database may choke on: control characters other
// than tab and line breaks (NUL fails in PostgreSQL text), and broken UTF-16 (lone
// surrogates). The action and route wrappers refuse such input before any schema runs.
import type { FieldErrors } from '@/lib/pure/action-result';

// C0 controls except \t \n \r, DEL and the C1 range; and a surrogate without its partner.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const CONTROL_CHAR_MESSAGE = 'Feltet inneholder tegn som ikke er tillatt (for eksempel usynlige kontrolltegn). Fjern dem og prøv igjen.';

export function hasForbiddenChars(value: string): boolean {
  return FORBIDDEN.test(value);
}

/** Field errors for every string (or key) holding forbidden characters; null when clean. */
export function controlCharErrors(input: unknown, maxDepth = 32): FieldErrors | null {
  const errors: FieldErrors = {};
  const visit = (value: unknown, path: string[], depth: number) => {
    if (typeof value === 'string') {
      if (hasForbiddenChars(value)) errors[path.length ? path.join('.') : '_form'] = [CONTROL_CHAR_MESSAGE];
      return;
    }
    if (!value || typeof value !== 'object' || depth > maxDepth) return;
    // Array.from, not map: a sparse array ([, x]) must not leave holes to trip over.
    const entries = Array.isArray(value) ? Array.from(value, (v, i) => [String(i), v] as const) : Object.entries(value);
    for (const [key, v] of entries) {
      if (hasForbiddenChars(key)) {
        errors._form = [CONTROL_CHAR_MESSAGE];
        continue;
      }
      visit(v, [...path, key], depth + 1);
    }
  };
  visit(input, [], 0);
  return Object.keys(errors).length ? errors : null;
}
