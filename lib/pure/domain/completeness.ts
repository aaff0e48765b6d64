// How complete a running cooperation's phase data is, read from the readiness rules (the
// same rules that gate establishing, not a second set): the share of rules met, and one
// follow-up task per rule not met, "Fullfør: forankringsplan mangler". A cooperation
// registered as existing starts with most of them; establishing in Brobygger meets them all.
// Pure.
import type { Dossier, Phase } from './dossier';
import { bokmaalWords, type Words } from '@/lib/pure/i18n/loose-words';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import { READINESS_RULES, type ReadinessRule } from './readiness';

export interface FollowUp {
  ruleId: string;
  phase: Phase;
  /** "Fullfør: forankringsplan mangler". */
  text: string;
  /** The same without "Fullfør: ": "forankringsplan mangler". */
  label: string;
  /** The rule's own sentences: what exactly is missing. */
  missing: string[];
}

export interface Completeness {
  /** Whole percent of the rules met, 0-100. */
  score: number;
  met: number;
  total: number;
  followUps: FollowUp[];
}

/** What to complete, per rule, in bokmål ("innramming.mal" -> "mål mangler"): the catalogue's
 * samarbeidside.fullstendighet.etikett, which has them in every language. A test keeps it whole. */
export const FOLLOW_UP_LABELS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(CATALOGUES.nb.samarbeidside.fullstendighet.etikett).flatMap(([phase, labels]) =>
    Object.entries(labels as Record<string, string>).map(([id, label]) => [`${phase}.${id}`, label]),
  ),
);

/** What a follow-up names: the rule's own short label, else its requirement in lower case. */
export function followUpLabel(rule: ReadinessRule, words: Words): string {
  return FOLLOW_UP_LABELS[rule.id] !== undefined ? words(`etikett.${rule.id}`) : rule.requirement.replace(/\.$/, '').toLocaleLowerCase('nb');
}

/**
 * `words`: the samarbeidside.fullstendighet namespace in the reader's language (bokmål by default);
 * `rules`: the readiness rules with their sentences in that language (readinessRulesIn in
 * completeness-words.ts; bokmål by default).
 */
export function completeness(dossier: Dossier, words: Words = bokmaalWords('samarbeidside.fullstendighet'), rules: readonly ReadinessRule[] = READINESS_RULES): Completeness {
  const followUps: FollowUp[] = [];
  for (const rule of rules) {
    const missing = rule.check(dossier);
    if (missing.length === 0) continue;
    const label = followUpLabel(rule, words);
    followUps.push({ ruleId: rule.id, phase: rule.phase, text: words('followUp', { label }), label, missing });
  }
  const total = rules.length;
  const met = total - followUps.length;
  return { score: Math.floor((met / total) * 100), met, total, followUps };
}
