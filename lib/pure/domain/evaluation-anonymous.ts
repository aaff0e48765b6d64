// What a reader of a closed round may see: the frozen results (evaluation-results.ts) with
// the anonymity rule of anonymity.ts applied. Every result view — the results page, the
// printable report, the PDF and the CSV — takes AnonymousResults and nothing else, so none
// of them can show a small group or attribute a comment to one. Rounds closed before the
// rule existed are read the same way: their small groups are left out (their merged scores
// cannot be recomputed), and their comments lose the role of a small group.
import { createTranslator } from 'use-intl/core';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import { anonymousGroups, MIN_GROUP_SIZE, type AnonymousGroups } from './anonymity';
import type { CommentEntry, CriterionResult, GoalResult, RaisedWarning, RoundComparison, RoundResults, StatementResult } from './evaluation-results';
import type { Criterion, StructuralScores } from './legitimacy';
import { CRITERIA } from './perceived';
import { PERSPECTIVE_GROUP_LABELS, PERSPECTIVE_GROUP_OF, PERSPECTIVE_GROUPS } from './questionnaire';
import type { Warning } from './warnings';

export interface AnonymousComment {
  /** The group the comment came from, when that group is shown; otherwise null. */
  source: string | null;
  text: string;
}

/** One closed round in the trend across all rounds. */
export interface TrendPoint {
  roundNumber: number;
  closedAt: string;
  perceived: Record<Criterion, number | null>;
  structural: Record<Criterion, number | null>;
}

export interface AnonymousResults {
  roundId: string;
  cooperationId: string;
  roundNumber: number;
  questionnaireVersion: number;
  openedAt: string;
  closedAt: string;
  responses: { answered: number; invited: number };
  criteria: Record<Criterion, CriterionResult>;
  perspectives: AnonymousGroups;
  /** Null for rounds closed before results per member municipality were kept. */
  members: AnonymousGroups | null;
  /** False for older rounds, where merged groups carry no scores. */
  exactGroups: boolean;
  statements: (Omit<StatementResult, 'comments'> & { comments: AnonymousComment[] })[];
  goals: (Omit<GoalResult, 'comments' | 'reportedResults'> & { comments: AnonymousComment[]; reportedResults: AnonymousComment[] })[];
  whatWorks: AnonymousComment[];
  whatToChange: AnonymousComment[];
  structural: StructuralScores;
  warnings: Warning[];
  /** Null for rounds closed before it was recorded. */
  raisedWarnings: RaisedWarning[] | null;
  previous: Omit<RoundComparison, 'perspectives'> | null;
  /** Every closed round up to and including this one, oldest first. */
  trend: TrendPoint[];
}

/** An older round's perspective table: its small groups cannot be merged exactly, so they are left out. */
function legacyPerspectives(results: RoundResults): AnonymousGroups {
  const scores = Object.fromEntries(PERSPECTIVE_GROUPS.map((g) => [g, results.perspectives[g]?.criteria]));
  const table = anonymousGroups(
    PERSPECTIVE_GROUPS.map((g) => ({
      key: g,
      label: PERSPECTIVE_GROUP_LABELS[g],
      invited: results.responses.byPerspective[g]?.invited ?? null,
      members: Array.from({ length: results.responses.byPerspective[g]?.answered ?? 0 }, () => g),
    })),
    // A single group's stored scores are exact; a merged group's would be an average of averages.
    (members) => (new Set(members).size === 1 && scores[members[0]!] ? scores[members[0]!]! : nulls()),
  );
  return table;
}

const nulls = (): Record<Criterion, number | null> => Object.fromEntries(CRITERIA.map((c) => [c, null])) as Record<Criterion, number | null>;

/** Attribution by group, sorted by source and text so that the order reveals no role inside a merged group. */
function comments(entries: readonly CommentEntry[], perspectives: AnonymousGroups): AnonymousComment[] {
  return entries
    .map((c) => ({ source: perspectives.labelOf[PERSPECTIVE_GROUP_OF[c.perspective]] ?? null, text: c.text }))
    .sort((a, b) => (a.source ?? '\uffff').localeCompare(b.source ?? '\uffff', 'nb') || a.text.localeCompare(b.text, 'nb'));
}

export function anonymousResults(results: RoundResults, trend: readonly TrendPoint[] = []): AnonymousResults {
  const perspectives = results.groups?.perspectives ?? legacyPerspectives(results);
  const { previous } = results;
  return {
    roundId: results.roundId,
    cooperationId: results.cooperationId,
    roundNumber: results.roundNumber,
    questionnaireVersion: results.questionnaireVersion,
    openedAt: results.openedAt,
    closedAt: results.closedAt,
    responses: { answered: results.responses.answered, invited: results.responses.invited },
    criteria: results.criteria,
    perspectives,
    members: results.groups?.members ?? null,
    exactGroups: results.groups !== undefined,
    statements: results.statements.map((s) => ({ ...s, comments: comments(s.comments, perspectives) })),
    goals: results.goals.map((g) => ({ ...g, comments: comments(g.comments, perspectives), reportedResults: comments(g.reportedResults, perspectives) })),
    whatWorks: comments(results.whatWorks, perspectives),
    whatToChange: comments(results.whatToChange, perspectives),
    structural: results.structural,
    warnings: results.warnings,
    raisedWarnings: results.raisedWarnings ?? null,
    previous: previous
      ? { roundId: previous.roundId, roundNumber: previous.roundNumber, closedAt: previous.closedAt, questionnaireVersion: previous.questionnaireVersion, perceived: previous.perceived, structural: previous.structural }
      : null,
    trend: [...trend].sort((a, b) => a.roundNumber - b.roundNumber),
  };
}

/** The trend point of a stored round (the same frozen results the views read). */
export function trendPoint(results: Pick<RoundResults, 'roundNumber' | 'closedAt' | 'criteria'>): TrendPoint {
  const pick = (f: (c: Criterion) => number | null) => Object.fromEntries(CRITERIA.map((c) => [c, f(c)])) as Record<Criterion, number | null>;
  return {
    roundNumber: results.roundNumber,
    closedAt: results.closedAt,
    perceived: pick((c) => results.criteria[c].perceived.score),
    structural: pick((c) => results.criteria[c].structural.score),
  };
}

/** The words of the anonymity rule: the results page's translator (`evaluering.runde`), bokmål by default. */
export type AnonymityWords = (key: 'anonymityNote', values: { min: number }) => string;

const bokmaal = createTranslator({ locale: 'nb', messages: CATALOGUES.nb, namespace: 'evaluering.runde' });

/** The anonymity rule in a sentence or three, in the reader's language. */
export function anonymityNote(t: AnonymityWords = bokmaal): string {
  return t('anonymityNote', { min: MIN_GROUP_SIZE });
}

export const ANONYMITY_NOTE = anonymityNote();
