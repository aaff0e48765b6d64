// The result every server action returns; safe to import from client components.
export type FieldErrors = Record<string, string[]>;
export type ActionErrorCode = 'unauthenticated' | 'forbidden' | 'invalid' | 'not_found' | 'conflict' | 'error';

export type ActionResult<T = null> =
  | { ok: true; data: T; message?: string }
  | { ok: false; code: ActionErrorCode; message: string; fieldErrors?: FieldErrors };
