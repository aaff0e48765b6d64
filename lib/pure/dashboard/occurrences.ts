// Anchoring occurrences as people follow them up: what is overdue, what comes next, what was
// last held, and the calendar grouped by month. Pure; `today` is an ISO calendar day.
//
// Rules (shown to users on the anchoring pages):
// - A planned occurrence is overdue ("Forfalt") the day after its due date (as overdue() in
//   lib/pure/domain/anchoring-schedule.ts).
// - A moved occurrence ('utsatt') keeps its original due date and carries the new date in
//   heldDate (see db/queries/follow-up.ts); it is open until it is logged as held or missed,
//   and overdue the day after the new date. A move without a new date is never overdue.
import type { AnchoringOccurrence, OccurrenceStatus } from '@/lib/pure/domain/dossier';
import { overdue } from '@/lib/pure/domain/anchoring-schedule';
import type { IsoDate } from '@/lib/pure/domain/iso-date';

export type OccurrenceView = OccurrenceStatus | 'forfalt';

export const OCCURRENCE_VIEW_LABELS: Readonly<Record<OccurrenceView, string>> = {
  planlagt: 'Planlagt',
  forfalt: 'Forfalt',
  holdt: 'Holdt',
  utsatt: 'Flyttet',
  ikke_holdt: 'Ikke holdt',
};

type Timed = Pick<AnchoringOccurrence, 'status' | 'dueDate' | 'heldDate'>;

/** The date a moved occurrence was moved to; null for every other status. */
export function movedTo(o: Timed): IsoDate | null {
  return o.status === 'utsatt' ? o.heldDate : null;
}

/** When the occurrence happens or is expected to: the held or moved-to date, else the due date. */
export function calendarDate(o: Timed): IsoDate {
  if ((o.status === 'holdt' || o.status === 'utsatt') && o.heldDate) return o.heldDate;
  return o.dueDate;
}

/** Not yet logged as held or missed. */
export function isOpen(o: Pick<Timed, 'status'>): boolean {
  return o.status === 'planlagt' || o.status === 'utsatt';
}

export function occurrenceView(o: Timed, today: IsoDate): OccurrenceView {
  if (isOverdue(o, today)) return 'forfalt';
  return o.status;
}

export function isOverdue(o: Timed, today: IsoDate): boolean {
  if (o.status === 'planlagt') return o.dueDate < today;
  const to = movedTo(o);
  return to !== null && to < today;
}

/** Every overdue occurrence, oldest first: planned ones past due, and moved ones past their new date. */
export function overdueOccurrences<O extends Timed>(occurrences: readonly O[], today: IsoDate): O[] {
  const planned = overdue(occurrences, today);
  const moved = occurrences.filter((o) => o.status === 'utsatt' && isOverdue(o, today));
  return [...planned, ...moved].sort((a, b) => calendarDate(a).localeCompare(calendarDate(b)));
}

/** The open occurrences on the first calendar date from today on; [] when nothing is planned. */
export function nextOccurrences<O extends Timed>(occurrences: readonly O[], today: IsoDate): O[] {
  const upcoming = occurrences.filter((o) => isOpen(o) && calendarDate(o) >= today);
  const first = upcoming.map(calendarDate).sort()[0];
  return first === undefined ? [] : upcoming.filter((o) => calendarDate(o) === first);
}

/** The held occurrence with the latest held date; ties keep the first in the list. */
export function lastHeld<O extends Timed>(occurrences: readonly O[]): O | null {
  let latest: O | null = null;
  for (const o of occurrences) {
    if (o.status !== 'holdt' || !o.heldDate) continue;
    if (latest === null || o.heldDate > latest.heldDate!) latest = o;
  }
  return latest;
}

export interface MonthGroup<O> {
  /** YYYY-MM */
  month: string;
  /** "mars 2026" */
  label: string;
  items: O[];
}

const MONTH_NAMES = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'];

export function monthLabel(month: string): string {
  const [year, m] = month.split('-');
  return `${MONTH_NAMES[Number(m) - 1] ?? m} ${year}`;
}

/** Occurrences by the month of their calendar date (or of `dateOf`), months and items in date order. */
export function groupByMonth<O>(occurrences: readonly O[], dateOf: (o: O) => IsoDate): MonthGroup<O>[] {
  const sorted = [...occurrences].sort((a, b) => dateOf(a).localeCompare(dateOf(b)));
  const groups: MonthGroup<O>[] = [];
  for (const o of sorted) {
    const month = dateOf(o).slice(0, 7);
    const last = groups.at(-1);
    if (last?.month === month) last.items.push(o);
    else groups.push({ month, label: monthLabel(month), items: [o] });
  }
  return groups;
}
