// The outcomes a logged anchoring occurrence can have, without zod: the form in the browser lists them.
import type { OccurrenceStatus } from '@/lib/pure/domain/dossier';

export const LOGGED_STATUSES = ['holdt', 'ikke_holdt', 'utsatt'] as const satisfies readonly OccurrenceStatus[];

export type LoggedStatus = (typeof LOGGED_STATUSES)[number];
