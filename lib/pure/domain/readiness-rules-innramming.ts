// Readiness rules of the innramming (framing) phase: goals, benefit, budget, cost key,
// host compensation, the agreement's statutory content and reporting.

import type { CostKeyKind, Dossier, Goal } from './dossier';
import { lovkravItems, type AgreementItem } from './legal-forms';
import { formatNumberNb, hasText, joinNb } from './nb-text';
import { missingPerMember, missingWhen, type ReadinessRule } from './readiness-rules';

/** Fixed shares are percentages typed by people; allow rounding in the last decimals. */
const SHARE_SUM_TOLERANCE = 0.01;

function goalName(goal: Goal): string {
  return hasText(goal.statement) ? goal.statement.trim() : 'uten beskrivelse';
}

function goalFieldRule(
  slug: string,
  label: string,
  value: (goal: Goal) => string | null,
): ReadinessRule {
  return {
    id: `innramming.mal-${slug}`,
    phase: 'innramming',
    requirement: `Hvert mål har ${label}.`,
    check: (d) => d.goals.filter((g) => !hasText(value(g))).map((g) => `Mål «${goalName(g)}» mangler ${label}`),
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
): ReadinessRule {
  return {
    id: 'innramming.avtale-lovkrav',
    phase: 'innramming',
    requirement: 'Avtalen dekker alle lovkrav for den valgte organisasjonsformen.',
    check: (d) => {
      if (!hasText(d.design.legalForm)) {
        return ['Velg organisasjonsform i design-fasen før avtalesjekklisten kan fullføres'];
      }
      return lookup(d.design.legalForm)
        .filter((item) => d.framing.agreementChecklist[item.id] !== true)
        .map((item) => `Avtalen dekker ikke lovkravet «${item.text}» (${item.source})`);
    },
  };
}

export const INNRAMMING_RULES: readonly ReadinessRule[] = [
  {
    id: 'innramming.mal',
    phase: 'innramming',
    requirement: 'Samarbeidet har minst ett mål.',
    check: (d) => missingWhen(d.goals.length === 0, 'Mangler minst ett mål for samarbeidet'),
  },
  goalFieldRule('indikator', 'indikator', (g) => g.indicator),
  goalFieldRule('utgangsverdi', 'utgangsverdi', (g) => g.baseline),
  goalFieldRule('malverdi', 'målverdi', (g) => g.target),
  goalFieldRule('frist', 'frist', (g) => g.deadline),
  {
    id: 'innramming.forventet-nytte',
    phase: 'innramming',
    requirement: 'Hver deltaker har beskrevet sin forventede nytte.',
    check: (d) =>
      missingPerMember(d.members, (m) => !hasText(m.expectedBenefit), (name) => `Mangler forventet nytte for ${name}`),
  },
  {
    id: 'innramming.budsjett',
    phase: 'innramming',
    requirement: 'Årsbudsjettet er fastsatt.',
    check: (d) => missingWhen(d.framing.budgetOre === null, 'Mangler årsbudsjett'),
  },
  {
    id: 'innramming.fordelingsnokkel',
    phase: 'innramming',
    requirement: 'Fordelingsnøkkelen for kostnadene er valgt.',
    check: (d) => missingWhen(d.framing.costKey === null, 'Mangler fordelingsnøkkel for kostnadene'),
  },
  {
    id: 'innramming.faste-andeler',
    phase: 'innramming',
    requirement: 'Med faste andeler har hver deltaker en andel i prosent.',
    check: (d) =>
      costKeyIs(d, 'faste_andeler')
        ? missingPerMember(d.members, (m) => m.fixedSharePercent === null, (name) => `Mangler fast andel for ${name}`)
        : [],
  },
  {
    id: 'innramming.faste-andeler-sum',
    phase: 'innramming',
    requirement: 'Med faste andeler summerer andelene til 100 prosent.',
    check: (d) => {
      const shares = d.members.map((m) => m.fixedSharePercent).filter((s): s is number => s !== null);
      // A missing share is reported by the rule above; a sum over partial data would only confuse.
      if (!costKeyIs(d, 'faste_andeler') || shares.length < d.members.length) return [];
      const sum = shares.reduce((total, share) => total + share, 0);
      return missingWhen(
        Math.abs(sum - 100) > SHARE_SUM_TOLERANCE,
        `De faste andelene summerer til ${formatNumberNb(sum, 2)} prosent, ikke 100`,
      );
    },
  },
  {
    id: 'innramming.bruksgrunnlag',
    phase: 'innramming',
    requirement: 'Med bruksbasert fordeling har hver deltaker et bruksgrunnlag.',
    check: (d) =>
      costKeyIs(d, 'bruk')
        ? missingPerMember(d.members, (m) => m.usage === null, (name) => `Mangler bruksgrunnlag for ${name}`)
        : [],
  },
  {
    id: 'innramming.innbyggertall',
    phase: 'innramming',
    requirement: 'Med fordeling etter innbyggertall har hver deltaker et innbyggertall.',
    check: (d) =>
      costKeyIs(d, 'innbyggere', 'fast_og_innbyggere')
        ? missingPerMember(d.members, (m) => m.population === null, (name) => `Mangler innbyggertall for ${name}`)
        : [],
  },
  {
    id: 'innramming.fast-del',
    phase: 'innramming',
    requirement: 'Med fast del og innbyggertall er andelen som fordeles likt oppgitt (0–100 prosent).',
    check: (d) => {
      const part = d.framing.costKey?.fixedPartPercent ?? null;
      return missingWhen(
        costKeyIs(d, 'fast_og_innbyggere') && (part === null || part < 0 || part > 100),
        'Mangler andelen av budsjettet som fordeles likt (0–100 prosent)',
      );
    },
  },
  {
    id: 'innramming.vertskompensasjon',
    phase: 'innramming',
    requirement: 'Kompensasjonen til vertskommunen for egen tid er oppgitt som beløp eller beskrivelse.',
    check: (d) => {
      const hosts = d.members.filter((m) => m.role === 'vertskommune').map((m) => m.name);
      const deliberatelyNone = d.framing.hostCompensationNone === true && hasText(d.framing.hostCompensationNoneReason);
      const stated = deliberatelyNone || d.framing.hostCompensationOre !== null || hasText(d.framing.hostCompensationNote);
      return missingWhen(hosts.length > 0 && !stated, `Mangler kompensasjon til ${joinNb(hosts)} som vertskommune`);
    },
  },
  agreementChecklistRule(),
  {
    id: 'innramming.arsmelding',
    phase: 'innramming',
    requirement: 'Samarbeidet skal levere årsmelding.',
    check: (d) => missingWhen(!d.framing.annualReport, 'Mangler ordning for årsmelding'),
  },
  {
    id: 'innramming.regnskap',
    phase: 'innramming',
    requirement: 'Samarbeidet skal føre og legge fram regnskap.',
    check: (d) => missingWhen(!d.framing.accounts, 'Mangler ordning for regnskap'),
  },
];
