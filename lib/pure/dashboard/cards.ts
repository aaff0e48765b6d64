// One card per cooperation on "Mine samarbeid": state, the next anchoring point, the last one
// held, what is overdue, open tasks, warnings and the three legitimacy lights — and the order
// of the cards, most urgent first. Pure: the caller loads the data and passes `now`.
import { isEnded, type AnchoringOccurrence, type Dossier, type LifecycleState } from '@/lib/pure/domain/dossier';
import { osloDateOf, type IsoDate } from '@/lib/pure/domain/iso-date';
import { structuralScores, type StructuralScores } from '@/lib/pure/domain/legitimacy';
import { codedWarning, evaluateWarnings, type CodedWarning } from '@/lib/pure/domain/warnings';
import type { ExecutionLike } from './information';
import { calendarDate, lastHeld, nextOccurrences, overdueOccurrences } from './occurrences';
import { openTasks, type DashboardTask, type TaskKind } from './tasks';

/** An occurrence with the body it was planned for (copied onto the row, so it outlives the plan). */
export type FollowUpOccurrence = AnchoringOccurrence & { body: string };

export interface DashboardInput {
  dossier: Dossier;
  /** The open round of member decisions (the machine's snapshot context); null when unknown. */
  decisionRound: number | null;
  occurrences: FollowUpOccurrence[];
  executions: ExecutionLike[];
}

export interface CardOccurrence {
  id: string;
  body: string;
  memberName: string;
  /** The due date, or the date it was held or moved to. */
  date: IsoDate;
  dueDate: IsoDate;
  saksnummer: string | null;
  minutesUrl: string | null;
}

export interface OverdueGroup {
  body: string;
  dueDate: IsoDate;
  memberNames: string[];
}

export interface NextAnchoring {
  date: IsoDate;
  /** One entry per body meeting that day, with the members it concerns (in member order). */
  entries: { body: string; memberNames: string[]; allMembers: boolean }[];
}

/**
 * Cards are grouped: cooperations in work (establishing, running, changing) first with their
 * lights; drafts and ended cooperations below, by themselves and without lights.
 */
export type CardGroup = 'aktiv' | 'utkast' | 'avsluttet';

export function cardGroup(state: LifecycleState): CardGroup {
  return isEnded(state) ? 'avsluttet' : state === 'utkast' ? 'utkast' : 'aktiv';
}

/** A task seen by someone who may not act on it: what is waiting, in plain words. */
export interface WaitingItem {
  kind: TaskKind;
  text: string;
  overdue: boolean;
}

export interface DashboardCard {
  id: string;
  name: string;
  state: LifecycleState;
  group: CardGroup;
  memberCount: number;
  next: NextAnchoring | null;
  lastHeld: CardOccurrence | null;
  overdueCount: number;
  /** The oldest overdue occurrences grouped by body and due date (at most OVERDUE_SHOWN groups). */
  overdue: OverdueGroup[];
  /** Tasks the viewer can act on. */
  tasks: DashboardTask[];
  /** Tasks for others: shown as status. */
  waiting: WaitingItem[];
  /** As codes, worded in the reader's language on display (wordWarning): the card is stored in a summary. */
  warnings: CodedWarning[];
  scores: StructuralScores;
}

export const OVERDUE_SHOWN = 4;

/** In lists a municipality is its name ("Lillesand"); other partners keep their full name. */
export function shortMemberName(m: Pick<Dossier['members'][number], 'name' | 'kommunenummer'>): string {
  return m.kommunenummer === null ? m.name : m.name.replace(/ kommune$/, '');
}

export function capitalise(text: string): string {
  const t = text.trim();
  return t.charAt(0).toLocaleUpperCase('nb-NO') + t.slice(1);
}

/**
 * `mayAct` says whether the viewer can act on a kind of task (TASK_ACTIONS in tasks.ts,
 * decided by can()); without it every task is the viewer's.
 */
export function buildCard(input: DashboardInput, now: Date, mayAct: (kind: TaskKind) => boolean = () => true): DashboardCard {
  const { dossier } = input;
  const today = osloDateOf(now);
  const memberName = new Map(dossier.members.map((m) => [m.id, m.name]));
  const shortName = new Map(dossier.members.map((m) => [m.id, shortMemberName(m)]));
  const view = (o: FollowUpOccurrence, names = memberName): CardOccurrence => ({
    id: o.id,
    body: capitalise(o.body),
    memberName: names.get(o.memberId) ?? 'Tidligere deltaker',
    date: calendarDate(o),
    dueDate: o.dueDate,
    saksnummer: o.saksnummer,
    minutesUrl: o.minutesUrl,
  });
  const overdue = overdueOccurrences(input.occurrences, today);
  const held = lastHeld(input.occurrences);
  const all = openTasks(dossier, { today, decisionRound: input.decisionRound, executions: input.executions });
  return personalCard({
    id: dossier.id,
    name: dossier.name,
    state: dossier.state,
    group: cardGroup(dossier.state),
    memberCount: dossier.members.length,
    next: nextAnchoring(input.occurrences, today, dossier.members),
    lastHeld: held ? view(held) : null,
    overdueCount: overdue.length,
    overdue: groupOverdue(overdue.map((o) => view(o, shortName))).slice(0, OVERDUE_SHOWN),
    tasks: all,
    waiting: [],
    warnings: evaluateWarnings(dossier, now).map(codedWarning),
    scores: structuralScores(dossier, now),
  }, mayAct);
}

/**
 * The card as one viewer sees it: the tasks they may act on, the others as status. Applied to a
 * card built with every task (a stored summary, lib/pure/dashboard/summary.ts) or while building.
 */
export function personalCard(card: DashboardCard, mayAct: (kind: TaskKind) => boolean): DashboardCard {
  return {
    ...card,
    tasks: card.tasks.filter((t) => mayAct(t.kind)),
    waiting: [...card.waiting, ...card.tasks.filter((t) => !mayAct(t.kind)).map((t) => ({ kind: t.kind, text: t.status, overdue: t.overdue }))],
  };
}

/** One line per body and due date: "Formannskap, frist 31.12.2025: Vennesla, Lillesand". */
function groupOverdue(overdue: readonly CardOccurrence[]): OverdueGroup[] {
  const groups = new Map<string, OverdueGroup>();
  for (const o of overdue) {
    const key = `${o.dueDate}\u0000${o.body}`;
    const group = groups.get(key) ?? { body: o.body, dueDate: o.dueDate, memberNames: [] };
    group.memberNames.push(o.memberName);
    groups.set(key, group);
  }
  return [...groups.values()];
}

function nextAnchoring(occurrences: readonly FollowUpOccurrence[], today: IsoDate, members: Dossier['members']): NextAnchoring | null {
  const next = nextOccurrences(occurrences, today);
  if (next.length === 0) return null;
  const byBody = new Map<string, Set<string>>();
  for (const o of next) {
    const body = capitalise(o.body);
    byBody.set(body, (byBody.get(body) ?? new Set()).add(o.memberId));
  }
  const entries = [...byBody].map(([body, ids]) => {
    const current = members.filter((m) => ids.has(m.id));
    const former = ids.size - current.length;
    return {
      body,
      memberNames: [...current.map(shortMemberName), ...Array<string>(former).fill('Tidligere deltaker')],
      allMembers: members.length > 1 && current.length === members.length,
    };
  });
  return { date: calendarDate(next[0]!), entries };
}

/**
 * How urgent a card is, as a tuple compared left to right: overdue anchoring and tasks past
 * their deadline, then high-severity warnings, then all warnings, then open tasks.
 */
export function urgency(card: DashboardCard): number[] {
  return [
    card.overdueCount + card.tasks.filter((t) => t.overdue).length,
    card.warnings.filter((w) => w.severity === 'hoy').length,
    card.warnings.length,
    card.tasks.length,
  ];
}

/** Most urgent first; equally urgent cards by name. */
export function sortCards(cards: readonly DashboardCard[]): DashboardCard[] {
  const compare = (a: number[], b: number[]) => {
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return b[i]! - a[i]!;
    return 0;
  };
  return [...cards].sort((a, b) => compare(urgency(a), urgency(b)) || a.name.localeCompare(b.name, 'nb'));
}

export function buildDashboard(inputs: readonly DashboardInput[], now: Date): DashboardCard[] {
  return sortCards(inputs.map((i) => buildCard(i, now)));
}
