// The evaluation report (domain.md section 5): what a council case (orienteringssak) needs to
// know about one closed round, as one plain model. The printable page and the PDF both render
// this model, so they cannot disagree; every sentence a reader sees is worded here. Pure: it
// reads the cooperation's basics, the round's frozen results and its outcome, and no I/O.
// Its words come from the `rapport` catalogue namespace in the requester's language.
import { createTranslator, type MessageKeys, type NestedKeyOf } from 'use-intl/core';
import { MIN_GROUP_SIZE, OTHERS_KEY, OTHERS_LABEL, type AnonymousGroups } from '@/lib/pure/domain/anonymity';
import type { AnonymousComment, AnonymousResults } from '@/lib/pure/domain/evaluation-anonymous';
import type { ScoreChange } from '@/lib/pure/domain/evaluation-results';
import { legalForm } from '@/lib/pure/domain/legal-forms';
import { trafficLight, type Criterion } from '@/lib/pure/domain/legitimacy';
import { fileSlug, formatNumberNb, hasText } from '@/lib/pure/domain/nb-text';
import type { MemberRole } from '@/lib/pure/domain/dossier';
import { CRITERIA } from '@/lib/pure/domain/perceived';
import { PERSPECTIVE_GROUP_LABELS, PERSPECTIVE_GROUPS, STATEMENT_GROUPS } from '@/lib/pure/domain/questionnaire';
import { wordWarning, type Severity } from '@/lib/pure/domain/warnings';
import { warningWords } from '@/lib/pure/domain/warnings-words';
import { formatDate } from '@/lib/pure/format';
import { CATALOGUES, type Messages } from '@/lib/pure/i18n/catalogues';
import type { Locale } from '@/lib/pure/i18n/locales';

export type { ReportInput, ScoreCell, ReportScoreRow, ReportGroupRow, ReportGroupTable, ReportStatement, ReportTrendRow, ReportComparison, ReportGoal, ReportWarning, ReportOutcome, EvaluationReport } from './evaluation-report-model';
import type { ReportInput, ScoreCell, ReportGroupTable, ReportTrendRow, ReportComparison, ReportGoal, ReportOutcome, EvaluationReport } from './evaluation-report-model';

/** A message of the `rapport` catalogue namespace ("fact.cooperation", "pdf.summary" …). */
export type ReportMessage = MessageKeys<Messages['rapport'], NestedKeyOf<Messages['rapport']>>;

/** The report's words and number and date style in one language: the requester's. */
export interface ReportLanguage {
  locale: Locale;
  t: (key: ReportMessage, values?: Record<string, string | number>) => string;
}

const bokmaal = createTranslator({ locale: 'nb', messages: CATALOGUES.nb, namespace: 'rapport' });

/** Bokmål: the default, for the printable page and the tests. */
export const BOKMAAL_REPORT: ReportLanguage = { locale: 'nb', t: (key, values) => bokmaal(key, values) };

/** The report's language for a locale, from the catalogues. */
export function reportLanguage(locale: Locale): ReportLanguage {
  if (locale === 'nb') return BOKMAAL_REPORT;
  const t = createTranslator({ locale, messages: CATALOGUES[locale], namespace: 'rapport' });
  return { locale, t: (key, values) => t(key, values) };
}

export const CRITERION_SHORT_NAMES: Readonly<Record<Criterion, string>> = { input: 'Forankring', throughput: 'Åpenhet', output: 'Resultater' };

export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = { hoy: 'Høy alvorlighet', middels: 'Middels alvorlighet', lav: 'Lav alvorlighet' };

export const NOT_DECIDED = bokmaal('notDecided');
export const NO_SUMMARY = bokmaal('noSummary');
export const NO_RECOMMENDATION = bokmaal('noRecommendation');

const HOST_ROLES = ['vertskommune', 'kontorkommune'] as const;
const isHostRole = (role: MemberRole): role is (typeof HOST_ROLES)[number] => (HOST_ROLES as readonly string[]).includes(role);

const INTL_LOCALE: Readonly<Record<Locale, string>> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en' };

/** A decimal number in the language's style ("3,5" in Norwegian, "3.5" in English). */
function decimal(value: number, maxFractionDigits: number, locale: Locale): string {
  return locale === 'nb' ? formatNumberNb(value, maxFractionDigits) : new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: maxFractionDigits }).format(value);
}

/** "a, b og c" / "a, b and c". */
function join(items: readonly string[], { t }: ReportLanguage): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${t('and')} ${items[items.length - 1]}`;
}

/** "+5", "−3", "0", or a dash when there is nothing to compare. */
export function signed(change: number | null): string {
  if (change === null) return '–';
  return change > 0 ? `+${change}` : change < 0 ? `−${Math.abs(change)}` : '0';
}

function scoreCell(score: number | null, none: string, { t }: ReportLanguage): ScoreCell {
  const light = trafficLight(score);
  return { score, light, text: score === null ? none : t('scoreWithLight', { score, light: t(`light.${light}`) }) };
}

const plain = (score: number | null) => (score === null ? '–' : String(score));

/** The report's file name, without æøå or spaces (fileSlug). */
export function reportFileName(cooperationName: string, roundNumber: number): string {
  return `evalueringsrapport-${fileSlug(cooperationName, 'samarbeid')}-runde-${roundNumber}.pdf`;
}

/** The file name of a round's results as CSV, named like the report. */
export function resultsFileName(cooperationName: string, roundNumber: number): string {
  return `evalueringsresultater-${fileSlug(cooperationName, 'samarbeid')}-runde-${roundNumber}.csv`;
}

function responseRate({ answered, invited }: { answered: number; invited: number }, { t }: ReportLanguage): string {
  if (invited === 0) return t('fact.noneInvited');
  return t('fact.responseRate', { answered, invited, percent: Math.round((100 * answered) / invited) });
}

function facts(input: ReportInput, lang: ReportLanguage): { label: string; value: string }[] {
  const { cooperation, results } = input;
  const { t, locale } = lang;
  const hosts = cooperation.members.flatMap((m) => (isHostRole(m.role) ? [{ label: t(`fact.${m.role}`), value: m.name }] : []));
  return [
    { label: t('fact.cooperation'), value: cooperation.name },
    // The legal forms' names are Norwegian legal terms, the same in every language.
    { label: t('fact.legalForm'), value: legalForm(cooperation.legalForm)?.name ?? t('fact.legalFormNone') },
    ...hosts,
    { label: t('fact.members'), value: cooperation.members.length > 0 ? join(cooperation.members.map((m) => m.name), lang) : t('fact.membersNone') },
    {
      label: t('fact.round'),
      value: t('fact.roundValue', { round: results.roundNumber, opened: formatDate(results.openedAt, locale), closed: formatDate(results.closedAt, locale) }),
    },
    { label: t('fact.responses'), value: responseRate(results.responses, lang) },
  ];
}

/** The perspective groups' and «Øvrige»'s names, as the results carry them (bokmål), by key. */
const GROUP_KEYS: ReadonlyMap<string, (typeof PERSPECTIVE_GROUPS)[number] | 'ovrige'> = new Map([
  ...PERSPECTIVE_GROUPS.map((g) => [PERSPECTIVE_GROUP_LABELS[g], g] as const),
  [OTHERS_LABEL, 'ovrige'] as const,
]);

/** A perspective group's (or «Øvrige»'s) name in the report's language; any other name (a municipality) as it is. */
export function groupName(label: string, { t }: ReportLanguage = BOKMAAL_REPORT): string {
  const key = GROUP_KEYS.get(label);
  return key ? t(`group.${key}`) : label;
}

/** "Øvrige (Operativ leder og Politiske sponsorer)": a merged row says what it holds. */
function groupLabel(row: AnonymousGroups['rows'][number], lang: ReportLanguage): string {
  const name = groupName(row.label, lang);
  return row.key === OTHERS_KEY ? `${name} (${join(row.includes.map((i) => groupName(i, lang)), lang)})` : name;
}

function groupTable(groups: AnonymousGroups | null, exact: boolean, what: string, lang: ReportLanguage): ReportGroupTable {
  const { t } = lang;
  const anonymityNote = t('groups.anonymityNote', { min: MIN_GROUP_SIZE });
  if (!groups) return { rows: [], note: anonymityNote, empty: t('groups.notKept', { what }) };
  const hidden = groups.hiddenRespondents > 0 ? ` ${t('groups.hidden', { count: groups.hiddenRespondents, what })}` : '';
  const legacy = exact ? '' : ` ${t('groups.legacy')}`;
  return {
    rows: groups.rows.map((r) => ({
      label: groupLabel(r, lang),
      responses: r.invited === null ? `${r.respondents}` : t('groups.responses', { respondents: r.respondents, invited: r.invited }),
      scores: CRITERIA.map((c) => plain(r.criteria[c])),
    })),
    note: `${anonymityNote}${hidden}${legacy}`,
    empty: groups.rows.length === 0 ? t('groups.noneLarge', { what }) : null,
  };
}

const attributed = (c: AnonymousComment, lang: ReportLanguage) => (c.source ? `${groupName(c.source, lang)}: «${c.text}»` : `«${c.text}»`);

function statements(results: AnonymousResults, lang: ReportLanguage): EvaluationReport['statements'] {
  const { t, locale } = lang;
  return STATEMENT_GROUPS.flatMap((group) => {
    const rows = results.statements.filter((s) => s.group === group);
    if (rows.length === 0) return [];
    return [
      {
        group: t(`statementGroup.${group}`),
        // The statements' own wording is the questionnaire's, frozen with the round.
        rows: rows.map((s) => ({
          label: s.label,
          text: s.text,
          mean: s.tally.mean === null ? '–' : decimal(s.tally.mean, 2, locale),
          points: plain(s.tally.score),
          answers: t('answers', { answered: s.tally.answered, dontKnow: s.tally.dontKnow }),
          previous: s.previousMean === null ? '–' : decimal(s.previousMean, 2, locale),
        })),
      },
    ];
  });
}

function trend(results: AnonymousResults, { t, locale }: ReportLanguage): ReportTrendRow[] {
  return results.trend.map((tr) => ({
    label: t('trendLabel', { round: tr.roundNumber, date: formatDate(tr.closedAt, locale) }),
    perceived: CRITERIA.map((c) => plain(tr.perceived[c])),
    structural: CRITERIA.map((c) => plain(tr.structural[c])),
  }));
}

function comparison(results: AnonymousResults, { t, locale }: ReportLanguage): ReportComparison | null {
  const previous = results.previous;
  if (!previous) return null;
  const triple = (change: ScoreChange, now: number | null): [string, string, string] => [plain(change.previous), plain(now), signed(change.change)];
  const otherVersion = previous.questionnaireVersion !== results.questionnaireVersion;
  const values = { round: previous.roundNumber, date: formatDate(previous.closedAt, locale) };
  return {
    caption: otherVersion ? t('comparisonCaptionOtherVersion', values) : t('comparisonCaption', values),
    rows: CRITERIA.map((c) => ({
      label: t(`criterionShort.${c}`),
      perceived: triple(previous.perceived[c], results.criteria[c].perceived.score),
      structural: triple(previous.structural[c], results.criteria[c].structural.score),
    })),
  };
}

function goals(results: AnonymousResults, lang: ReportLanguage): ReportGoal[] {
  const { t, locale } = lang;
  return results.goals.map((g) => {
    const parts = [
      t('goal.indicator', { value: hasText(g.indicator) ? g.indicator : t('goal.indicatorNone') }),
      t('goal.baseline', { value: hasText(g.baseline) ? g.baseline : '–' }),
      t('goal.target', { value: hasText(g.target) ? g.target : '–' }),
      ...(g.deadline ? [t('goal.deadline', { date: formatDate(g.deadline, locale) })] : []),
    ];
    return {
      statement: g.statement,
      measure: `${parts.join(', ')}.`,
      attainment: g.tally.mean === null ? t('goal.noScale') : t('goal.attainment', { mean: decimal(g.tally.mean, 1, locale) }),
      answers: t('answers', { answered: g.tally.answered, dontKnow: g.tally.dontKnow }),
      reportedResults: g.reportedResults.map((c) => attributed(c, lang)),
    };
  });
}

function outcome(o: ReportInput['outcome'], { t, locale }: ReportLanguage): ReportOutcome {
  const note = (text: string | null) => (hasText(text) ? text.trim() : null);
  const decided = o.decision !== null;
  return {
    decided,
    decision: o.decision ? t(`decision.${o.decision}`) : t('notDecided'),
    decisionNote: decided ? note(o.decisionNote) : null,
    decidedAt: decided && o.decidedAt ? formatDate(o.decidedAt, locale) : null,
    recommendation: o.recommendation ? t(`decision.${o.recommendation}`) : t('noRecommendation'),
    recommendationNote: o.recommendation ? note(o.recommendationNote) : null,
  };
}

/**
 * The report in the requester's language (bokmål when left out). What users wrote (names,
 * summary, notes, goals, comments) and what was frozen with the round (the statements' wording,
 * the groups' names) stays as it was written; the warnings are worded by their rule and fact
 * codes (warnings.ts wordWarning), except facts frozen before they had codes.
 */
export function buildEvaluationReport(input: ReportInput, lang: ReportLanguage = BOKMAAL_REPORT): EvaluationReport {
  const { cooperation, results } = input;
  const { t, locale } = lang;
  return {
    title: t('title', { name: cooperation.name, round: results.roundNumber }),
    cooperationName: cooperation.name,
    roundNumber: results.roundNumber,
    dateLine: t('dateLine', { date: formatDate(input.now, locale) }),
    fileName: reportFileName(cooperation.name, results.roundNumber),
    facts: facts(input, lang),
    summary: hasText(input.outcome.summary) ? { text: input.outcome.summary.trim(), missing: false } : { text: t('noSummary'), missing: true },
    criteria: CRITERIA.map((c) => ({ criterion: c, label: t(`criterion.${c}`), short: t(`criterionShort.${c}`) })),
    scores: CRITERIA.map((c) => ({
      criterion: c,
      label: t(`criterion.${c}`),
      perceived: scoreCell(results.criteria[c].perceived.score, t('noAnswers'), lang),
      structural: scoreCell(results.criteria[c].structural.score, t('notComputed'), lang),
      respondents: t('respondents', { count: results.criteria[c].perceived.respondents }),
    })),
    scoreNote: t('scoreNote'),
    perspectives: groupTable(results.perspectives, results.exactGroups, t('groups.perPerspective'), lang),
    members: groupTable(results.members, true, t('groups.perMember'), lang),
    statements: statements(results, lang),
    trend: trend(results, lang),
    comparison: comparison(results, lang),
    noComparison: t('noComparison'),
    goals: goals(results, lang),
    noGoals: t('noGoals'),
    warnings: results.warnings
      .map((stored) => wordWarning(stored, warningWords(lang.locale)))
      .map((w) => ({ title: w.title, severity: w.severity, severityLabel: t(`severity.${w.severity}`), facts: w.facts, advice: w.advice })),
    noWarnings: t('noWarnings'),
    outcome: outcome(input.outcome, lang),
  };
}
