// The instrument form's custom choice and status labels, without zod: the form in the browser uses them.
import type { InstrumentStatus } from '@/lib/pure/domain/dossier';

/** The select value for "a custom instrument"; stored as code null. */
export const CUSTOM_INSTRUMENT = 'egendefinert';

export const INSTRUMENT_STATUS_LABELS: Record<InstrumentStatus, string> = { planlagt: 'Planlagt', etablert: 'Etablert' };
