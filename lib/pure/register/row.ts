// One row of a municipality's register of cooperations (the overview kommuneloven § 17-4
// is about): what the table, the filters and the CSV export all read. Pure: the caller
// passes the dossier, the few columns the dossier does not carry, and "now".
import { computeCostShares, type CostShareErrorCode } from '@/lib/pure/domain/cost-shares';
import type { Dossier, LifecycleState, MemberRole, SponsorKind } from '@/lib/pure/domain/dossier';
import { evaluationDue } from '@/lib/pure/domain/evaluation-due';
import { osloDateOf, type IsoDate } from '@/lib/pure/domain/iso-date';
import { legalForm } from '@/lib/pure/domain/legal-forms';
import { structuralScores, type Criterion, type TrafficLight } from '@/lib/pure/domain/legitimacy';
import { lastClosedEvaluation } from '@/lib/pure/domain/legitimacy-throughput-output';

export interface LightValue {
  light: TrafficLight;
  /** 0-100, or null when no indicator applies yet. */
  score: number | null;
}

/** The register municipality's own share of the costs, from the cost key and the budget. */
export type OwnShare =
  | { ok: true; basisPoints: number; amountOre: number }
  /**
   * Why there is no share: the cost key's bokmål reason (no key, no budget, a missing figure),
   * and its code with the members' names and the fixed shares' total, so a page can word it in
   * its own language (summaries stored before SUMMARY_FORMAT 2 have only the reason).
   */
  | { ok: false; reason: string; code?: CostShareErrorCode; names?: string[]; total?: number };

export interface NextEvaluation {
  /** The scheduled day; null before the cooperation has started. */
  dueDate: IsoDate | null;
  /** The day has passed and no round is open. */
  overdue: boolean;
  /** A round is open now. */
  inProgress: boolean;
}

export interface RegisterRow {
  id: string;
  name: string;
  /** Name of the legal form, or null when none is chosen yet. */
  legalForm: string | null;
  /** The catalogue code, for the legal-form filter. */
  legalFormCode: string | null;
  organisationNumber: string | null;
  /** The real start date (for a registered existing cooperation, the day it started, not the day it was entered). */
  startDate: IsoDate | null;
  /** Null when the register municipality is not a current member (it never is in its own register). */
  ownShare: OwnShare | null;
  /** Only for cooperations that are running (drift, evaluering, beslutning, redesign). */
  nextEvaluation: NextEvaluation | null;
  taskArea: string | null;
  /** Members that are vertskommune or kontorkommune. */
  hosts: string[];
  /** "Vertskommune", "Kontorkommune" (or both) for the hosts above; null when there are none. */
  hostLabel: string | null;
  members: string[];
  /** The register's own municipality's sponsors, e.g. "Politisk: Kari Nilsen". */
  sponsors: string[];
  state: LifecycleState;
  /** Day the latest evaluation round closed; null = not evaluated yet. */
  lastEvaluation: IsoDate | null;
  lights: Record<Criterion, LightValue>;
  isPublic: boolean;
}

export const CRITERIA: readonly Criterion[] = ['input', 'throughput', 'output'];

/** The short research terms, used where the long labels would not fit. */
export const CRITERION_SHORT: Readonly<Record<Criterion, string>> = {
  input: 'Input',
  throughput: 'Throughput',
  output: 'Output',
};

export const LIGHT_WORDS: Readonly<Record<TrafficLight, string>> = {
  groenn: 'grønn',
  gul: 'gul',
  roed: 'rød',
  ukjent: 'ukjent',
};

export const MEMBER_ROLE_LABELS: Readonly<Record<MemberRole, string>> = {
  vertskommune: 'Vertskommune',
  samarbeidskommune: 'Samarbeidskommune',
  deltaker: 'Deltaker',
  kontorkommune: 'Kontorkommune',
};

const SPONSOR_WORDS: Readonly<Record<SponsorKind, string>> = { politisk: 'Politisk', administrativ: 'Administrativ' };
const SPONSOR_ORDER: Readonly<Record<SponsorKind, number>> = { politisk: 0, administrativ: 1 };

const HOST_ROLES: readonly MemberRole[] = ['vertskommune', 'kontorkommune'];

/** The light as words, so colour never carries the meaning alone: "Input: gul (55 av 100)". */
export function lightText(criterion: Criterion, value: LightValue): string {
  const score = value.score === null ? 'ingen data ennå' : `${value.score} av 100`;
  return `${CRITERION_SHORT[criterion]}: ${LIGHT_WORDS[value.light]} (${score})`;
}

/** The same verdict compactly for the eye, "Input: gul (55)"; screen readers get lightText. */
export function shortLightText(criterion: Criterion, value: LightValue): string {
  return `${CRITERION_SHORT[criterion]}: ${LIGHT_WORDS[value.light]}${value.score === null ? '' : ` (${value.score})`}`;
}

export interface RowContext {
  /** The municipality whose register this is (its sponsors are listed). */
  kommunenummer: string;
  /** The task area's name (the dossier only has its id). */
  taskArea: string | null;
  isPublic: boolean;
  organisationNumber?: string | null;
}

const RUNNING: readonly LifecycleState[] = ['drift', 'evaluering', 'beslutning', 'redesign'];

/** The municipality's share; a municipality with several memberships (never the case) counts once. */
export function ownShare(dossier: Dossier, kommunenummer: string): OwnShare | null {
  const own = dossier.members.find((m) => m.kommunenummer === kommunenummer);
  if (!own) return null;
  const result = computeCostShares(dossier.members, dossier.framing.costKey, dossier.framing.budgetOre);
  if (!result.ok) {
    const names = result.memberIds.map((id) => dossier.members.find((m) => m.id === id)?.name ?? id);
    return { ok: false, reason: result.message, code: result.code, names, ...(result.total === undefined ? {} : { total: result.total }) };
  }
  const share = result.shares.find((s) => s.memberId === own.id)!;
  return { ok: true, basisPoints: share.shareBasisPoints, amountOre: share.amountOre };
}

export function nextEvaluation(dossier: Dossier, now: Date): NextEvaluation | null {
  if (!RUNNING.includes(dossier.state)) return null;
  const due = evaluationDue(dossier, now);
  return { dueDate: due.dueDate, overdue: !due.inProgress && due.dueDate !== null && due.dueDate < osloDateOf(now), inProgress: due.inProgress };
}

export function hostNames(dossier: Dossier): string[] {
  return dossier.members.filter((m) => HOST_ROLES.includes(m.role)).map((m) => m.name);
}

/** What to call the hosts: an IPR or KO has a kontorkommune, a host cooperation a vertskommune. */
export function hostLabel(members: readonly { role: MemberRole }[]): string | null {
  const roles = [...new Set(members.map((m) => m.role).filter((r) => HOST_ROLES.includes(r)))];
  if (roles.length === 0) return null;
  return roles.length === 1 ? MEMBER_ROLE_LABELS[roles[0]!] : 'Vertskommune/kontorkommune';
}

/**
 * What a register row needs of the dossier, for every member municipality at once: the columns
 * that are the same in every member's register, and per municipality its own share and its
 * sponsors. Stored with the cooperation's summary (lib/pure/dashboard/summary.ts), so a page of the
 * register reads these instead of building dossiers.
 */
export interface RegisterBase extends Omit<RegisterRow, 'ownShare' | 'sponsors' | 'taskArea' | 'isPublic' | 'organisationNumber'> {
  /** By kommunenummer, for the current member municipalities only. */
  byMunicipality: Record<string, { ownShare: OwnShare | null; sponsors: string[] }>;
}

export function registerBase(dossier: Dossier, now: Date): RegisterBase {
  const scores = structuralScores(dossier, now);
  const byMunicipality: RegisterBase['byMunicipality'] = {};
  for (const kommunenummer of new Set(dossier.members.flatMap((m) => (m.kommunenummer ? [m.kommunenummer] : [])))) {
    byMunicipality[kommunenummer] = { ownShare: ownShare(dossier, kommunenummer), sponsors: ownSponsors(dossier, kommunenummer) };
  }
  return {
    id: dossier.id,
    name: dossier.name,
    legalForm: legalFormName(dossier.design.legalForm),
    legalFormCode: dossier.design.legalForm,
    startDate: dossier.startDate,
    nextEvaluation: nextEvaluation(dossier, now),
    hosts: hostNames(dossier),
    hostLabel: hostLabel(dossier.members),
    members: dossier.members.map((m) => m.name),
    state: dossier.state,
    lastEvaluation: lastClosedEvaluation(dossier),
    lights: {
      input: { light: scores.input.light, score: scores.input.score },
      throughput: { light: scores.throughput.light, score: scores.throughput.score },
      output: { light: scores.output.light, score: scores.output.score },
    },
    byMunicipality,
  };
}

/** The municipality's sponsors, political first, e.g. "Politisk: Kari Nilsen". */
function ownSponsors(dossier: Dossier, kommunenummer: string): string[] {
  const ownMemberIds = new Set(dossier.members.filter((m) => m.kommunenummer === kommunenummer).map((m) => m.id));
  return dossier.sponsors
    .filter((s) => ownMemberIds.has(s.memberId))
    .sort((a, b) => SPONSOR_ORDER[a.kind] - SPONSOR_ORDER[b.kind] || a.name.localeCompare(b.name, 'nb'))
    .map((s) => `${SPONSOR_WORDS[s.kind]}: ${s.name}`);
}

/** The row in one municipality's register. */
export function rowFromBase({ byMunicipality, ...base }: RegisterBase, context: RowContext): RegisterRow {
  const own = byMunicipality[context.kommunenummer];
  return {
    ...base,
    organisationNumber: context.organisationNumber ?? null,
    ownShare: own?.ownShare ?? null,
    taskArea: context.taskArea,
    sponsors: own?.sponsors ?? [],
    isPublic: context.isPublic,
  };
}

export function registerRow(dossier: Dossier, context: RowContext, now: Date): RegisterRow {
  return rowFromBase(registerBase(dossier, now), context);
}

/** A code from an older catalogue shows as itself rather than disappearing. */
export function legalFormName(code: string | null): string | null {
  if (!code) return null;
  return legalForm(code)?.name ?? code;
}
