// The bodies' decision events and the minutes files accepted, without zod: the forms in the browser use them.
import type { BodyDecisionEvent } from '@/lib/pure/domain/dossier';

export const BODY_EVENTS = ['vedtektsendring', 'stor_beslutning'] as const satisfies readonly BodyDecisionEvent[];

/**
 * Minutes files: what municipalities publish minutes as, and a size a council system accepts.
 * With the multipart framing an upload of the largest file stays within the request limit for
 * route handlers (lib/pure/security/limits.ts), so the user meets this limit and its message first.
 */
export const MINUTES_FILE_TYPES = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
  'application/vnd.oasis.opendocument.text': 'OpenDocument-tekst',
} as const;

export const MINUTES_FILE_MAX_BYTES = 8 * 1024 * 1024;
