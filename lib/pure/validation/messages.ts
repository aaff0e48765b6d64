// The messages many forms share, so the same mistake reads the same everywhere (field-specific
// messages stay beside their schema). Message references (./reference.ts): the words are in the
// catalogues' `validering` namespace.
import { msg } from './reference';

/** A hidden field was changed or missing: nothing the user typed is wrong. */
export const FORM_UNREADABLE = msg('formUnreadable');
/** A date outside any sensible range (e.g. a mistyped year). */
export const DATE_IMPLAUSIBLE = msg('dateImplausible');
export const DATE_IN_FUTURE = msg('dateInFuture');
export const URL_MAX_LENGTH = 2000;
export const URL_TOO_LONG = msg('urlTooLong', { max: URL_MAX_LENGTH });
export const EMAIL_TOO_LONG = msg('emailTooLong');
export const MEMBER_REQUIRED = msg('memberRequired');

export const textTooLong = (max: number) => msg('textTooLong', { max });
