// Deltakelse: representation per member, the anchoring plan (forankringspunkter), the
// information plan and the informal contact. The form keeps an anchoring point flat (trigger
// type + frequency + event, scope + members) so every field has its own error path; the
// action turns it into the domain's AnchoringPoint. Output is valid input again.
import { z } from '@/lib/pure/validation/zod';
import { cooperationIdField, optionalChoice, optionalText, requiredText, versionField } from './common';
import { ANCHORING_EVENTS, ANCHORING_KINDS, ANCHORING_LEVELS, AUDIENCES, FREQUENCIES, type AnchoringEvent, type AnchoringKind, type AnchoringLevel, type Audience, type Frequency } from '@/lib/pure/domain/dossier';
import { FORM_UNREADABLE } from '@/lib/pure/validation/messages';
import { msg } from '@/lib/pure/validation/reference';
export { BODY_SUGGESTIONS, CHANNEL_SUGGESTIONS, reachesCitizens } from './deltakelse-options';

const rowId = z
  .union([z.uuid(msg('idInvalid')), z.literal('')], msg('idInvalid'))
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

export const AUDIENCE_LABELS: Record<Audience, string> = {
  politikere: 'Politikere',
  administrasjon: 'Administrasjonen',
  medlemmer: 'Deltakerkommunene',
  ansatte: 'Ansatte',
  innbyggere: 'Innbyggere',
  media: 'Media',
};

export const memberParticipationSchema = z.object({
  memberId: z.uuid(msg('memberUnknown')),
  representatives: z
    .number(msg('representatives'))
    .int(msg('representatives'))
    .min(0, msg('countNegative'))
    .max(50, msg('countMax50')),
  contactPerson: optionalText(200),
  contactPublic: z.boolean(msg('contactPublic')),
}, msg('memberRowInvalid'));

export const anchoringPointSchema = z
  .object({
    id: rowId,
    kind: z.enum(ANCHORING_KINDS, msg('anchoringKind')),
    level: z.enum(ANCHORING_LEVELS, msg('anchoringLevel')),
    body: requiredText(msg('anchoringBody'), 120),
    triggerType: z.enum(['periodisk', 'hendelse'], msg('anchoringTrigger')),
    frequency: optionalChoice(FREQUENCIES, msg('anchoringFrequency')),
    event: optionalChoice(ANCHORING_EVENTS, msg('anchoringEvent')),
    scope: z.enum(['alle', 'utvalgte'], msg('anchoringScope')),
    memberIds: z.array(z.uuid(msg('memberUnknown')), msg('membersFromList')).max(100, msg('membersTooMany')),
    description: optionalText(1000),
  }, msg('anchoringPointInvalid'))
  .superRefine((p, ctx) => {
    if (p.triggerType === 'periodisk' && !p.frequency) ctx.addIssue({ code: 'custom', path: ['frequency'], message: msg('anchoringFrequency') });
    if (p.triggerType === 'hendelse' && !p.event) ctx.addIssue({ code: 'custom', path: ['event'], message: msg('anchoringEvent') });
    if (p.scope === 'utvalgte' && p.memberIds.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['memberIds'], message: msg('anchoringMembers') });
    }
  });

export const informationItemSchema = z.object({
  id: rowId,
  audience: z.enum(AUDIENCES, msg('audience')),
  content: requiredText(msg('informationContent'), 500),
  timing: requiredText(msg('informationTiming'), 200),
  channel: requiredText(msg('informationChannel'), 120),
  place: optionalText(200),
  responsible: requiredText(msg('informationResponsible'), 200),
}, msg('informationItemInvalid'));

export const deltakelseSchema = z
  .object({
    cooperationId: cooperationIdField(),
    version: versionField(),
    members: z.array(memberParticipationSchema, msg('membersListInvalid')).max(100, msg('membersTooMany')),
    representation: optionalText(2000),
    anchoringPoints: z.array(anchoringPointSchema, msg('anchoringPlanInvalid')).max(100, msg('anchoringPointsTooMany')),
    informationItems: z.array(informationItemSchema, msg('informationPlanInvalid')).max(200, msg('informationItemsTooMany')),
    informalContact: optionalText(2000),
  }, FORM_UNREADABLE)
  .superRefine((v, ctx) => {
    const seen = new Set<string>();
    v.members.forEach((m, i) => {
      if (seen.has(m.memberId)) ctx.addIssue({ code: 'custom', path: ['members', i, 'memberId'], message: msg('memberTwiceShort') });
      seen.add(m.memberId);
    });
  });

export type DeltakelseInput = z.input<typeof deltakelseSchema>;
export type DeltakelseValues = z.output<typeof deltakelseSchema>;
export type AnchoringPointInput = z.input<typeof anchoringPointSchema>;
export type AnchoringPointValues = z.output<typeof anchoringPointSchema>;
export type InformationItemInput = z.input<typeof informationItemSchema>;

