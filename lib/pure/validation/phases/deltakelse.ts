// Deltakelse: representation per member, the anchoring plan (forankringspunkter), the
// information plan and the informal contact. The form keeps an anchoring point flat (trigger
// type + frequency + event, scope + members) so every field has its own error path; the
// action turns it into the domain's AnchoringPoint. Output is valid input again.
import { z } from '@/lib/pure/validation/zod';
import { cooperationIdField, optionalChoice, optionalText, requiredText, versionField } from './common';
import { ANCHORING_EVENTS, ANCHORING_KINDS, ANCHORING_LEVELS, AUDIENCES, FREQUENCIES, type AnchoringEvent, type AnchoringKind, type AnchoringLevel, type Audience, type Frequency } from '@/lib/pure/domain/dossier';
import { FORM_UNREADABLE } from '@/lib/pure/validation/messages';

const rowId = z
  .union([z.uuid('Ugyldig id.'), z.literal('')], 'Ugyldig id.')
  .nullish()
  .transform((v) => (v ? v : null));

export const ANCHORING_KIND_LABELS: Record<AnchoringKind, string> = { formell: 'Formell', uformell: 'Uformell' };
export const ANCHORING_LEVEL_LABELS: Record<AnchoringLevel, string> = { politisk: 'Politisk', administrativ: 'Administrativ' };
export const FREQUENCY_LABELS: Record<Frequency, string> = {
  maanedlig: 'Hver måned',
  kvartalsvis: 'Hvert kvartal',
  halvaarlig: 'Hvert halvår',
  aarlig: 'Hvert år',
};
export const EVENT_LABELS: Record<AnchoringEvent, string> = {
  budsjett: 'Budsjett og økonomiplan',
  aarsmelding: 'Årsmelding og regnskap',
  vedtektsendring: 'Endring av avtale eller vedtekter',
  stor_beslutning: 'Store beslutninger',
  valg: 'Etter kommunevalg',
};
/** Suggestions for the body field; any other body may be typed. */
export const BODY_SUGGESTIONS = [
  'Kommunestyret',
  'Formannskapet',
  'Hovedutvalg',
  'Kontrollutvalget',
  'Rådmannens ledergruppe',
  'Representantskapet',
  'Eiermøte',
] as const;

export const AUDIENCE_LABELS: Record<Audience, string> = {
  politikere: 'Politikere',
  administrasjon: 'Administrasjonen',
  medlemmer: 'Deltakerkommunene',
  ansatte: 'Ansatte',
  innbyggere: 'Innbyggere',
  media: 'Media',
};
/** Suggestions for the channel field; any other channel may be typed. */
export const CHANNEL_SUGGESTIONS = [
  'Orienteringssak',
  'Nettside',
  'Informasjonsmøte',
  'Nyhetsbrev',
  'Årsmelding',
  'Publiserte referater',
] as const;

export const memberParticipationSchema = z.object({
  memberId: z.uuid('Ukjent deltaker.'),
  representatives: z
    .number('Skriv antall representanter som et helt tall.')
    .int('Skriv antall representanter som et helt tall.')
    .min(0, 'Antallet kan ikke være negativt.')
    .max(50, 'Antallet kan være høyst 50.'),
  contactPerson: optionalText(200),
  contactPublic: z.boolean('Velg om kontaktopplysningene skal være offentlige.'),
}, 'Ugyldig rad i listen over deltakere.');

export const anchoringPointSchema = z
  .object({
    id: rowId,
    kind: z.enum(ANCHORING_KINDS, 'Velg formell eller uformell forankring.'),
    level: z.enum(ANCHORING_LEVELS, 'Velg politisk eller administrativt nivå.'),
    body: requiredText('Velg eller skriv inn organet.', 120),
    triggerType: z.enum(['periodisk', 'hendelse'], 'Velg om forankringen skjer fast eller ved en hendelse.'),
    frequency: optionalChoice(FREQUENCIES, 'Velg hvor ofte.'),
    event: optionalChoice(ANCHORING_EVENTS, 'Velg hendelsen.'),
    scope: z.enum(['alle', 'utvalgte'], 'Velg hvilke deltakere punktet gjelder.'),
    memberIds: z.array(z.uuid('Ukjent deltaker.'), 'Velg deltakere fra listen.').max(100, 'For mange deltakere.'),
    description: optionalText(1000),
  }, 'Ugyldig forankringspunkt.')
  .superRefine((p, ctx) => {
    if (p.triggerType === 'periodisk' && !p.frequency) ctx.addIssue({ code: 'custom', path: ['frequency'], message: 'Velg hvor ofte.' });
    if (p.triggerType === 'hendelse' && !p.event) ctx.addIssue({ code: 'custom', path: ['event'], message: 'Velg hendelsen.' });
    if (p.scope === 'utvalgte' && p.memberIds.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['memberIds'], message: 'Velg minst én deltaker, eller velg «Alle deltakerne».' });
    }
  });

export const informationItemSchema = z.object({
  id: rowId,
  audience: z.enum(AUDIENCES, 'Velg målgruppe.'),
  content: requiredText('Skriv hva som skal formidles.', 500),
  timing: requiredText('Skriv når eller hvor ofte.', 200),
  channel: requiredText('Velg eller skriv inn kanal.', 120),
  place: optionalText(200),
  responsible: requiredText('Skriv hvem som har ansvaret.', 200),
}, 'Ugyldig tiltak i informasjonsplanen.');

export const deltakelseSchema = z
  .object({
    cooperationId: cooperationIdField(),
    version: versionField(),
    members: z.array(memberParticipationSchema, 'Ugyldig liste over deltakere.').max(100, 'For mange deltakere.'),
    representation: optionalText(2000),
    anchoringPoints: z.array(anchoringPointSchema, 'Ugyldig forankringsplan.').max(100, 'Høyst 100 forankringspunkter.'),
    informationItems: z.array(informationItemSchema, 'Ugyldig informasjonsplan.').max(200, 'Høyst 200 tiltak i informasjonsplanen.'),
    informalContact: optionalText(2000),
  }, FORM_UNREADABLE)
  .superRefine((v, ctx) => {
    const seen = new Set<string>();
    v.members.forEach((m, i) => {
      if (seen.has(m.memberId)) ctx.addIssue({ code: 'custom', path: ['members', i, 'memberId'], message: 'Deltakeren står to ganger.' });
      seen.add(m.memberId);
    });
  });

export type DeltakelseInput = z.input<typeof deltakelseSchema>;
export type DeltakelseValues = z.output<typeof deltakelseSchema>;
export type AnchoringPointInput = z.input<typeof anchoringPointSchema>;
export type AnchoringPointValues = z.output<typeof anchoringPointSchema>;
export type InformationItemInput = z.input<typeof informationItemSchema>;

/** True when the plan has at least one item for citizens: the weak point the research names. */
export function reachesCitizens(items: readonly { audience?: string | null }[]): boolean {
  return items.some((i) => i.audience === 'innbyggere');
}
