// The evaluation report (domain.md section 5): what a council case (orienteringssak) needs to
// know about one closed round, as one plain model. The printable page and the PDF both render
// this model, so they cannot disagree; every sentence a reader sees is worded here. Pure: it
// reads the cooperation's basics, the round's frozen results and its outcome, and no I/O.
import { OTHERS_KEY, type AnonymousGroups } from '@/lib/pure/domain/anonymity';
import { DECISION_LABELS, type Decision } from '@/lib/pure/domain/evaluation-decision';
import { ANONYMITY_NOTE, type AnonymousComment, type AnonymousResults } from '@/lib/pure/domain/evaluation-anonymous';
import type { ScoreChange } from '@/lib/pure/domain/evaluation-results';
import { legalForm } from '@/lib/pure/domain/legal-forms';
import { CRITERION_LABELS, TRAFFIC_LIGHT_LABELS, trafficLight, type Criterion, type TrafficLight } from '@/lib/pure/domain/legitimacy';
import { fileSlug, formatNumberNb, hasText, joinNb } from '@/lib/pure/domain/nb-text';
import type { MemberRole } from '@/lib/pure/domain/dossier';
import { CRITERIA } from '@/lib/pure/domain/perceived';
import { STATEMENT_GROUP_LABELS, STATEMENT_GROUPS } from '@/lib/pure/domain/questionnaire';
import type { Severity } from '@/lib/pure/domain/warnings';
import { formatDate } from '@/lib/pure/format';

export interface ReportInput {
  cooperation: { name: string; legalForm: string | null; members: readonly { name: string; role: MemberRole }[] };
  /** Always the anonymous view: the report can show nothing a small group gave. */
  results: AnonymousResults;
  outcome: {
    summary: string | null;
    recommendation: Decision | null;
    recommendationNote: string | null;
    decision: Decision | null;
    decisionNote: string | null;
    decidedAt: Date | string | null;
  };
  /** When the report is made (its date line). */
  now: Date;
}

export interface ScoreCell {
  score: number | null;
  light: TrafficLight;
  /** "72 (grønn)", or why there is no score. */
  text: string;
}

export interface ReportScoreRow {
  criterion: Criterion;
  label: string;
  perceived: ScoreCell;
  structural: ScoreCell;
  /** "2 har svart". */
  respondents: string;
}

export interface ReportGroupRow {
  /** The group's name; «Øvrige» says which groups it holds. */
  label: string;
  /** "3 av 4". */
  responses: string;
  /** In CRITERIA order: "75" or "–". */
  scores: string[];
}

export interface ReportGroupTable {
  rows: ReportGroupRow[];
  /** The anonymity rule, and how many answers were left out, if any. */
  note: string;
  /** Why there is no table (no group large enough, or an older round). */
  empty: string | null;
}

export interface ReportStatement {
  label: string;
  text: string;
  /** "3,5" or "–". */
  mean: string;
  points: string;
  /** "4 svar, 1 vet ikke". */
  answers: string;
  /** The previous round's mean, or "–". */
  previous: string;
}

export interface ReportTrendRow {
  /** "Runde 2 (01.03.2026)". */
  label: string;
  /** In CRITERIA order: perceived then structural, as text. */
  perceived: string[];
  structural: string[];
}

export interface ReportComparison {
  caption: string;
  /** Perceived and structural: before, now and change, each as text. */
  rows: { label: string; perceived: [string, string, string]; structural: [string, string, string] }[];
}

export interface ReportGoal {
  statement: string;
  /** Indicator, baseline, target and deadline in one sentence. */
  measure: string;
  /** "4 av 5", or "Ingen svar på skalaen". */
  attainment: string;
  /** "2 svar, 1 vet ikke". */
  answers: string;
  /** The indicator results respondents reported, each with its role. */
  reportedResults: string[];
}

export interface ReportWarning {
  title: string;
  severity: Severity;
  severityLabel: string;
  facts: string[];
  advice: string;
}

export interface ReportOutcome {
  decided: boolean;
  /** The decision's label, or "Ikke besluttet ennå". */
  decision: string;
  decisionNote: string | null;
  /** "12.03.2026", or null before the decision. */
  decidedAt: string | null;
  /** The recommendation's label, or that none has been given yet. */
  recommendation: string;
  recommendationNote: string | null;
}

export interface EvaluationReport {
  title: string;
  cooperationName: string;
  roundNumber: number;
  /** "Laget 12.03.2026". */
  dateLine: string;
  fileName: string;
  /** Label and value pairs for the report's head. */
  facts: { label: string; value: string }[];
  summary: { text: string; missing: boolean };
  /** Short criterion names, for column headings. */
  criteria: { criterion: Criterion; label: string; short: string }[];
  scores: ReportScoreRow[];
  /** How the scores are made and what the colours mean. */
  scoreNote: string;
  perspectives: ReportGroupTable;
  members: ReportGroupTable;
  /** Every statement's results, by statement group in the questionnaire's order. */
  statements: { group: string; rows: ReportStatement[] }[];
  /** Every closed round up to this one. */
  trend: ReportTrendRow[];
  comparison: ReportComparison | null;
  /** Why there is no comparison (first round). */
  noComparison: string;
  goals: ReportGoal[];
  noGoals: string;
  warnings: ReportWarning[];
  noWarnings: string;
  outcome: ReportOutcome;
}

export const CRITERION_SHORT_NAMES: Readonly<Record<Criterion, string>> = { input: 'Forankring', throughput: 'Åpenhet', output: 'Resultater' };

export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = { hoy: 'Høy alvorlighet', middels: 'Middels alvorlighet', lav: 'Lav alvorlighet' };

export const NOT_DECIDED = 'Ikke besluttet ennå';
export const NO_SUMMARY = 'Oppsummeringen skrives når runden besluttes, og er ikke skrevet ennå.';
export const NO_RECOMMENDATION = 'Ingen anbefaling er gitt ennå.';

const HOST_ROLES: Partial<Record<MemberRole, string>> = { vertskommune: 'Vertskommune', kontorkommune: 'Kontorkommune' };

/** "+5", "−3", "0", or a dash when there is nothing to compare. */
export function signed(change: number | null): string {
  if (change === null) return '–';
  return change > 0 ? `+${change}` : change < 0 ? `−${Math.abs(change)}` : '0';
}

function scoreCell(score: number | null, none: string): ScoreCell {
  const light = trafficLight(score);
  return { score, light, text: score === null ? none : `${score} (${TRAFFIC_LIGHT_LABELS[light].toLowerCase()})` };
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

function responseRate({ answered, invited }: { answered: number; invited: number }): string {
  if (invited === 0) return 'Ingen var invitert til å svare.';
  return `${answered} av ${invited} inviterte sendte inn svar (${Math.round((100 * answered) / invited)} %).`;
}

function facts(input: ReportInput): { label: string; value: string }[] {
  const { cooperation, results } = input;
  const hosts = cooperation.members.flatMap((m) => (HOST_ROLES[m.role] ? [{ label: HOST_ROLES[m.role]!, value: m.name }] : []));
  return [
    { label: 'Samarbeid', value: cooperation.name },
    { label: 'Organisering', value: legalForm(cooperation.legalForm)?.name ?? 'Ikke valgt' },
    ...hosts,
    { label: 'Deltakere', value: cooperation.members.length > 0 ? joinNb(cooperation.members.map((m) => m.name)) : 'Ingen registrert' },
    { label: 'Evalueringsrunde', value: `Runde ${results.roundNumber}, åpnet ${formatDate(results.openedAt)} og lukket ${formatDate(results.closedAt)}` },
    { label: 'Svar', value: responseRate(results.responses) },
  ];
}

/** "Øvrige (Operativ leder og Politiske sponsorer)": a merged row says what it holds. */
function groupLabel(row: AnonymousGroups['rows'][number]): string {
  return row.key === OTHERS_KEY ? `${row.label} (${joinNb(row.includes)})` : row.label;
}

function groupTable(groups: AnonymousGroups | null, exact: boolean, what: string): ReportGroupTable {
  if (!groups) return { rows: [], note: ANONYMITY_NOTE, empty: `Resultater ${what} ble ikke tatt vare på for denne runden.` };
  const hidden = groups.hiddenRespondents > 0 ? ` ${groups.hiddenRespondents} svar er derfor ikke vist ${what}.` : '';
  const legacy = exact ? '' : ' Runden ble lukket før små grupper ble slått sammen, så «Øvrige» vises uten poeng.';
  return {
    rows: groups.rows.map((r) => ({
      label: groupLabel(r),
      responses: r.invited === null ? `${r.respondents}` : `${r.respondents} av ${r.invited}`,
      scores: CRITERIA.map((c) => plain(r.criteria[c])),
    })),
    note: `${ANONYMITY_NOTE}${hidden}${legacy}`,
    empty: groups.rows.length === 0 ? `Ingen gruppe hadde nok svar til å vises ${what}.` : null,
  };
}

const attributed = (c: AnonymousComment) => (c.source ? `${c.source}: «${c.text}»` : `«${c.text}»`);

function statements(results: AnonymousResults): EvaluationReport['statements'] {
  return STATEMENT_GROUPS.flatMap((group) => {
    const rows = results.statements.filter((s) => s.group === group);
    if (rows.length === 0) return [];
    return [
      {
        group: STATEMENT_GROUP_LABELS[group],
        rows: rows.map((s) => ({
          label: s.label,
          text: s.text,
          mean: s.tally.mean === null ? '–' : formatNumberNb(s.tally.mean, 2),
          points: plain(s.tally.score),
          answers: `${s.tally.answered} svar, ${s.tally.dontKnow} vet ikke`,
          previous: s.previousMean === null ? '–' : formatNumberNb(s.previousMean, 2),
        })),
      },
    ];
  });
}

function trend(results: AnonymousResults): ReportTrendRow[] {
  return results.trend.map((t) => ({
    label: `Runde ${t.roundNumber} (${formatDate(t.closedAt)})`,
    perceived: CRITERIA.map((c) => plain(t.perceived[c])),
    structural: CRITERIA.map((c) => plain(t.structural[c])),
  }));
}

function comparison(results: AnonymousResults): ReportComparison | null {
  const previous = results.previous;
  if (!previous) return null;
  const triple = (change: ScoreChange, now: number | null): [string, string, string] => [plain(change.previous), plain(now), signed(change.change)];
  const otherVersion = previous.questionnaireVersion !== results.questionnaireVersion ? ', med en annen versjon av spørreskjemaet' : '';
  return {
    caption: `Sammenlignet med runde ${previous.roundNumber}, lukket ${formatDate(previous.closedAt)}${otherVersion}.`,
    rows: CRITERIA.map((c) => ({
      label: CRITERION_SHORT_NAMES[c],
      perceived: triple(previous.perceived[c], results.criteria[c].perceived.score),
      structural: triple(previous.structural[c], results.criteria[c].structural.score),
    })),
  };
}

function goals(results: AnonymousResults): ReportGoal[] {
  return results.goals.map((g) => {
    const parts = [
      `Indikator: ${hasText(g.indicator) ? g.indicator : 'ingen'}`,
      `utgangspunkt ${hasText(g.baseline) ? g.baseline : '–'}`,
      `mål ${hasText(g.target) ? g.target : '–'}`,
      ...(g.deadline ? [`frist ${formatDate(g.deadline)}`] : []),
    ];
    return {
      statement: g.statement,
      measure: `${parts.join(', ')}.`,
      attainment: g.tally.mean === null ? 'Ingen svar på skalaen' : `${formatNumberNb(g.tally.mean, 1)} av 5`,
      answers: `${g.tally.answered} svar, ${g.tally.dontKnow} vet ikke`,
      reportedResults: g.reportedResults.map(attributed),
    };
  });
}

function outcome(o: ReportInput['outcome']): ReportOutcome {
  const note = (text: string | null) => (hasText(text) ? text.trim() : null);
  const decided = o.decision !== null;
  return {
    decided,
    decision: o.decision ? DECISION_LABELS[o.decision] : NOT_DECIDED,
    decisionNote: decided ? note(o.decisionNote) : null,
    decidedAt: decided && o.decidedAt ? formatDate(o.decidedAt) : null,
    recommendation: o.recommendation ? DECISION_LABELS[o.recommendation] : NO_RECOMMENDATION,
    recommendationNote: o.recommendation ? note(o.recommendationNote) : null,
  };
}

export function buildEvaluationReport(input: ReportInput): EvaluationReport {
  const { cooperation, results } = input;
  return {
    title: `Evalueringsrapport: ${cooperation.name} – runde ${results.roundNumber}`,
    cooperationName: cooperation.name,
    roundNumber: results.roundNumber,
    dateLine: `Laget ${formatDate(input.now)}`,
    fileName: reportFileName(cooperation.name, results.roundNumber),
    facts: facts(input),
    summary: hasText(input.outcome.summary) ? { text: input.outcome.summary.trim(), missing: false } : { text: NO_SUMMARY, missing: true },
    criteria: CRITERIA.map((c) => ({ criterion: c, label: CRITERION_LABELS[c], short: CRITERION_SHORT_NAMES[c] })),
    scores: CRITERIA.map((c) => ({
      criterion: c,
      label: CRITERION_LABELS[c],
      perceived: scoreCell(results.criteria[c].perceived.score, 'Ingen svar'),
      structural: scoreCell(results.criteria[c].structural.score, 'Ikke beregnet'),
      respondents: `${results.criteria[c].perceived.respondents} har svart`,
    })),
    scoreNote:
      'Poeng fra 0 til 100. Opplevde poeng er regnet ut fra svarene (1 gir 0 poeng, 5 gir 100; «Vet ikke» teller ikke). Strukturelle poeng er regnet ut fra dataene slik de var da runden ble lukket. Grønn er 70 poeng eller mer, gul 40–69 og rød under 40.',
    perspectives: groupTable(results.perspectives, results.exactGroups, 'per perspektiv'),
    members: groupTable(results.members, true, 'per deltakerkommune'),
    statements: statements(results),
    trend: trend(results),
    comparison: comparison(results),
    noComparison: 'Dette er den første evalueringsrunden, så det er ingen tidligere runde å sammenligne med.',
    goals: goals(results),
    noGoals: 'Samarbeidet hadde ingen registrerte mål da runden ble lukket.',
    warnings: results.warnings.map((w) => ({ title: w.title, severity: w.severity, severityLabel: SEVERITY_LABELS[w.severity], facts: w.facts, advice: w.advice })),
    noWarnings: 'Ingen varsler da runden ble lukket.',
    outcome: outcome(input.outcome),
  };
}
