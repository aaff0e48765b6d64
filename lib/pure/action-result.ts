// The result every server action returns; safe to import from client components.
import type { ActionErrorCode } from './refusals';

export type { ActionErrorCode };
export type FieldErrors = Record<string, string[]>;

/** One field someone else changed: the change log's row as the conflict shows it. */
export interface ConflictChange {
  section: string;
  /** The field's name in the request's language (lib/pure/domain/change-log-words.ts). */
  field: string;
  /** 'nb' when the name could only be shown as the change log stored it (bokmål) on a page in another language. */
  fieldLang?: 'nb';
  old: string | null;
  new: string | null;
  actorName: string;
  at: string;
}

/**
 * A save refused because someone else saved the same form after it was loaded: the newer
 * version, the form's values as stored now, and what was changed since.
 */
export interface SaveConflict {
  version: number;
  values: unknown;
  changes: ConflictChange[];
}

export type ActionResult<T = null> =
  | { ok: true; data: T; message?: string }
  | { ok: false; code: ActionErrorCode; message: string; fieldErrors?: FieldErrors; conflict?: SaveConflict };
