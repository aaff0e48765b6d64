// Early warnings for the traps the research describes (domain.md section 4): under- and
// overstyring, the rådmannsfelle (seed 001 ch. 2.3) and seed 000's cost, equality, election
// and size problems, and a gap between perceived and structural legitimacy. Each rule reads
// the dossier (including the latest closed evaluation's perceived scores); the answers of a
// round being closed, when given, add facts and raise the severity of warnings that already
// apply. Thresholds live in thresholds.ts. The words are the catalogue's (`varsel`, through
// warnings-words.ts): bokmål unless the caller passes the page's language; each warning also
// keeps its facts as codes (factRefs), so a stored warning can be worded again on display.

import type { Dossier, LifecycleState } from './dossier';
import { lastTwelveMonths, osloDateOf, type IsoDate } from './iso-date';
import { BOKMAAL_WARNING_WORDS, fact, ruleText, wordFact, type FactValue, type WarningFact, type WarningWords } from './warnings-words';
import { THRESHOLDS } from './thresholds';
import { GOVERNANCE_RULES } from './warnings-rules-governance';
import { EQUITY_RULES } from './warnings-rules-equity';
import { GAP_RULES } from './warnings-rules-gap';

export type Trap = 'understyring' | 'overstyring' | 'radmannsfellen' | 'likeverd' | 'kostnad' | 'valg' | 'storrelse' | 'legitimitet';

/** The three traps of the research (seed 001 ch. 2.3); the rest are seed 000's problems. */
export const GOVERNANCE_TRAPS: readonly Trap[] = ['understyring', 'overstyring', 'radmannsfellen'];

export const TRAP_LABELS: Readonly<Record<Trap, string>> = {
  understyring: 'Understyring (autonomifellen)',
  overstyring: 'Overstyring',
  radmannsfellen: 'Rådmannsfellen',
  likeverd: 'Likeverd',
  kostnad: 'Kostnader',
  valg: 'Etter valget',
  storrelse: 'Størrelse',
  legitimitet: 'Legitimitet',
};
export type Severity = 'hoy' | 'middels' | 'lav';

export interface Warning {
  /** Stable rule id, e.g. 'understyring.ingen_politisk_sponsor'. */
  id: string;
  trap: Trap;
  title: string;
  severity: Severity;
  /** Sentences in the words' language: what in the data (and answers) triggered the warning. */
  facts: string[];
  /** What the research suggests, paraphrased, in the words' language. */
  advice: string;
  /**
   * The facts as catalogue references with their values, worded again in any language by
   * wordWarning. Missing in warnings stored before the facts had codes (closed rounds).
   */
  factRefs?: WarningFact[];
}

/** Questionnaire factors (domain.md section 5) that can strengthen a warning; in bokmål (varsel.faktor in the catalogues). */
export const PERCEIVED_FACTOR_LABELS = {
  formell_forankring_oppstart: 'Formell politisk forankring ved oppstart',
  formell_forankring_underveis: 'Formelle forankringspunkter underveis',
  uformell_forankring: 'Kontinuerlig uformell forankring',
  aktivt_eierskap: 'Aktivt eierskap',
  politikk_og_administrasjon: 'Politikk og administrasjon spiller sammen',
  saksinformasjon: 'God nok saksinformasjon',
  kontinuerlig_stotte: 'Kontinuerlig støtte fra ledelsen',
  tydelig_handlingsrom: 'Tydelig definert handlingsrom',
  egen_nytte: 'Min kommunes nytte',
  rettferdige_kostnader: 'Kostnadene er rettferdige og synlige',
  likebehandling: 'Likebehandling og innflytelse',
  lokalt_handlingsrom: 'Lokalt handlingsrom',
} as const;

export type PerceivedFactor = keyof typeof PERCEIVED_FACTOR_LABELS;

export interface PerceivedSignals {
  /** Mean answer on the 1-5 scale per factor ("vet ikke" left out), from one closed round. */
  means: Partial<Record<PerceivedFactor, number>>;
  /** Names the round in facts, e.g. "evalueringen høsten 2024"; defaults to "siste evaluering". */
  roundLabel?: string;
}

/** A mean at or below this (on 1-5) counts as a low score that strengthens a warning. */
export const LOW_PERCEIVED_MEAN = THRESHOLDS.lowPerceivedMean.value;

export interface WarningContext {
  dossier: Dossier;
  today: IsoDate;
  lastYear: { after: IsoDate; upTo: IsoDate };
}

export interface WarningRule {
  id: string;
  trap: Trap;
  /** Bokmål; in another language ruleText(id, 'title', words). */
  title: string;
  severity: Severity;
  /** Bokmål; in another language ruleText(id, 'advice', words). */
  advice: string;
  /** Questionnaire factors whose low scores strengthen this warning. */
  perceived: readonly PerceivedFactor[];
  /** The facts (as catalogue references) when the rule applies, otherwise null. */
  check(context: WarningContext): WarningFact[] | null;
}

export const WARNING_RULES: readonly WarningRule[] = [...GOVERNANCE_RULES, ...EQUITY_RULES, ...GAP_RULES];

/** A draft is not governed yet and a closed cooperation no longer is: no warnings. */
const QUIET_STATES: readonly LifecycleState[] = ['utkast', 'avviklet', 'avbrutt'];

const SEVERITY_ORDER: readonly Severity[] = ['hoy', 'middels', 'lav'];

/** The warnings that apply, worded in `words`' language (bokmål unless given). */
export function evaluateWarnings(dossier: Dossier, now: Date, answers?: PerceivedSignals, words: WarningWords = BOKMAAL_WARNING_WORDS): Warning[] {
  if (QUIET_STATES.includes(dossier.state)) return [];
  const today = osloDateOf(now);
  const context: WarningContext = { dossier, today, lastYear: lastTwelveMonths(today) };
  const warnings: Warning[] = [];
  for (const rule of WARNING_RULES) {
    const facts = rule.check(context);
    if (facts === null) continue;
    const low = answers ? lowPerceived(rule.perceived, answers) : [];
    const factRefs = [...facts, ...low];
    warnings.push({
      id: rule.id,
      trap: rule.trap,
      title: ruleText(rule.id, 'title', words),
      severity: low.length > 0 ? raise(rule.severity) : rule.severity,
      facts: factRefs.map((f) => wordFact(f, words)),
      advice: ruleText(rule.id, 'advice', words),
      factRefs,
    });
  }
  // Most severe first; within a severity, the order of WARNING_RULES (sort is stable).
  return warnings.sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity));
}

/** The round in a fact: evaluation-results.ts labels its rounds «evalueringsrunde N», worded per language. */
function roundValue(label: string | undefined): FactValue {
  if (label === undefined) return fact('runde.latest');
  const numbered = /^evalueringsrunde (\d+)$/.exec(label);
  return numbered ? fact('runde.number', { number: Number(numbered[1]) }) : label;
}

function lowPerceived(factors: readonly PerceivedFactor[], answers: PerceivedSignals): WarningFact[] {
  const round = roundValue(answers.roundLabel);
  return factors.flatMap((factor) => {
    const mean = answers.means[factor];
    if (mean === undefined || !Number.isFinite(mean) || mean > LOW_PERCEIVED_MEAN) return [];
    return [fact('lowPerceived', { round, factor: fact(`faktor.${factor}`), mean: { decimal: mean } })];
  });
}

/** A warning as codes only: what a dashboard summary stores; wordWarning words it on display. */
export interface CodedWarning {
  id: string;
  trap: Trap;
  severity: Severity;
  factRefs: WarningFact[];
}

export const codedWarning = (w: Warning): CodedWarning => ({ id: w.id, trap: w.trap, severity: w.severity, factRefs: w.factRefs ?? [] });

/** A warning ready to show, with what of it is still the stored bokmål. */
export interface ShownWarning extends Warning {
  /**
   * 'facts': the facts are the stored bokmål (a round closed before facts had codes);
   * 'all': the title and advice too (a rule that no longer exists). Absent: all in `words`' language.
   */
  bokmaal?: 'facts' | 'all';
}

/**
 * A warning, fresh or stored (a closed round's results, a dashboard summary), worded in
 * `words`' language: title and advice by rule id, the facts by their codes; a stored warning
 * without codes keeps its bokmål facts, marked so the page can say so (lang="nb").
 */
export function wordWarning(w: Warning | CodedWarning, words: WarningWords = BOKMAAL_WARNING_WORDS): ShownWarning {
  const stored = 'title' in w ? w : null;
  if (stored && !WARNING_RULES.some((r) => r.id === w.id)) return { ...stored, bokmaal: 'all' };
  const base = { id: w.id, trap: w.trap, severity: w.severity, title: ruleText(w.id, 'title', words), advice: ruleText(w.id, 'advice', words) };
  if (w.factRefs) return { ...base, facts: w.factRefs.map((f) => wordFact(f, words)), factRefs: w.factRefs };
  return { ...base, facts: stored?.facts ?? [], bokmaal: 'facts' };
}

/** A stored warning's title in `words`' language, or null for a rule that no longer exists. */
export function wordWarningTitle(w: { id: string }, words: WarningWords = BOKMAAL_WARNING_WORDS): string | null {
  return WARNING_RULES.some((r) => r.id === w.id) ? ruleText(w.id, 'title', words) : null;
}

function raise(severity: Severity): Severity {
  return severity === 'lav' ? 'middels' : 'hoy';
}
