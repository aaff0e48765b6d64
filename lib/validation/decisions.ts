// Recording one member's decision (vedtak) in the open round of member decisions.
import { z } from 'zod';
import { cooperationIdField, optionalText, requiredText } from './phases/common';
import type { DecisionOutcome } from '@/lib/domain/dossier';
import { isIsoDate } from '@/lib/domain/iso-date';

export const DECISION_OUTCOMES = ['tilslutning', 'avslag', 'utsatt'] as const satisfies readonly DecisionOutcome[];

export const OUTCOME_LABELS: Record<DecisionOutcome, string> = {
  tilslutning: 'Tilslutning',
  avslag: 'Avslag',
  utsatt: 'Utsatt',
};

/** Suggestions for the deciding body; any other body may be typed. */
export const DECISION_BODY_SUGGESTIONS = ['Kommunestyret', 'Fylkestinget', 'Bystyret', 'Formannskapet', 'Representantskapet', 'Styret'] as const;

/** Today's calendar day in Norway: a decision taken this evening is not "in the future". */
export function norwegianToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

export const recordDecisionSchema = z.object({
  cooperationId: cooperationIdField(),
  memberId: z.uuid('Velg deltakeren som har behandlet saken.'),
  body: requiredText('Skriv hvilket organ som behandlet saken.', 120),
  date: z
    .string('Skriv inn datoen for vedtaket.')
    .trim()
    .min(1, { error: 'Skriv inn datoen for vedtaket.', abort: true })
    .refine(isIsoDate, { error: 'Skriv inn en gyldig dato.', abort: true })
    .refine((d) => d >= '1950-01-01', { error: 'Datoen ser ut til å være feil.', abort: true })
    .refine((d) => d <= norwegianToday(), 'Datoen kan ikke være fram i tid.'),
  saksnummer: optionalText(60),
  outcome: z.enum(DECISION_OUTCOMES, 'Velg utfallet av behandlingen.'),
  url: z
    .string('Skriv inn en nettadresse.')
    .trim()
    .max(2000, 'Nettadressen kan være høyst 2000 tegn.')
    .nullish()
    .transform((v) => (v ? v : null))
    .pipe(z.httpUrl('Skriv inn en gyldig nettadresse som begynner med https://').nullable()),
}, 'Skjemaet kunne ikke leses. Last siden på nytt og prøv igjen.');

export type RecordDecisionInput = z.input<typeof recordDecisionSchema>;
export type RecordDecisionValues = z.output<typeof recordDecisionSchema>;
