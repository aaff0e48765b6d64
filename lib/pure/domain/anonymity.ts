// The anonymity promise of the evaluations, enforced here and only here: no group of
// respondents (a perspective, a member municipality) with fewer than MIN_GROUP_SIZE answers
// is shown on its own. Small groups are merged into «Øvrige»; when even that would be too
// small, the smallest shown group joins it (so no small group can be worked out by
// subtracting the others from the total), and when nothing reaches the threshold the groups
// are not shown at all. Comments are attributed to a group only when that group is shown.
// Every result view (page, printable report, PDF, CSV) reads rounds through
// anonymousResults() in evaluation-anonymous.ts, which is built on these functions.
import type { Criterion } from './legitimacy';

export const MIN_GROUP_SIZE = 3;
export const OTHERS_KEY = 'ovrige';
export const OTHERS_LABEL = 'Øvrige';

export interface GroupSize<K extends string> {
  key: K;
  respondents: number;
}

export interface Partition<K extends string> {
  /** Shown on their own: each has at least MIN_GROUP_SIZE respondents. */
  shown: K[];
  /** Shown together as «Øvrige» (together at least MIN_GROUP_SIZE). */
  merged: K[];
  /** Not shown at all (fewer than MIN_GROUP_SIZE even together). */
  hidden: K[];
}

/** Groups without respondents are neither shown nor merged: there is nothing to protect or show. */
export function partitionGroups<K extends string>(groups: readonly GroupSize<K>[]): Partition<K> {
  const answered = groups.filter((g) => g.respondents > 0);
  const shown = answered.filter((g) => g.respondents >= MIN_GROUP_SIZE).sort((a, b) => a.respondents - b.respondents);
  const merged = answered.filter((g) => g.respondents < MIN_GROUP_SIZE);
  const size = (list: readonly GroupSize<K>[]) => list.reduce((n, g) => n + g.respondents, 0);
  // A remainder of 1 or 2 could be read off the total: fold the smallest shown group in.
  while (merged.length > 0 && size(merged) < MIN_GROUP_SIZE && shown.length > 0) merged.push(shown.shift()!);
  const order = (list: readonly GroupSize<K>[]) => groups.filter((g) => list.includes(g)).map((g) => g.key);
  if (size(merged) < MIN_GROUP_SIZE) return { shown: order(shown), merged: [], hidden: order(merged) };
  return { shown: order(shown), merged: order(merged), hidden: [] };
}

/** One row of an anonymous group table. */
export interface GroupRow {
  /** The group's key, or OTHERS_KEY for the merged rest. */
  key: string;
  label: string;
  /** For «Øvrige»: the labels of the groups it holds. */
  includes: string[];
  respondents: number;
  /** Invited in the group(s); null when not known. */
  invited: number | null;
  /** Perceived points 0-100; null where nobody in the group scored the criterion, or where an older round cannot say. */
  criteria: Record<Criterion, number | null>;
}

export interface AnonymousGroups {
  rows: GroupRow[];
  /** Keys of the groups in each row, so comments can be attributed (key -> row label). */
  labelOf: Record<string, string>;
  /** Respondents in groups too small to be shown even together. */
  hiddenRespondents: number;
}

export interface GroupInput<K extends string, S> {
  key: K;
  label: string;
  invited: number | null;
  members: readonly S[];
}

/**
 * The anonymous table of a set of groups: the shown groups and the merged «Øvrige», scored
 * from their own members' answers (so a merged score is exact, not an average of averages).
 */
export function anonymousGroups<K extends string, S>(groups: readonly GroupInput<K, S>[], score: (members: readonly S[]) => Record<Criterion, number | null>): AnonymousGroups {
  const partition = partitionGroups(groups.map((g) => ({ key: g.key, respondents: g.members.length })));
  const byKey = new Map(groups.map((g) => [g.key, g]));
  const rows: GroupRow[] = partition.shown.map((k) => {
    const g = byKey.get(k)!;
    return { key: g.key, label: g.label, includes: [g.label], respondents: g.members.length, invited: g.invited, criteria: score(g.members) };
  });
  const labelOf: Record<string, string> = Object.fromEntries(rows.map((r) => [r.key, r.label]));
  if (partition.merged.length > 0) {
    const merged = partition.merged.map((k) => byKey.get(k)!);
    const members = merged.flatMap((g) => g.members);
    const invited = merged.every((g) => g.invited !== null) ? merged.reduce((n, g) => n + g.invited!, 0) : null;
    rows.push({ key: OTHERS_KEY, label: OTHERS_LABEL, includes: merged.map((g) => g.label), respondents: members.length, invited, criteria: score(members) });
    for (const g of merged) labelOf[g.key] = OTHERS_LABEL;
  }
  const hiddenRespondents = partition.hidden.reduce((n, k) => n + byKey.get(k)!.members.length, 0);
  return { rows, labelOf, hiddenRespondents };
}

/** True when no row shows fewer than MIN_GROUP_SIZE respondents: the invariant every view relies on. */
export function isAnonymous(groups: AnonymousGroups): boolean {
  return groups.rows.every((r) => r.respondents >= MIN_GROUP_SIZE);
}
