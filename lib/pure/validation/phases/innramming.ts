// The innramming (framing) form: one schema for react-hook-form and the server action.
// The form sends what people typed (kroner and percentages as text); the schema's output is
// the stored shape (øre, numbers, null for empty). The host-compensation rule needs the
// members' roles, which live in the design phase, so it is a separate pure check that both
// the form and the server run with the roles they know.
import { z } from '@/lib/pure/validation/zod';
import { BENEFIT_LEVELS, type CostKeyKind, type Dossier } from '@/lib/pure/domain/dossier';
import { legalForm } from '@/lib/pure/domain/legal-forms';
import { joinNb } from '@/lib/pure/domain/nb-text';
import { toScaledIntegers } from '@/lib/pure/domain/cost-shares';
import {
  checkbox,
  cooperationIdField,
  memberIdField,
  nokToOre,
  numberField,
  numberToText,
  optionalChoice,
  optionalIsoDate,
  optionalText,
  oreToKronerText,
  percentField,
  requiredNumberField,
  requiredText,
  versionField,
} from './common';
import { FORM_UNREADABLE } from '@/lib/pure/validation/messages';
import { msg } from '@/lib/pure/validation/reference';
import { COST_KEY_KINDS, MAX_GOALS } from './innramming-options';
export { COST_KEY_KINDS, MAX_GOALS, emptyGoalInput } from './innramming-options';

export const COST_KEY_LABELS: Record<CostKeyKind, { label: string; description: string }> = {
  likt: { label: 'Lik fordeling', description: 'Alle deltakerne betaler like mye.' },
  innbyggere: { label: 'Etter innbyggertall', description: 'Hver deltaker betaler etter sin andel av innbyggerne.' },
  bruk: { label: 'Etter bruk', description: 'Hver deltaker betaler etter hvor mye den bruker tjenesten (saker, timer, tonn ...).' },
  faste_andeler: { label: 'Faste andeler', description: 'Avtalte eierandeler i prosent som til sammen blir 100 %.' },
  fast_og_innbyggere: {
    label: 'Fast del og innbyggertall',
    description: 'En del av budsjettet deles likt, resten etter innbyggertall.',
  },
};

export const DEFAULT_EVALUATION_INTERVAL_MONTHS = 12;

const optionalGoalId = z.union([z.uuid(), z.literal('')], { error: msg('goalInvalid') }).optional();

const goalSchema = z.object(
  {
    id: optionalGoalId,
    statement: requiredText(msg('goalStatement'), 500),
    indicator: optionalText(500),
    baseline: optionalText(500),
    target: optionalText(500),
    deadline: optionalIsoDate(msg('goalDeadline')),
  },
  { error: msg('goalInvalid') },
);

const memberSchema = z.object(
  {
    id: memberIdField(),
    population: numberField({
      integer: true,
      min: 0,
      max: 10_000_000,
      invalid: msg('population'),
    }),
    usage: numberField({ min: 0, max: 1_000_000_000, maxDecimals: 2, invalid: msg('usage') }),
    fixedSharePercent: percentField(msg('fixedSharePercent')),
    expectedBenefit: optionalText(2000),
    expectedBenefitLevel: optionalChoice(BENEFIT_LEVELS, msg('benefitLevel')),
  },
  { error: msg('memberInvalid') },
);

// Plans, reporting and the evaluation interval: may change in drift.
const reportingShape = {
  strategyPlan: optionalText(2000),
  actionPlan: optionalText(2000),
  annualReport: checkbox(),
  accounts: checkbox(),
  ownerStrategy: optionalText(2000),
  evaluationIntervalMonths: requiredNumberField({
    integer: true,
    min: 1,
    max: 60,
    invalid: msg('evaluationMonths'),
    requiredMessage: msg('evaluationMonthsRequired'),
  }),
};

/** The whole framing: while establishing or redesigning. */
export const innrammingSchema = z
  .object({
    /** Which sections the form sends: all of them ('alt') or those that may change in drift. */
    scope: z.literal('alt', { error: FORM_UNREADABLE }),
    cooperationId: cooperationIdField(),
    version: versionField(),
    goals: z.array(goalSchema, { error: msg('goalsInvalid') }).max(MAX_GOALS, msg('goalsTooMany', { max: MAX_GOALS })),
    /** Kroner as typed; the output is øre. */
    budget: nokToOre(),
    financing: optionalText(2000),
    costKeyKind: optionalChoice(COST_KEY_KINDS, msg('costKeyKind')),
    fixedPartPercent: percentField(msg('fixedPartPercent')),
    members: z.array(memberSchema, { error: msg('membersInvalid') }).max(200, msg('membersTooMany')),
    /** Kroner per year as typed; the output is øre. */
    hostCompensation: nokToOre(),
    hostCompensationNote: optionalText(1000),
    /** The agreement says, on purpose, that the host gets no compensation; needs a reason. */
    hostCompensationNone: checkbox().optional().default(false),
    hostCompensationNoneReason: optionalText(1000),
    agreementChecklist: z.record(z.string().max(100), checkbox(), { error: msg('checklistInvalid') }),
    ...reportingShape,
  })
  .superRefine((v, ctx) => {
    const seen = new Set<string>();
    v.members.forEach((m, i) => {
      if (seen.has(m.id)) ctx.addIssue({ code: 'custom', path: ['members', i, 'id'], message: msg('memberTwice') });
      seen.add(m.id);
    });
    if (v.costKeyKind === 'fast_og_innbyggere' && v.fixedPartPercent === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['fixedPartPercent'],
        message: msg('fixedPartRequired'),
      });
    }
    const total = fixedShareTotalMessage(v.costKeyKind, v.members.map((m) => m.fixedSharePercent));
    if (total) ctx.addIssue({ code: 'custom', path: ['costKeyKind'], message: total });
    const reason = noCompensationReasonMessage(v);
    if (reason) ctx.addIssue({ code: 'custom', path: ['hostCompensationNoneReason'], message: reason });
  });

/** What may change in drift (lib/pure/domain/section-rules.ts): expected benefit, plans and reporting. */
export const innrammingDriftSchema = z.object({
  scope: z.literal('drift', { error: FORM_UNREADABLE }),
  cooperationId: cooperationIdField(),
  version: versionField(),
  members: z
    .array(z.object(
        {
          id: memberIdField(),
          expectedBenefit: optionalText(2000),
          expectedBenefitLevel: optionalChoice(BENEFIT_LEVELS, msg('benefitLevel')),
        },
        { error: msg('memberInvalid') },
      ), { error: msg('membersInvalid') })
    .max(200, msg('membersTooMany')),
  ...reportingShape,
});

/** What the innramming form sends: everything, or only what may change in drift. */
export const innrammingSaveSchema = z.discriminatedUnion('scope', [innrammingSchema, innrammingDriftSchema], { error: FORM_UNREADABLE });

export type InnrammingInput = z.input<typeof innrammingSchema>;
export type InnrammingValues = z.output<typeof innrammingSchema>;
export type InnrammingSaveValues = z.output<typeof innrammingSaveSchema>;
/** The form holds every field; in drift it sends them with scope 'drift', and only those that may change are read. */
export type InnrammingFormInput = Omit<InnrammingInput, 'scope'> & { scope: 'alt' | 'drift' };

/**
 * With fixed shares, the shares must add up to exactly 100 % once all are filled in (a
 * half-filled table is a draft; readiness lists the members still missing a share).
 * Exact decimal arithmetic, as in computeCostShares, so the form and the table agree.
 */
export function fixedShareTotalMessage(kind: CostKeyKind | null, shares: readonly (number | null)[]): string | null {
  if (kind !== 'faste_andeler' || shares.length === 0 || shares.some((s) => s === null)) return null;
  const values = shares.filter((s): s is number => s !== null);
  const { scaled } = toScaledIntegers([...values, 100]);
  const hundred = scaled.pop() ?? 0n;
  if (scaled.reduce((a, b) => a + b, 0n) === hundred) return null;
  const shown = numberToText(Math.round(values.reduce((a, b) => a + b, 0) * 10_000) / 10_000);
  return msg('fixedSharesTotal', { total: shown });
}

/**
 * A host municipality is compensated for its own time (NORCE 2023); the amount or a note must
 * say how. Returns the message for the hostCompensation field, or null when satisfied.
 */
export function hostCompensationMessage(
  values: Pick<InnrammingValues, 'hostCompensation' | 'hostCompensationNote' | 'hostCompensationNone' | 'hostCompensationNoneReason'>,
  hostNames: readonly string[],
): string | null {
  if (hostNames.length === 0) return null;
  if (values.hostCompensationNone) return null; // the reason has its own message
  // 0 kr is not an agreement about compensation; saying so on purpose is.
  if (values.hostCompensation === 0) {
    return msg('hostCompensationZero', { hosts: joinNb([...hostNames]) });
  }
  if (values.hostCompensation !== null || values.hostCompensationNote !== null) return null;
  return msg('hostCompensationMissing', { hosts: joinNb([...hostNames]) });
}

/** A deliberate «no compensation» must say why. */
export function noCompensationReasonMessage(values: Pick<InnrammingValues, 'hostCompensationNone' | 'hostCompensationNoneReason'>): string | null {
  return values.hostCompensationNone && values.hostCompensationNoneReason === null ? msg('hostCompensationNoneReason') : null;
}

/** The form's starting values: the stored framing, amounts and numbers written the Norwegian way. */
export function innrammingDefaults(dossier: Dossier, version = 0): InnrammingInput {
  const f = dossier.framing;
  return {
    scope: 'alt',
    cooperationId: dossier.id,
    version,
    goals: dossier.goals.map((g) => ({
      id: g.id,
      statement: g.statement,
      indicator: g.indicator,
      baseline: g.baseline,
      target: g.target,
      deadline: g.deadline ?? '',
    })),
    budget: oreToKronerText(f.budgetOre),
    financing: f.financing ?? '',
    costKeyKind: f.costKey?.kind ?? '',
    fixedPartPercent: numberToText(f.costKey?.fixedPartPercent ?? null),
    members: dossier.members.map((m) => ({
      id: m.id,
      population: numberToText(m.population),
      usage: numberToText(m.usage),
      fixedSharePercent: numberToText(m.fixedSharePercent),
      expectedBenefit: m.expectedBenefit ?? '',
      expectedBenefitLevel: m.expectedBenefitLevel ?? '',
    })),
    hostCompensation: oreToKronerText(f.hostCompensationOre),
    hostCompensationNote: f.hostCompensationNote ?? '',
    hostCompensationNone: f.hostCompensationNone === true,
    hostCompensationNoneReason: f.hostCompensationNoneReason ?? '',
    agreementChecklist: Object.fromEntries(
      (legalForm(dossier.design.legalForm)?.agreementItems ?? []).map((item) => [item.id, f.agreementChecklist[item.id] === true]),
    ),
    strategyPlan: f.strategyPlan ?? '',
    actionPlan: f.actionPlan ?? '',
    annualReport: f.annualReport,
    accounts: f.accounts,
    ownerStrategy: f.ownerStrategy ?? '',
    evaluationIntervalMonths: String(f.evaluationIntervalMonths || DEFAULT_EVALUATION_INTERVAL_MONTHS),
  };
}

const orNull = (text: string | null | undefined) => (text && text.trim() !== '' ? text.trim() : null);

/** What is stored, as the values a whole-framing save would send. */
export function storedInnrammingValues(dossier: Dossier): InnrammingValues {
  const f = dossier.framing;
  return {
    scope: 'alt',
    cooperationId: dossier.id,
    version: 0,
    goals: dossier.goals.map((g) => ({ id: g.id, statement: g.statement, indicator: orNull(g.indicator), baseline: orNull(g.baseline), target: orNull(g.target), deadline: g.deadline })),
    budget: f.budgetOre,
    financing: f.financing,
    costKeyKind: f.costKey?.kind ?? null,
    fixedPartPercent: f.costKey?.fixedPartPercent ?? null,
    members: dossier.members.map((m) => ({ id: m.id, population: m.population, usage: m.usage, fixedSharePercent: m.fixedSharePercent, expectedBenefit: m.expectedBenefit, expectedBenefitLevel: m.expectedBenefitLevel })),
    hostCompensation: f.hostCompensationOre,
    hostCompensationNote: f.hostCompensationNote,
    hostCompensationNone: f.hostCompensationNone === true,
    hostCompensationNoneReason: f.hostCompensationNone === true ? (f.hostCompensationNoneReason ?? null) : null,
    agreementChecklist: Object.fromEntries((legalForm(dossier.design.legalForm)?.agreementItems ?? []).map((item) => [item.id, f.agreementChecklist[item.id] === true])),
    strategyPlan: f.strategyPlan,
    actionPlan: f.actionPlan,
    annualReport: f.annualReport,
    accounts: f.accounts,
    ownerStrategy: f.ownerStrategy,
    evaluationIntervalMonths: f.evaluationIntervalMonths || DEFAULT_EVALUATION_INTERVAL_MONTHS,
  };
}

/** A save's values in full: a drift save takes everything it does not send from what is stored. */
export function completeInnramming(input: InnrammingSaveValues, dossier: Dossier): InnrammingValues {
  if (input.scope === 'alt') return input;
  const stored = storedInnrammingValues(dossier);
  const benefit = new Map(input.members.map((m) => [m.id, m]));
  const { scope: _scope, members: _members, ...reporting } = input;
  return {
    ...stored,
    ...reporting,
    members: stored.members.map((m) => {
      const sent = benefit.get(m.id);
      return sent ? { ...m, expectedBenefit: sent.expectedBenefit ?? null, expectedBenefitLevel: sent.expectedBenefitLevel ?? null } : m;
    }),
  };
}
