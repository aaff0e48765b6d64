// Request size limits, enforced by proxy.ts with a Norwegian 413 before Next reads the body.
// next.config.js's serverActions.bodySizeLimit is the largest of them, so Next's own limit
// (which fails with a 500) is never reached.
/** Server actions carry form data; no form here comes near 1 MiB. */
export const MAX_ACTION_BODY_BYTES = 1024 * 1024;
/**
 * Pages whose server actions take an uploaded file: the spreadsheet import (files up to 2 MB,
 * lib/pure/validation/import.ts, plus the multipart framing). Equal to next.config.js's
 * serverActions.bodySizeLimit ('3mb'), so Next's own limit is never the one a user meets.
 */
export const UPLOAD_ACTION_PATHS: readonly string[] = ['/samarbeid/importer'];
export const MAX_UPLOAD_ACTION_BODY_BYTES = 3 * 1024 * 1024;

/** The largest body a request to `pathname` may carry. */
export function maxBodyBytes(pathname: string, isAction: boolean): number {
  if (!isAction) return MAX_OTHER_BODY_BYTES;
  return UPLOAD_ACTION_PATHS.includes(pathname) ? MAX_UPLOAD_ACTION_BODY_BYTES : MAX_ACTION_BODY_BYTES;
}
/** Anything else with a body (route handlers, next-auth). */
export const MAX_OTHER_BODY_BYTES = 10 * 1024 * 1024;
/**
 * Room for a multipart upload's boundaries and part headers around the file: a route that takes
 * a file of at most N bytes refuses bodies over N + this itself, with its own message, and keeps
 * N + this within MAX_OTHER_BODY_BYTES (the minutes upload, lib/pure/validation/bodies.ts).
 */
export const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

export const BODY_TOO_LARGE_MESSAGE = 'Forespørselen er for stor. Lagre mindre om gangen, eller kontakt systemforvalteren.';
export const LENGTH_REQUIRED_MESSAGE = 'Forespørselen mangler lengdeangivelse (Content-Length) og ble avvist.';
