// The lifecycle's events: their types, Norwegian button labels, and what a guarded event
// needs before it is allowed. Guarded events carry the ReadinessFacts the runner computed
// from the dossier, so the machine itself never reads data.

import type { Phase } from '@/lib/pure/domain/dossier';
import type { ReadinessFacts } from '@/lib/pure/domain/readiness';

export const COOPERATION_EVENT_TYPES = [
  'START_ETABLERING',
  'REGISTRER_EKSISTERENDE',
  'VELG_FASE',
  'SEND_TIL_MEDLEMSVEDTAK',
  'ALLE_VEDTAK_FATTET',
  'VEDTAK_AVSLAG_TIL_DESIGN',
  'VEDTAK_AVSLAG_AVBRYT',
  'FORKAST_ENDRINGER',
  'AVBRYT',
  'START_EVALUERING',
  'AVSLUTT_EVALUERING',
  'BESLUTT_OPPRETTHOLDE',
  'BESLUTT_REDESIGN',
  'BESLUTT_AVVIKLE',
  'ENDRINGSFORSLAG',
  'AVVIKLING_FULLFORT',
] as const;
export type CooperationEventType = (typeof COOPERATION_EVENT_TYPES)[number];

/** Events whose guards read readiness facts. */
export const FACT_EVENT_TYPES = [
  'SEND_TIL_MEDLEMSVEDTAK',
  'ALLE_VEDTAK_FATTET',
  'VEDTAK_AVSLAG_TIL_DESIGN',
  'VEDTAK_AVSLAG_AVBRYT',
  'AVSLUTT_EVALUERING',
  'AVVIKLING_FULLFORT',
] as const satisfies readonly CooperationEventType[];
export type FactEventType = (typeof FACT_EVENT_TYPES)[number];

type PlainEventType = Exclude<CooperationEventType, FactEventType | 'VELG_FASE'>;

// Mapped to one object type per event so xstate can narrow the event inside each transition.
export type CooperationEvent =
  | { [K in PlainEventType]: { type: K } }[PlainEventType]
  | { type: 'VELG_FASE'; phase: Phase }
  | { [K in FactEventType]: { type: K; facts: ReadinessFacts } }[FactEventType];

export function isFactEventType(type: CooperationEventType): type is FactEventType {
  return (FACT_EVENT_TYPES as readonly string[]).includes(type);
}

/**
 * Builds the event for a type, so a runner can treat every button alike: facts are attached
 * where a guard reads them, and the phase only to VELG_FASE. Throws when VELG_FASE lacks a phase.
 */
export function cooperationEvent(
  type: CooperationEventType,
  args: { facts: ReadinessFacts; phase?: Phase },
): CooperationEvent {
  if (type === 'VELG_FASE') {
    if (args.phase === undefined) throw new Error('VELG_FASE krever en fase.');
    return { type, phase: args.phase };
  }
  return isFactEventType(type) ? { type, facts: args.facts } : { type };
}

export const EVENT_LABELS: Record<CooperationEventType, string> = {
  START_ETABLERING: 'Start etablering',
  REGISTRER_EKSISTERENDE: 'Registrer som eksisterende samarbeid',
  VELG_FASE: 'Gå til fase',
  SEND_TIL_MEDLEMSVEDTAK: 'Send til vedtak i deltakerne',
  ALLE_VEDTAK_FATTET: 'Alle deltakere har sluttet seg til',
  VEDTAK_AVSLAG_TIL_DESIGN: 'Avslag: tilbake til design',
  VEDTAK_AVSLAG_AVBRYT: 'Avslag: avbryt etableringen',
  FORKAST_ENDRINGER: 'Forkast endringene og fortsett driften',
  AVBRYT: 'Avbryt etableringen',
  START_EVALUERING: 'Start evaluering',
  AVSLUTT_EVALUERING: 'Avslutt evalueringen',
  BESLUTT_OPPRETTHOLDE: 'Beslutt å opprettholde',
  BESLUTT_REDESIGN: 'Beslutt redesign',
  BESLUTT_AVVIKLE: 'Beslutt å avvikle',
  ENDRINGSFORSLAG: 'Foreslå endring',
  AVVIKLING_FULLFORT: 'Fullfør avviklingen',
};

/** What must hold before a guarded event is allowed, for the text beside a disabled button. */
export const EVENT_REQUIREMENTS: Record<FactEventType, string> = {
  SEND_TIL_MEDLEMSVEDTAK: 'Alle fire faser må være klare: innramming, design, støtte og deltakelse.',
  ALLE_VEDTAK_FATTET: 'Alle deltakere må ha vedtatt tilslutning i denne vedtaksrunden.',
  VEDTAK_AVSLAG_TIL_DESIGN: 'Minst én deltaker må ha vedtatt avslag i denne vedtaksrunden.',
  VEDTAK_AVSLAG_AVBRYT: 'Minst én deltaker må ha vedtatt avslag i denne vedtaksrunden.',
  AVSLUTT_EVALUERING: 'Evalueringsrunden må være lukket.',
  AVVIKLING_FULLFORT: 'Sjekklisten for avvikling må være fullført.',
};
