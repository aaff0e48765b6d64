// The shape of the evaluation report (evaluation-report.ts builds it): one plain model that the
// printable page and the PDF both render. Types only.
import type { Decision } from '@/lib/pure/domain/evaluation-decision';
import type { AnonymousResults } from '@/lib/pure/domain/evaluation-anonymous';
import type { Criterion, TrafficLight } from '@/lib/pure/domain/legitimacy';
import type { MemberRole } from '@/lib/pure/domain/dossier';
import type { Severity } from '@/lib/pure/domain/warnings';

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
