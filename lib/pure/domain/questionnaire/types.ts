// The shape of an evaluation questionnaire (domain.md section 5). A questionnaire is data
// with a version number; every round stores the version it was answered with, so a later
// version can add, drop or reword statements without changing what earlier rounds meant.
import type { Criterion } from '../legitimacy';
import type { PerceivedFactor } from '../warnings';
import type { Locale } from '../../i18n/locales';

/**
 * The language a questionnaire version is written in. A version is identified by its number
 * AND its language: v1 exists in nb, nn and en with the same statements (ids, groups,
 * criteria, factors, sources) and translated texts. A round keeps the language it was opened with.
 */
export type QuestionnaireLanguage = Locale;

/** How statements are grouped on the form: the three criteria, and seed 000's concerns. */
export const STATEMENT_GROUPS = ['input', 'throughput', 'output', 'likeverd'] as const;
export type StatementGroup = (typeof STATEMENT_GROUPS)[number];

export const STATEMENT_GROUP_LABELS: Readonly<Record<StatementGroup, string>> = {
  input: 'Demokratisk forankring (input)',
  throughput: 'Åpenhet og informasjon (throughput)',
  output: 'Resultater og rammer for driften (output)',
  likeverd: 'Nytte, kostnader og likeverd',
};

export const STATEMENT_GROUP_INTROS: Readonly<Record<StatementGroup, string>> = {
  input: 'Hvordan samarbeidet er forankret hos de folkevalgte og i administrasjonen i kommunene.',
  throughput: 'Om det er lett å se hva samarbeidet gjør, og om beslutningene bygger på god informasjon.',
  output: 'Om samarbeidet har det som skal til for å levere, og om det blir fulgt opp.',
  likeverd: 'Hvordan samarbeidet oppleves fra din kommune: nytte, kostnader og innflytelse.',
};

export interface Statement {
  /**
   * Stable across versions as long as the meaning is the same, so rounds can be compared
   * statement by statement. A statement whose meaning changes gets a new id.
   */
  id: string;
  group: StatementGroup;
  /** The legitimacy criterion the answer counts towards. */
  criterion: Criterion;
  /** The warnings' questionnaire factor (lib/pure/domain/warnings.ts) this statement measures, if any. */
  factor: PerceivedFactor | null;
  /** Short name for tables and charts. */
  label: string;
  /** The statement the respondent agrees or disagrees with. */
  text: string;
  /** Where in the research the statement comes from, so an editor can check it. */
  source: string;
}

/** The texts around the statements, in the questionnaire's language. */
export interface QuestionnaireTexts {
  groups: Readonly<Record<StatementGroup, { label: string; intro: string }>>;
  /** The agreement scale 1-5. */
  scale: Readonly<Record<ScaleValue, string>>;
  /** The same scale read as goal attainment. */
  attainment: Readonly<Record<ScaleValue, string>>;
  dontKnow: string;
}

export interface Questionnaire {
  version: number;
  language: QuestionnaireLanguage;
  statements: readonly Statement[];
  texts: QuestionnaireTexts;
}

/** What a translation of a version supplies: every statement's label and text, and the texts around them. */
export interface QuestionnaireTranslation<Id extends string = string> {
  statements: Readonly<Record<Id, { label: string; text: string }>>;
  texts: QuestionnaireTexts;
}

/** The agreement scale: 1 (strongly disagree) to 5 (strongly agree). */
export const SCALE = [1, 2, 3, 4, 5] as const;
export type ScaleValue = (typeof SCALE)[number];

/** "Vet ikke": an answer that is counted, but left out of every mean and score. */
export const DONT_KNOW = 'vet_ikke';
export type DontKnow = typeof DONT_KNOW;

export const SCALE_LABELS: Readonly<Record<ScaleValue, string>> = {
  1: 'Helt uenig',
  2: 'Litt uenig',
  3: 'Verken enig eller uenig',
  4: 'Litt enig',
  5: 'Helt enig',
};

/** The same 1-5 scale read as goal attainment. */
export const ATTAINMENT_LABELS: Readonly<Record<ScaleValue, string>> = {
  1: 'Langt unna',
  2: 'Et stykke unna',
  3: 'Halvveis',
  4: 'Nesten nådd',
  5: 'Nådd',
};

export const DONT_KNOW_LABEL = 'Vet ikke';
