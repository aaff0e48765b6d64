// The design form: one schema for react-hook-form and the server action. Legal form and
// its rationale, member roles, governing bodies, the operative leader and the leader's
// mandate. Checks that need the stored cooperation (are these ids its members? may a legacy
// form be kept?) are the server handler's; everything decidable from the input is here.
import { z } from '@/lib/pure/validation/zod';
import { MEMBER_ROLES, type Dossier } from '@/lib/pure/domain/dossier';
import { legalForm } from '@/lib/pure/domain/legal-forms';
import { MIN_RATIONALE_LENGTH } from '@/lib/pure/domain/readiness-rules-design';
import { checkbox, cooperationIdField, memberIdField, numberField, numberToText, optionalChoice, optionalText, requiredText, versionField } from './common';
import { FORM_UNREADABLE } from '@/lib/pure/validation/messages';
import { msg } from '@/lib/pure/validation/reference';
import { BODY_KINDS, isBodyKind, RECRUITMENTS, MAX_BODIES, MAX_MANDATE_LINES, type BodyKind } from './design-options';
export { MEMBER_ROLE_LABELS, BODY_KINDS, isBodyKind, BODY_KIND_LABELS, RECRUITMENTS, RECRUITMENT_LABELS, MANDATE_LEVELS, MANDATE_LABELS, MAX_BODIES, MAX_MANDATE_LINES, emptyBodyInput } from './design-options';
export type { BodyKind, MandateLevel } from './design-options';

const optionalBodyId = z.union([z.uuid(), z.literal('')], { error: msg('bodyInvalid') }).optional();

const bodySchema = z.object(
  {
    id: optionalBodyId,
    name: requiredText(msg('bodyName'), 200),
    kind: z.enum(BODY_KINDS, { error: msg('bodyKind') }),
    /** Member id -> seats; empty means none. */
    seats: z.record(
      z.string(),
      numberField({ integer: true, min: 0, max: 50, invalid: msg('bodySeats') }),
      { error: msg('bodySeatsInvalid') },
    ),
    rotatingChair: checkbox(),
  },
  { error: msg('bodyInvalid') },
);

const mandateLines = z
  .array(z.object({ text: optionalText(300) }, { error: msg('mandateLineInvalid') }), { error: msg('mandateInvalid') })
  .max(MAX_MANDATE_LINES, msg('mandateTooManyLines', { max: MAX_MANDATE_LINES }));

const leaderSchema = z.object(
  {
    name: optionalText(200),
    title: optionalText(200),
    recruitment: optionalChoice(RECRUITMENTS, msg('recruitment')),
    funding: optionalText(2000),
  },
  { error: msg('leaderInvalid') },
);

/** The whole design: while establishing or redesigning. */
export const designSchema = z
  .object({
    /** Which sections the form sends: all of them ('alt') or those that may change in drift. */
    scope: z.literal('alt', { error: FORM_UNREADABLE }),
    cooperationId: cooperationIdField(),
    version: versionField(),
    legalForm: optionalText(60).refine((code) => code === null || legalForm(code) !== undefined, msg('legalForm')),
    legalFormRationale: optionalText(4000),
    members: z
      .array(
        z.object(
          { id: memberIdField(), role: z.enum(MEMBER_ROLES, { error: msg('memberRole') }) },
          { error: msg('memberInvalid') },
        ),
        { error: msg('membersInvalid') },
      )
      .max(200, msg('membersTooMany')),
    bodies: z.array(bodySchema, { error: msg('bodiesInvalid') }).max(MAX_BODIES, msg('bodiesTooMany', { max: MAX_BODIES })),
    leader: leaderSchema,
    mandate: z.object(
      { alone: mandateLines, administrative: mandateLines, political: mandateLines },
      { error: msg('mandateInvalid') },
    ),
    workingMethods: optionalText(4000),
  })
  .superRefine((v, ctx) => {
    if (v.legalForm !== null && (v.legalFormRationale?.length ?? 0) < MIN_RATIONALE_LENGTH) {
      ctx.addIssue({
        code: 'custom',
        path: ['legalFormRationale'],
        message: msg('legalFormRationale', { min: MIN_RATIONALE_LENGTH }),
      });
    }
    const seen = new Set<string>();
    let hosts = 0;
    v.members.forEach((m, i) => {
      if (seen.has(m.id)) ctx.addIssue({ code: 'custom', path: ['members', i, 'id'], message: msg('memberTwice') });
      seen.add(m.id);
      if (m.role === 'vertskommune' && ++hosts > 1) {
        ctx.addIssue({ code: 'custom', path: ['members', i, 'role'], message: msg('oneHost') });
      }
    });
  });

/** What may change in drift (lib/pure/domain/section-rules.ts): the operative leader and the working methods. */
export const designDriftSchema = z.object({
  scope: z.literal('drift', { error: FORM_UNREADABLE }),
  cooperationId: cooperationIdField(),
  version: versionField(),
  leader: leaderSchema,
  workingMethods: optionalText(4000),
});

/** What the design form sends: everything, or only what may change in drift. */
export const designSaveSchema = z.discriminatedUnion('scope', [designSchema, designDriftSchema], { error: FORM_UNREADABLE });

export type DesignInput = z.input<typeof designSchema>;
export type DesignValues = z.output<typeof designSchema>;
export type DesignSaveValues = z.output<typeof designSaveSchema>;
/** The form holds every field; in drift it sends them with scope 'drift', and only those that may change are read. */
export type DesignFormInput = Omit<DesignInput, 'scope'> & { scope: 'alt' | 'drift' };

/** The form's starting values from the stored design and members. */
export function designDefaults(dossier: Dossier, version = 0): DesignInput {
  const d = dossier.design;
  const lines = (entries: readonly string[]) => entries.map((text) => ({ text }));
  return {
    scope: 'alt',
    cooperationId: dossier.id,
    version,
    legalForm: d.legalForm ?? '',
    legalFormRationale: d.legalFormRationale ?? '',
    members: dossier.members.map((m) => ({ id: m.id, role: m.role })),
    bodies: d.bodies.map((b) => ({
      id: b.id,
      name: b.name,
      kind: isBodyKind(b.kind) ? b.kind : 'annet',
      seats: Object.fromEntries(dossier.members.map((m) => [m.id, numberToText(b.seats[m.id] ?? null)])),
      rotatingChair: b.rotatingChair,
    })),
    leader: {
      name: d.leader.name ?? '',
      title: d.leader.title ?? '',
      recruitment: d.leader.recruitment ?? '',
      funding: d.leader.funding ?? '',
    },
    mandate: { alone: lines(d.mandate.alone), administrative: lines(d.mandate.administrative), political: lines(d.mandate.political) },
    workingMethods: d.workingMethods ?? '',
  };
}

const bodyKindOf = (kind: string): BodyKind => (isBodyKind(kind) ? kind : 'annet');

/** What is stored, as the values a whole-design save would send. */
export function storedDesignValues(dossier: Dossier): DesignValues {
  const d = dossier.design;
  const lines = (entries: readonly string[]) => entries.map((text) => ({ text: text.trim() === '' ? null : text.trim() }));
  return {
    scope: 'alt',
    cooperationId: dossier.id,
    version: 0,
    legalForm: d.legalForm,
    legalFormRationale: d.legalFormRationale,
    members: dossier.members.map((m) => ({ id: m.id, role: m.role })),
    bodies: d.bodies.map((b) => ({
      id: b.id,
      name: b.name,
      kind: bodyKindOf(b.kind),
      seats: Object.fromEntries(dossier.members.map((m) => [m.id, b.seats[m.id] ?? null])),
      rotatingChair: b.rotatingChair,
    })),
    leader: { name: d.leader.name, title: d.leader.title, recruitment: d.leader.recruitment, funding: d.leader.funding },
    mandate: { alone: lines(d.mandate.alone), administrative: lines(d.mandate.administrative), political: lines(d.mandate.political) },
    workingMethods: d.workingMethods,
  };
}

/** A save's values in full: a drift save takes everything it does not send from what is stored. */
export function completeDesign(input: DesignSaveValues, dossier: Dossier): DesignValues {
  if (input.scope === 'alt') return input;
  return { ...storedDesignValues(dossier), cooperationId: input.cooperationId, version: input.version, leader: input.leader, workingMethods: input.workingMethods };
}
