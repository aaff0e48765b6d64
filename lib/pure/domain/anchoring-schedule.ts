// The anchoring calendar: when each anchoring point (forankringspunkt) falls due for each
// member, how a changed plan replaces the future without touching history, and what is
// overdue. Dates are ISO calendar days (see iso-date.ts); nothing here reads the clock.
//
// Conventions (documented for the UI and for users):
// - Periodic points fall due on the LAST day of each calendar period: months; quarters
//   ending 31.03, 30.06, 30.09, 31.12; half-years ending 30.06 and 31.12; years on 31.12.
// - 'budsjett' falls due 15 December: the member councils adopt next year's budget in
//   December, so the cooperation's budget must be anchored by then.
// - 'aarsmelding' falls due 30 June: annual report and accounts for the previous year
//   (kommuneloven § 14-7) are dealt with in the first half-year.
// - 'vedtektsendring', 'stor_beslutning' and 'valg' have no calendar date; their
//   occurrences are created when the event happens (event-anchoring.ts), and a changed
//   plan never removes them.

import type { AnchoringEvent, AnchoringOccurrence, AnchoringPoint, Frequency, Member } from './dossier';
import { assertIsoDate, lastDayOfMonth, yearOf, type IsoDate } from './iso-date';
import { coversDay } from './membership';

export interface PlannedOccurrence {
  anchoringPointId: string;
  memberId: string;
  dueDate: IsoDate;
}

/** A member, with its membership span when known: no occurrence falls outside it. */
export type ScheduleMember = Pick<Member, 'id' | 'joinedAt' | 'leftAt'>;

/** The months (1-12) whose last day closes a period of each frequency. */
export const PERIOD_END_MONTHS: Readonly<Record<Frequency, readonly number[]>> = {
  maanedlig: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
  kvartalsvis: [3, 6, 9, 12],
  halvaarlig: [6, 12],
  aarlig: [12],
};

/** Events with a conventional yearly date; the rest happen when they happen. */
export const EVENT_DUE_DATES: Readonly<Partial<Record<AnchoringEvent, { month: number; day: number }>>> = {
  budsjett: { month: 12, day: 15 },
  aarsmelding: { month: 6, day: 30 },
};

/** Due dates of one trigger within [fromDate, toDate], both inclusive, in order. */
export function dueDates(trigger: AnchoringPoint['trigger'], fromDate: IsoDate, toDate: IsoDate): IsoDate[] {
  assertIsoDate(fromDate);
  assertIsoDate(toDate);
  const dates: IsoDate[] = [];
  for (let year = yearOf(fromDate); year <= yearOf(toDate); year++) {
    for (const date of datesInYear(trigger, year)) {
      if (date >= fromDate && date <= toDate) dates.push(date);
    }
  }
  return dates;
}

function datesInYear(trigger: AnchoringPoint['trigger'], year: number): IsoDate[] {
  if (trigger.type === 'periodisk') {
    return PERIOD_END_MONTHS[trigger.frequency].map((month) => lastDayOfMonth(year, month));
  }
  const due = EVENT_DUE_DATES[trigger.event];
  if (!due) return [];
  const y = String(year).padStart(4, '0');
  return [`${y}-${String(due.month).padStart(2, '0')}-${String(due.day).padStart(2, '0')}`];
}

/** Members an anchoring point applies to: all when memberIds is empty, else the named ones still in the cooperation. */
export function membersInScope<M extends ScheduleMember>(point: AnchoringPoint, members: readonly M[]): M[] {
  if (point.memberIds.length === 0) return [...members];
  return members.filter((m) => point.memberIds.includes(m.id));
}

/**
 * One occurrence per member in scope per due date within [fromDate, toDate] (inclusive),
 * sorted by due date, then by the order of points, then of members.
 */
export function generateOccurrences(
  points: readonly AnchoringPoint[],
  members: readonly ScheduleMember[],
  fromDate: IsoDate,
  toDate: IsoDate,
): PlannedOccurrence[] {
  const planned: { occurrence: PlannedOccurrence; point: number; member: number }[] = [];
  points.forEach((point, pointIndex) => {
    const scope = membersInScope(point, members);
    for (const dueDate of dueDates(point.trigger, fromDate, toDate)) {
      for (const m of scope) {
        if (!coversDay({ joinedAt: m.joinedAt ?? null, leftAt: m.leftAt ?? null }, dueDate)) continue;
        planned.push({
          occurrence: { anchoringPointId: point.id, memberId: m.id, dueDate },
          point: pointIndex,
          member: members.indexOf(m),
        });
      }
    }
  });
  planned.sort(
    (a, b) =>
      a.occurrence.dueDate.localeCompare(b.occurrence.dueDate) || a.point - b.point || a.member - b.member,
  );
  return planned.map((p) => p.occurrence);
}

export interface Regeneration {
  /** Existing occurrences that stay as they are. */
  keep: AnchoringOccurrence[];
  /** Future planned occurrences the new plan no longer has. */
  delete: AnchoringOccurrence[];
  /** New occurrences to insert (status 'planlagt'). */
  create: PlannedOccurrence[];
}

const slot = (o: PlannedOccurrence) => `${o.anchoringPointId}\u0000${o.memberId}\u0000${o.dueDate}`;

/**
 * Replace the planned future with the current plan from `today` to `horizonEnd`.
 * History is never touched: anything logged (status other than 'planlagt') and anything
 * due before today is kept. A future planned occurrence that the new plan has too is kept
 * rather than deleted and recreated, so its id (and e.g. calendar links) survive; a slot
 * already taken by a kept occurrence is never created twice.
 */
export function regenerateFuture(
  existing: readonly AnchoringOccurrence[],
  points: readonly AnchoringPoint[],
  members: readonly ScheduleMember[],
  today: IsoDate,
  horizonEnd: IsoDate,
): Regeneration {
  assertIsoDate(today);
  const plan = generateOccurrences(points, members, today, horizonEnd);
  const planned = new Set(plan.map(slot));
  const taken = new Set<string>();
  const keep: AnchoringOccurrence[] = [];
  const remove: AnchoringOccurrence[] = [];

  // Occurrences an event created (an election, a decision) are not the plan's to replace.
  const isFuturePlanned = (o: AnchoringOccurrence) => o.status === 'planlagt' && o.dueDate >= today && !o.event;
  for (const o of existing) {
    if (isFuturePlanned(o)) continue;
    keep.push(o);
    taken.add(slot(o));
  }
  for (const o of existing) {
    if (!isFuturePlanned(o)) continue;
    const s = slot(o);
    if (planned.has(s) && !taken.has(s)) {
      keep.push(o);
      taken.add(s);
    } else {
      remove.push(o);
    }
  }
  return { keep, delete: remove, create: plan.filter((p) => !taken.has(slot(p))) };
}

/**
 * The occurrences missing from `existing` within [fromDate, toDate]: what extending a
 * calendar adds. Never removes or moves anything, so running it twice adds nothing the
 * second time.
 */
export function missingOccurrences(
  existing: readonly Pick<AnchoringOccurrence, 'anchoringPointId' | 'memberId' | 'dueDate'>[],
  points: readonly AnchoringPoint[],
  members: readonly ScheduleMember[],
  fromDate: IsoDate,
  toDate: IsoDate,
): PlannedOccurrence[] {
  const taken = new Set(existing.map(slot));
  return generateOccurrences(points, members, fromDate, toDate).filter((o) => !taken.has(slot(o)));
}

/**
 * Occurrences still 'planlagt' after their due date, oldest first. 'utsatt' (moved) is a
 * logged decision, not a forgotten one, so it is not counted as overdue.
 */
export function overdue<O extends Pick<AnchoringOccurrence, 'status' | 'dueDate'>>(occurrences: readonly O[], today: IsoDate): O[] {
  assertIsoDate(today);
  return occurrences
    .filter((o) => o.status === 'planlagt' && o.dueDate < today)
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate));
}
