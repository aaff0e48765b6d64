// The frozen outcome of a closed evaluation round (domain.md sections 4 and 5): perceived and
// structural scores side by side, per perspective, per statement and goal, the open answers,
// the warnings the round strengthened, and the change since the previous round. Built once
// when the round closes and stored as evaluation_rounds.results, so later changes to the
// data or the questionnaire never rewrite history. The decision step and the printable
// report read this type; bump ROUND_RESULTS_FORMAT when its shape changes incompatibly.
import { anonymousGroups, type AnonymousGroups } from './anonymity';
import type { Dossier } from './dossier';
import { structuralScores, type Criterion, type StructuralScores, type TrafficLight } from './legitimacy';
import {
  CRITERIA,
  groupCriteria,
  perceivedScores,
  perceivedSignals,
  perspectiveScores,
  statementTallies,
  tally,
  type PerceivedCriterion,
  type PerspectiveScores,
  type Submission,
  type Tally,
} from './perceived';
import {
  INVITATION_PERSPECTIVES,
  PERSPECTIVE_GROUP_LABELS,
  PERSPECTIVE_GROUP_OF,
  PERSPECTIVE_GROUPS,
  questionnaire,
  type InvitationPerspective,
  type PerspectiveGroup,
  type StatementGroup,
} from './questionnaire';
import { evaluateWarnings, type PerceivedFactor, type PerceivedSignals, type Severity, type Warning } from './warnings';

/** A warning the round's answers raised: new, or stronger than it was before the answers came in. */
export interface RaisedWarning {
  id: string;
  title: string;
  severity: Severity;
  change: 'ny' | 'skjerpet';
}

export const ROUND_RESULTS_FORMAT = 1;

/** A free-text answer, shown with the perspective it came from but never with a name. */
export interface CommentEntry {
  perspective: InvitationPerspective;
  text: string;
}

export interface ResponseRate {
  invited: number;
  /** Invitations submitted; drafts never count. */
  answered: number;
}

export interface CriterionResult {
  /** From the answers (perceived.ts). */
  perceived: PerceivedCriterion;
  /** From the data at close (legitimacy.ts); the indicators are in RoundResults.structural. */
  structural: { score: number | null; light: TrafficLight };
}

export interface StatementResult {
  id: string;
  group: StatementGroup;
  criterion: Criterion;
  factor: PerceivedFactor | null;
  label: string;
  text: string;
  tally: Tally;
  /** The statement's mean (1-5) in the previous round, when it was asked and scored then. */
  previousMean: number | null;
  comments: CommentEntry[];
}

export interface GoalResult {
  goalId: string;
  /** The goal as it read when the round closed. */
  statement: string;
  indicator: string;
  baseline: string;
  target: string;
  deadline: string | null;
  /** Attainment on the 1-5 scale. */
  tally: Tally;
  /** The indicator's result as respondents reported it. */
  reportedResults: CommentEntry[];
  comments: CommentEntry[];
}

/** A score then and now; change is null unless both exist. */
export interface ScoreChange {
  previous: number | null;
  change: number | null;
}

export interface RoundComparison {
  roundId: string;
  roundNumber: number;
  closedAt: string;
  questionnaireVersion: number;
  perceived: Record<Criterion, ScoreChange>;
  structural: Record<Criterion, ScoreChange>;
  perspectives: Record<PerspectiveGroup, Record<Criterion, ScoreChange>>;
}

export interface RoundResults {
  format: typeof ROUND_RESULTS_FORMAT;
  roundId: string;
  cooperationId: string;
  roundNumber: number;
  questionnaireVersion: number;
  /** ISO timestamps. */
  openedAt: string;
  closedAt: string;
  responses: ResponseRate & { byPerspective: Record<PerspectiveGroup, ResponseRate> };
  criteria: Record<Criterion, CriterionResult>;
  perspectives: Record<PerspectiveGroup, PerspectiveScores>;
  /** In the questionnaire's order. */
  statements: StatementResult[];
  /** In the dossier's goal order at close. */
  goals: GoalResult[];
  whatWorks: CommentEntry[];
  whatToChange: CommentEntry[];
  /** The structural scores with every indicator and its facts, as they were at close. */
  structural: StructuralScores;
  /** What the warnings were fed: mean (1-5) per questionnaire factor. */
  signals: PerceivedSignals;
  /** Warnings at close, strengthened by low perceived scores; most severe first. */
  warnings: Warning[];
  /** The last round closed before this one, or null for a first round. */
  previous: RoundComparison | null;
  /**
   * Per perspective and per member municipality, with groups below the anonymity threshold
   * merged or left out (anonymity.ts). Absent in rounds closed before it was added.
   */
  groups?: { perspectives: AnonymousGroups; members: AnonymousGroups };
  /** What closing the round raised; absent in older rounds. */
  raisedWarnings?: RaisedWarning[];
}

export interface RoundResultsInput {
  round: { id: string; number: number; questionnaireVersion: number; openedAt: Date | string };
  dossier: Dossier;
  invitations: readonly { perspective: InvitationPerspective; memberId?: string | null }[];
  /** Submitted answers only. */
  submissions: readonly Submission[];
  previous: RoundResults | null;
  /** The moment of closing. */
  now: Date;
}

export const roundLabel = (n: number) => `evalueringsrunde ${n}`;

export function buildRoundResults(input: RoundResultsInput): RoundResults {
  const { round, submissions, now } = input;
  const q = questionnaire(round.questionnaireVersion);
  // The structural output indicator counts evaluations held: this one is, as of now.
  const closedAt = now.toISOString();
  const others = input.dossier.evaluations.filter((e) => e.id !== round.id);
  const closed = { id: round.id, number: round.number, closedAt, decision: null };
  const dossier: Dossier = { ...input.dossier, evaluations: [...others, closed] };
  const structural = structuralScores(dossier, now);
  const perceived = perceivedScores(q, submissions);
  const signals = perceivedSignals(q, submissions, roundLabel(round.number));
  // The warnings read this round's perceived scores and goal attainment too (the gap rule, output).
  const answered: Dossier = {
    ...input.dossier,
    evaluations: [
      ...others,
      {
        ...closed,
        perceived: { input: perceived.input.score, throughput: perceived.throughput.score, output: perceived.output.score },
        goalAttainment: input.dossier.goals.map((g) => ({ goalId: g.id, mean: tally(submissions.map((sub) => sub.answers.goals[g.id]?.value)).mean })),
      },
    ],
  };
  const before = evaluateWarnings(dossier, now);
  const warnings = evaluateWarnings(answered, now, signals);
  const tallies = statementTallies(q, submissions);
  const previousMeans = new Map(input.previous?.statements.map((s) => [s.id, s.tally.mean]) ?? []);
  const perspectives = perspectiveScores(q, submissions);

  const rate = (group: PerspectiveGroup | null): ResponseRate => {
    const inGroup = <T extends { perspective: InvitationPerspective }>(xs: readonly T[]) =>
      group === null ? xs : xs.filter((x) => PERSPECTIVE_GROUP_OF[x.perspective] === group);
    return { invited: inGroup(input.invitations).length, answered: inGroup(submissions).length };
  };

  const results: RoundResults = {
    format: ROUND_RESULTS_FORMAT,
    roundId: round.id,
    cooperationId: dossier.id,
    roundNumber: round.number,
    questionnaireVersion: q.version,
    openedAt: new Date(round.openedAt).toISOString(),
    closedAt,
    responses: { ...rate(null), byPerspective: byGroup((g) => rate(g)) },
    criteria: byCriterion((c) => ({ perceived: perceived[c], structural: { score: structural[c].score, light: structural[c].light } })),
    perspectives,
    statements: q.statements.map((s) => ({
      id: s.id,
      group: s.group,
      criterion: s.criterion,
      factor: s.factor,
      label: s.label,
      text: s.text,
      tally: tallies.get(s.id)!,
      previousMean: previousMeans.get(s.id) ?? null,
      comments: texts(submissions, (a) => a.statements[s.id]?.comment),
    })),
    goals: dossier.goals.map((g) => ({
      goalId: g.id,
      statement: g.statement,
      indicator: g.indicator,
      baseline: g.baseline,
      target: g.target,
      deadline: g.deadline,
      tally: tally(submissions.map((sub) => sub.answers.goals[g.id]?.value)),
      reportedResults: texts(submissions, (a) => a.goals[g.id]?.result),
      comments: texts(submissions, (a) => a.goals[g.id]?.comment),
    })),
    whatWorks: texts(submissions, (a) => a.whatWorks),
    whatToChange: texts(submissions, (a) => a.whatToChange),
    structural,
    signals,
    warnings,
    previous: null,
    groups: {
      perspectives: perspectiveGroups(q, input.invitations, submissions),
      members: memberGroups(q, input.dossier, input.invitations, submissions),
    },
    raisedWarnings: raised(before, warnings),
  };
  results.previous = input.previous ? compare(results, input.previous) : null;
  return results;
}

const SEVERITY_RANK: Record<Severity, number> = { lav: 0, middels: 1, hoy: 2 };

function raised(before: readonly Warning[], after: readonly Warning[]): RaisedWarning[] {
  return after.flatMap((w): RaisedWarning[] => {
    const was = before.find((b) => b.id === w.id);
    if (was && SEVERITY_RANK[was.severity] >= SEVERITY_RANK[w.severity]) return [];
    return [{ id: w.id, title: w.title, severity: w.severity, change: was ? 'skjerpet' : 'ny' }];
  });
}

function perspectiveGroups(q: ReturnType<typeof questionnaire>, invitations: RoundResultsInput['invitations'], submissions: readonly Submission[]): AnonymousGroups {
  return anonymousGroups(
    PERSPECTIVE_GROUPS.map((g) => ({
      key: g,
      label: PERSPECTIVE_GROUP_LABELS[g],
      invited: invitations.filter((i) => PERSPECTIVE_GROUP_OF[i.perspective] === g).length,
      members: submissions.filter((s) => PERSPECTIVE_GROUP_OF[s.perspective] === g),
    })),
    (subs) => groupCriteria(q, subs),
  );
}

/** Per member municipality: benefit is uneven (seed 002), so results by member show it. */
function memberGroups(q: ReturnType<typeof questionnaire>, dossier: Dossier, invitations: RoundResultsInput['invitations'], submissions: readonly Submission[]): AnonymousGroups {
  return anonymousGroups(
    dossier.members.map((m) => ({
      key: m.id,
      label: m.name,
      invited: invitations.filter((i) => i.memberId === m.id).length,
      members: submissions.filter((s) => s.memberId === m.id),
    })),
    (subs) => groupCriteria(q, subs),
  );
}

function byCriterion<T>(fn: (c: Criterion) => T): Record<Criterion, T> {
  return Object.fromEntries(CRITERIA.map((c) => [c, fn(c)])) as Record<Criterion, T>;
}

function byGroup<T>(fn: (g: PerspectiveGroup) => T): Record<PerspectiveGroup, T> {
  return Object.fromEntries(PERSPECTIVE_GROUPS.map((g) => [g, fn(g)])) as Record<PerspectiveGroup, T>;
}

const change = (now: number | null, before: number | null): ScoreChange => ({
  previous: before,
  change: now === null || before === null ? null : now - before,
});

function compare(current: RoundResults, previous: RoundResults): RoundComparison {
  return {
    roundId: previous.roundId,
    roundNumber: previous.roundNumber,
    closedAt: previous.closedAt,
    questionnaireVersion: previous.questionnaireVersion,
    perceived: byCriterion((c) => change(current.criteria[c].perceived.score, previous.criteria[c].perceived.score)),
    structural: byCriterion((c) => change(current.criteria[c].structural.score, previous.criteria[c].structural.score)),
    perspectives: byGroup((g) => byCriterion((c) => change(current.perspectives[g].criteria[c], previous.perspectives[g].criteria[c]))),
  };
}

/** Non-empty texts, ordered by perspective and then alphabetically, so the order reveals no one. */
function texts(submissions: readonly Submission[], pick: (a: Submission['answers']) => string | null | undefined): CommentEntry[] {
  return submissions
    .flatMap((s) => {
      const text = pick(s.answers)?.trim();
      return text ? [{ perspective: s.perspective, text }] : [];
    })
    .sort((a, b) => INVITATION_PERSPECTIVES.indexOf(a.perspective) - INVITATION_PERSPECTIVES.indexOf(b.perspective) || a.text.localeCompare(b.text, 'nb'));
}

/** A stored results value of the format this code reads; anything else is treated as missing. */
export function isRoundResults(value: unknown): value is RoundResults {
  return typeof value === 'object' && value !== null && (value as { format?: unknown }).format === ROUND_RESULTS_FORMAT && typeof (value as { roundId?: unknown }).roundId === 'string';
}
