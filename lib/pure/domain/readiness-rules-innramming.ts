// Readiness rules of the innramming (framing) phase: goals, benefit, budget, cost key,
// host compensation, the agreement's statutory content and reporting.
// The words come from the `beredskap.innramming` catalogue namespace: bokmål by default (other
// callers, the tests), the page's language when the page passes its translator.

import { createTranslator } from 'use-intl/core';
import { CATALOGUES, type Messages } from '@/lib/pure/i18n/catalogues';
import { joinWith } from '@/lib/pure/i18n/template';
import type { CostKeyKind, Dossier, Goal } from './dossier';
import { lovkravItems, type AgreementItem } from './legal-forms';
import { planningView } from './membership';
import { hasText } from './nb-text';
import { missingPerMember, missingWhen, type ReadinessRule } from './readiness-rules';

type Flat<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Flat<T[K], `${P}${K}.`>;
}[keyof T & string];

export type InnrammingRuleMessage = Flat<Messages['beredskap']['innramming']>;
/** A message of the `beredskap.innramming` namespace in one language. */
export type InnrammingRuleWords = (key: InnrammingRuleMessage, values?: Record<string, string | number>) => string;

const bokmaal = createTranslator({ locale: 'nb', messages: CATALOGUES.nb, namespace: 'beredskap.innramming' });
export const BOKMAAL_INNRAMMING_RULE_WORDS: InnrammingRuleWords = (key, values) => bokmaal(key, values);


/** Fixed shares are percentages typed by people; allow rounding in the last decimals. */
const SHARE_SUM_TOLERANCE = 0.01;

type GoalField = 'indikator' | 'utgangsverdi' | 'malverdi' | 'frist';

function goalFieldRule(t: InnrammingRuleWords, field: GoalField, value: (goal: Goal) => string | null): ReadinessRule {
  const goalName = (goal: Goal) => (hasText(goal.statement) ? goal.statement.trim() : t('untitledGoal'));
  return {
    id: `innramming.mal-${field}`,
    phase: 'innramming',
    requirement: t(`goalRequirement.${field}`),
    check: (d) => d.goals.filter((g) => !hasText(value(g))).map((g) => t(`goalMissing.${field}`, { goal: goalName(g) })),
  };
}

function costKeyIs(d: Dossier, ...kinds: CostKeyKind[]): boolean {
  return d.framing.costKey !== null && kinds.includes(d.framing.costKey.kind);
}

/**
 * The statutory-content rule reads the catalogue through a lookup so tests can exercise it
 * with a known item list whether or not the catalogue has been filled in.
 */
export function agreementChecklistRule(
  lookup: (code: string | null) => AgreementItem[] = lovkravItems,
  t: InnrammingRuleWords = BOKMAAL_INNRAMMING_RULE_WORDS,
): ReadinessRule {
  return {
    id: 'innramming.avtale-lovkrav',
    phase: 'innramming',
    requirement: t('checklistRequirement'),
    check: (d) => {
      if (!hasText(d.design.legalForm)) {
        return [t('checklistChooseForm')];
      }
      return lookup(d.design.legalForm)
        .filter((item) => d.framing.agreementChecklist[item.id] !== true)
        .map((item) => t('checklistMissing', { item: item.text, source: item.source }));
    },
  };
}

/** The phase's rules in one language (bokmål unless a translator is given). */
export function innrammingRules(t: InnrammingRuleWords = BOKMAAL_INNRAMMING_RULE_WORDS): readonly ReadinessRule[] {
  return [
    {
      id: 'innramming.mal',
      phase: 'innramming',
      requirement: t('goalRequired'),
      check: (d) => missingWhen(d.goals.length === 0, t('goalMissingAny')),
    },
    goalFieldRule(t, 'indikator', (g) => g.indicator),
    goalFieldRule(t, 'utgangsverdi', (g) => g.baseline),
    goalFieldRule(t, 'malverdi', (g) => g.target),
    goalFieldRule(t, 'frist', (g) => g.deadline),
    {
      id: 'innramming.forventet-nytte',
      phase: 'innramming',
      requirement: t('benefitRequired'),
      check: (d) =>
        missingPerMember(d.members, (m) => !hasText(m.expectedBenefit), (name) => t('benefitMissing', { name })),
    },
    {
      id: 'innramming.budsjett',
      phase: 'innramming',
      requirement: t('budgetRequired'),
      check: (d) => missingWhen(d.framing.budgetOre === null, t('budgetMissing')),
    },
    {
      id: 'innramming.fordelingsnokkel',
      phase: 'innramming',
      requirement: t('costKeyRequired'),
      check: (d) => missingWhen(d.framing.costKey === null, t('costKeyMissing')),
    },
    {
      id: 'innramming.faste-andeler',
      phase: 'innramming',
      requirement: t('fixedSharesRequired'),
      check: (d) =>
        costKeyIs(d, 'faste_andeler')
          ? missingPerMember(d.members, (m) => m.fixedSharePercent === null, (name) => t('fixedSharesMissing', { name }))
          : [],
    },
    {
      id: 'innramming.faste-andeler-sum',
      phase: 'innramming',
      requirement: t('fixedSumRequired'),
      check: (d) => {
        const shares = d.members.map((m) => m.fixedSharePercent).filter((s): s is number => s !== null);
        // A missing share is reported by the rule above; a sum over partial data would only confuse.
        if (!costKeyIs(d, 'faste_andeler') || shares.length < d.members.length) return [];
        const sum = shares.reduce((total, share) => total + share, 0);
        return missingWhen(
          Math.abs(sum - 100) > SHARE_SUM_TOLERANCE,
          t('fixedSumWrong', { sum }),
        );
      },
    },
    {
      id: 'innramming.bruksgrunnlag',
      phase: 'innramming',
      requirement: t('usageRequired'),
      check: (d) =>
        costKeyIs(d, 'bruk')
          ? missingPerMember(d.members, (m) => m.usage === null, (name) => t('usageMissing', { name }))
          : [],
    },
    {
      id: 'innramming.innbyggertall',
      phase: 'innramming',
      requirement: t('populationRequired'),
      check: (d) =>
        costKeyIs(d, 'innbyggere', 'fast_og_innbyggere')
          ? missingPerMember(d.members, (m) => m.population === null, (name) => t('populationMissing', { name }))
          : [],
    },
    {
      id: 'innramming.fast-del',
      phase: 'innramming',
      requirement: t('fixedPartRequired'),
      check: (d) => {
        const part = d.framing.costKey?.fixedPartPercent ?? null;
        return missingWhen(
          costKeyIs(d, 'fast_og_innbyggere') && (part === null || part < 0 || part > 100),
          t('fixedPartMissing'),
        );
      },
    },
    {
      id: 'innramming.vertskompensasjon',
      phase: 'innramming',
      requirement: t('hostRequired'),
      check: (d) => {
        const hosts = d.members.filter((m) => m.role === 'vertskommune').map((m) => m.name);
        const deliberatelyNone = d.framing.hostCompensationNone === true && hasText(d.framing.hostCompensationNoneReason);
        const stated = deliberatelyNone || d.framing.hostCompensationOre !== null || hasText(d.framing.hostCompensationNote);
        return missingWhen(hosts.length > 0 && !stated, t('hostMissing', { hosts: joinWith(hosts, t('and')) }));
      },
    },
    agreementChecklistRule(lovkravItems, t),
    {
      id: 'innramming.arsmelding',
      phase: 'innramming',
      requirement: t('annualReportRequired'),
      check: (d) => missingWhen(!d.framing.annualReport, t('annualReportMissing')),
    },
    {
      id: 'innramming.regnskap',
      phase: 'innramming',
      requirement: t('accountsRequired'),
      check: (d) => missingWhen(!d.framing.accounts, t('accountsMissing')),
    },
  ];
}

export const INNRAMMING_RULES: readonly ReadinessRule[] = innrammingRules();

/**
 * What the phase still lacks, in the translator's language: the same sentences, in the same
 * order, as phaseReadiness(dossier).innramming.missing gives in bokmål (readiness.ts).
 */
export function innrammingMissing(dossier: Dossier, t: InnrammingRuleWords = BOKMAAL_INNRAMMING_RULE_WORDS): string[] {
  const planned = planningView(dossier);
  return innrammingRules(t).flatMap((rule) => rule.check(planned));
}
