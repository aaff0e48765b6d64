// Opaque paging cursors: the key of the last row of a page, wrapped so clients treat it as a
// token and never build one themselves (the key may change shape in a later version). The
// wrapper carries the kind of list, so a cursor from one list is refused by another.
import { z } from '@/lib/pure/validation/zod';

export type CursorKind = 'samarbeid' | 'kommune' | 'oppgavefelt';

const KEY_PATTERN: Readonly<Record<CursorKind, RegExp>> = {
  samarbeid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  kommune: /^\d{4}$/,
  oppgavefelt: /^\d{1,9}$/,
};

export const INVALID_CURSOR = 'Markøren er ugyldig. Bruk markøren fra paging.nextCursor i forrige svar, eller utelat den for å begynne på første side.';

export function encodeCursor(kind: CursorKind, after: string): string {
  return Buffer.from(JSON.stringify({ v: 1, k: kind, a: after }), 'utf8').toString('base64url');
}

/** The key to continue after, or null when the cursor is not one this list handed out. */
export function decodeCursor(kind: CursorKind, cursor: string): string | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (typeof value !== 'object' || value === null) return null;
    const { v, k, a } = value as Record<string, unknown>;
    return v === 1 && k === kind && typeof a === 'string' && KEY_PATTERN[kind].test(a) ? a : null;
  } catch {
    return null;
  }
}

/** The `cursor` query parameter of a list: decoded to the key, or a Norwegian field error. */
export function cursorParam(kind: CursorKind) {
  return z
    .string()
    .max(200, { error: INVALID_CURSOR })
    .transform((cursor, ctx) => {
      const after = decodeCursor(kind, cursor);
      if (after === null) {
        ctx.issues.push({ code: 'custom', message: INVALID_CURSOR, input: cursor });
        return z.NEVER;
      }
      return after;
    })
    .optional()
    .meta({ description: 'Markøren fra `paging.nextCursor` i forrige svar. Utelates for første side.' });
}
