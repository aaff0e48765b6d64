// When a registered member decision may be corrected, and how much of it. A wrong date, body,
// case number or link is corrected at any time while the cooperation lives, with a reason
// that stays in the history. The outcome may change only while its round is open: once the
// lifecycle has moved on (into drift, back to design, or stopped) on the outcomes of a
// round, changing one afterwards would leave the history saying something it did not do;
// such a change is a new round of decisions. An ended cooperation's record stays as it was.
// The messages are bokmål; correctionMessage words them with a page's translator.
import { isEnded, type LifecycleState } from './dossier';

export const CORRECTION_MESSAGES = {
  ended: 'Samarbeidet er avsluttet. Vedtakene står som de ble registrert.',
  outcomeLocked:
    'Utfallet kan bare rettes mens vedtaksrunden er åpen. Livsløpet har gått videre på dette utfallet; trengs et nytt vedtak, sendes saken til deltakerne på nytt.',
  nothingChanged: 'Ingenting er endret. Rett minst ett av feltene, eller avbryt.',
  conflict: 'Vedtaket er rettet av noen andre etter at du åpnet skjemaet. Last siden på nytt for å se det som er lagret nå, og rett igjen om det trengs.',
  notFound: 'Fant ikke vedtaket. Det kan være fjernet sammen med deltakeren.',
} as const;

export type CorrectionMessage = keyof typeof CORRECTION_MESSAGES;

/** The catalogue keys of the messages (avvisning.aksjon); the nb catalogue holds the texts above word for word. */
export const CORRECTION_MESSAGE_KEYS = {
  ended: 'correctionEnded',
  outcomeLocked: 'correctionOutcomeLocked',
  nothingChanged: 'correctionNothingChanged',
  conflict: 'correctionConflict',
  notFound: 'correctionNotFound',
} as const satisfies Record<CorrectionMessage, string>;

/**
 * A message in the words of a translator of `avvisning.aksjon` (a page's getTranslations);
 * bokmål without one. The actions refuse in bokmål and authedAction words them per request.
 */
export function correctionMessage(message: CorrectionMessage, t?: (key: (typeof CORRECTION_MESSAGE_KEYS)[CorrectionMessage]) => string): string {
  return t ? t(CORRECTION_MESSAGE_KEYS[message]) : CORRECTION_MESSAGES[message];
}

export interface CorrectionScope {
  /** Any correction at all. */
  allowed: boolean;
  /** The outcome too (its round is the open one). */
  outcome: boolean;
}

/** What may be corrected in a decision of `decisionRound`, given the lifecycle state and the open round (null when none). */
export function correctionScope(state: LifecycleState, openRound: number | null, decisionRound: number): CorrectionScope {
  if (isEnded(state)) return { allowed: false, outcome: false };
  return { allowed: true, outcome: state === 'medlemsvedtak' && openRound === decisionRound };
}
