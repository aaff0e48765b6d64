// Perceived legitimacy (domain.md sections 4 and 5): scores 0-100 per criterion from the
// submitted evaluation answers, shown beside the structural scores of legitimacy.ts. Pure.
//
// Scoring rules (unit-tested against hand-worked fixtures in perceived.test.ts):
// - An answer on the 1-5 scale is worth (value - 1) / 4 * 100 points: 1 = 0, 3 = 50, 5 = 100.
//   "Vet ikke" and unanswered statements are counted, but never scored.
// - A respondent's criterion score is the mean of their points over the statements of that
//   criterion they answered on the scale (null if they answered none).
// - A criterion's perceived score is the mean of the respondents' criterion scores, so every
//   respondent weighs the same however many statements they could answer. The same rule,
//   within one perspective, gives the perspective scores.
// - Rounding happens once, at the end: scores to whole points (half up), means to 2 decimals.
import { trafficLight, type Criterion, type TrafficLight } from './legitimacy';
import {
  DONT_KNOW,
  PERSPECTIVE_GROUP_OF,
  PERSPECTIVE_GROUPS,
  type DontKnow,
  type InvitationPerspective,
  type PerspectiveGroup,
  type Questionnaire,
  type ScaleValue,
} from './questionnaire';
import type { PerceivedFactor, PerceivedSignals } from './warnings';

/** One answer: a value on the scale, "vet ikke", or nothing yet (drafts only). */
export type Response = ScaleValue | DontKnow | null;

export interface StatementAnswer {
  value: Response;
  comment: string | null;
}

export interface GoalAnswer {
  /** Attainment on the 1-5 scale. */
  value: Response;
  /** The indicator's result as the respondent reports it, e.g. "86 % (2025)". */
  result: string | null;
  comment: string | null;
}

/** Everything one respondent answers in a round; stored as the invitation's answers. */
export interface Answers {
  /** Statement id -> answer. */
  statements: Record<string, StatementAnswer>;
  /** Goal id -> answer. */
  goals: Record<string, GoalAnswer>;
  whatWorks: string | null;
  whatToChange: string | null;
}

/** A submitted set of answers and the perspective it was given from. */
export interface Submission {
  perspective: InvitationPerspective;
  answers: Answers;
  /** The member municipality the respondent speaks for, when the invitation named one. */
  memberId?: string | null;
}

export interface Tally {
  /** Answers on the 1-5 scale. */
  answered: number;
  dontKnow: number;
  /** Answers per scale value: index 0 holds the 1s, index 4 the 5s. */
  distribution: [number, number, number, number, number];
  /** Mean on the 1-5 scale to two decimals; null when nobody answered on the scale. */
  mean: number | null;
  /** The mean as whole points 0-100; null when nobody answered on the scale. */
  score: number | null;
}

export interface PerceivedCriterion {
  score: number | null;
  light: TrafficLight;
  /** Respondents who answered at least one statement of the criterion on the scale. */
  respondents: number;
}

export interface PerspectiveScores {
  /** Submissions from this perspective. */
  respondents: number;
  criteria: Record<Criterion, number | null>;
}

/** The criteria in the order every table and chart shows them. */
export const CRITERIA: readonly Criterion[] = ['input', 'throughput', 'output'];

export const isScaleValue = (r: Response | undefined): r is ScaleValue => typeof r === 'number';

/** Points for a value on the 1-5 scale, or for a mean of such values. */
export function points(value: number): number {
  return ((value - 1) / 4) * 100;
}

const mean = (values: readonly number[]): number | null => (values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length);
const twoDecimals = (n: number) => Math.round(n * 100) / 100;
const whole = (n: number | null) => (n === null ? null : Math.round(n));

export function tally(responses: readonly (Response | undefined)[]): Tally {
  const distribution: Tally['distribution'] = [0, 0, 0, 0, 0];
  let dontKnow = 0;
  for (const r of responses) {
    if (isScaleValue(r)) distribution[r - 1] = (distribution[r - 1] ?? 0) + 1;
    else if (r === DONT_KNOW) dontKnow += 1;
  }
  const values = responses.filter(isScaleValue);
  const m = mean(values);
  return { answered: values.length, dontKnow, distribution, mean: m === null ? null : twoDecimals(m), score: m === null ? null : Math.round(points(m)) };
}

/** One respondent's criterion score, unrounded; null when they scored no statement of it. */
export function respondentScore(q: Questionnaire, answers: Answers, criterion: Criterion): number | null {
  const values = q.statements.filter((s) => s.criterion === criterion).map((s) => answers.statements[s.id]?.value);
  return mean(values.filter(isScaleValue).map(points));
}

function criterionMean(q: Questionnaire, submissions: readonly Submission[], criterion: Criterion) {
  const scores = submissions.map((s) => respondentScore(q, s.answers, criterion)).filter((n): n is number => n !== null);
  return { score: whole(mean(scores)), respondents: scores.length };
}

export function perceivedScores(q: Questionnaire, submissions: readonly Submission[]): Record<Criterion, PerceivedCriterion> {
  const entry = (criterion: Criterion): PerceivedCriterion => {
    const { score, respondents } = criterionMean(q, submissions, criterion);
    return { score, light: trafficLight(score), respondents };
  };
  return { input: entry('input'), throughput: entry('throughput'), output: entry('output') };
}

/** Perceived points per criterion for any group of submissions (the perspective and member tables). */
export function groupCriteria(q: Questionnaire, submissions: readonly Submission[]): Record<Criterion, number | null> {
  return Object.fromEntries(CRITERIA.map((c) => [c, criterionMean(q, submissions, c).score])) as Record<Criterion, number | null>;
}

export function perspectiveScores(q: Questionnaire, submissions: readonly Submission[]): Record<PerspectiveGroup, PerspectiveScores> {
  const entries = PERSPECTIVE_GROUPS.map((group): [PerspectiveGroup, PerspectiveScores] => {
    const own = submissions.filter((s) => PERSPECTIVE_GROUP_OF[s.perspective] === group);
    const criteria = Object.fromEntries(CRITERIA.map((c) => [c, criterionMean(q, own, c).score])) as Record<Criterion, number | null>;
    return [group, { respondents: own.length, criteria }];
  });
  return Object.fromEntries(entries) as Record<PerspectiveGroup, PerspectiveScores>;
}

/** Per statement of the questionnaire, in its order. */
export function statementTallies(q: Questionnaire, submissions: readonly Submission[]): Map<string, Tally> {
  return new Map(q.statements.map((s) => [s.id, tally(submissions.map((sub) => sub.answers.statements[s.id]?.value))]));
}

/**
 * The means (1-5) the warnings read: per factor, all scale answers to the statements that
 * measure it, pooled. Factors nobody scored are left out.
 */
export function perceivedSignals(q: Questionnaire, submissions: readonly Submission[], roundLabel?: string): PerceivedSignals {
  const means: Partial<Record<PerceivedFactor, number>> = {};
  const factors = new Set(q.statements.flatMap((s) => (s.factor ? [s.factor] : [])));
  for (const factor of factors) {
    const ids = q.statements.filter((s) => s.factor === factor).map((s) => s.id);
    const m = tally(submissions.flatMap((sub) => ids.map((id) => sub.answers.statements[id]?.value))).mean;
    if (m !== null) means[factor] = m;
  }
  return roundLabel ? { means, roundLabel } : { means };
}
