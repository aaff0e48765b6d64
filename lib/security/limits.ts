// Request size limits, shared by proxy.ts and next.config.js's serverActions.bodySizeLimit so
// the friendly 413 and Next's own limit agree.
/** Server actions carry form data; no form here comes near 1 MiB. */
export const MAX_ACTION_BODY_BYTES = 1024 * 1024;
/** Anything else with a body (route handlers, next-auth). */
export const MAX_OTHER_BODY_BYTES = 10 * 1024 * 1024;

export const BODY_TOO_LARGE_MESSAGE = 'Forespørselen er for stor. Lagre mindre om gangen, eller kontakt systemforvalteren.';
export const LENGTH_REQUIRED_MESSAGE = 'Forespørselen mangler lengdeangivelse (Content-Length) og ble avvist.';
