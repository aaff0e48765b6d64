// Turns occurrence rows into what the anchoring calendar shows: the view (overdue or not),
// the dates to print, whether this user may log it (and if not, why), which months to show by
// default, and the counts above the calendar.
import type { OccurrenceRow } from '@/db/queries/follow-up';
import { calendarDate, movedTo, occurrenceView, type OccurrenceView } from '@/lib/pure/dashboard/occurrences';
import { EVENT_ANCHORING } from '@/lib/pure/domain/event-anchoring';
import { addMonths, formatDateNb, inWindow, lastTwelveMonths, type IsoDate } from '@/lib/pure/domain/iso-date';
import { capitalise } from '@/lib/pure/dashboard/cards';

export interface CalendarRow {
  id: string;
  cooperationId: string;
  cooperationName: string;
  memberId: string;
  memberName: string;
  body: string;
  level: OccurrenceRow['level'];
  kind: OccurrenceRow['kind'];
  dueDate: IsoDate;
  calendarDate: IsoDate;
  status: OccurrenceRow['status'];
  view: OccurrenceView;
  movedTo: IsoDate | null;
  heldDate: IsoDate | null;
  saksnummer: string | null;
  minutesUrl: string | null;
  note: string | null;
  loggedByName: string | null;
  loggedAt: string | null;
  canLog: boolean;
  /** Why there is no log button, when there is none: the row says it. */
  noLogReason: string | null;
  /** "Etter kommunevalget 13.09.2027" for an occurrence an event created; null for the plan's. */
  eventLabel: string | null;
}

/** A closed cooperation's calendar is history: nothing in it can be logged any more. */
const CLOSED: readonly string[] = ['avviklet', 'avbrutt'];

export const CLOSED_REASON = 'Samarbeidet er avsluttet.';

/** Who may log a member's occurrence (can(…, 'anchoring.log') in lib/pure/auth/can.ts), for a row the user may not log. */
export function notYoursReason(memberName: string): string {
  return `Kan registreres av ${memberName} og operativ leder.`;
}

export function toCalendarRows(rows: readonly OccurrenceRow[], today: IsoDate, canLog: (row: OccurrenceRow) => boolean): CalendarRow[] {
  return rows.map((r) => {
    const closed = CLOSED.includes(r.cooperationState);
    const allowed = !closed && canLog(r);
    return {
      id: r.id,
      cooperationId: r.cooperationId,
      cooperationName: r.cooperationName,
      memberId: r.memberId,
      memberName: r.memberName,
      body: capitalise(r.body),
      level: r.level,
      kind: r.kind,
      dueDate: r.dueDate,
      calendarDate: calendarDate(r),
      status: r.status,
      view: occurrenceView(r, today),
      movedTo: movedTo(r),
      heldDate: r.status === 'holdt' ? r.heldDate : null,
      saksnummer: r.saksnummer,
      minutesUrl: r.minutesUrl,
      note: r.note,
      loggedByName: r.loggedByName,
      loggedAt: r.loggedAt,
      canLog: allowed,
      noLogReason: allowed ? null : closed ? CLOSED_REASON : notYoursReason(r.memberName),
      eventLabel: r.event ? `${EVENT_ANCHORING[r.event].label}${r.eventDate ? ` ${formatDateNb(r.eventDate)}` : ''}` : null,
    };
  });
}

/**
 * "Holdt siste 12 måneder": of the occurrences due in the last twelve months (the ones not yet
 * due excepted) and those held in that time even though their deadline is later, how many
 * were held. An occurrence held ahead of its deadline counts the day it is logged.
 */
export function heldLastYear(rows: readonly CalendarRow[], today: IsoDate): { held: number; of: number } {
  const year = lastTwelveMonths(today);
  const counted = rows.filter((r) => (inWindow(r.dueDate, year) && r.view !== 'planlagt') || (r.status === 'holdt' && r.heldDate !== null && inWindow(r.heldDate, year)));
  return { held: counted.filter((r) => r.status === 'holdt').length, of: counted.length };
}

/** Months back and ahead shown unless the whole calendar is asked for. */
export const HISTORY_MONTHS = 3;
export const AHEAD_MONTHS = 6;

/**
 * By default the calendar runs from three months back (or from the oldest overdue
 * occurrence, so nothing overdue is hidden) to six months ahead; `all` shows everything.
 */
export function visibleRows(rows: readonly CalendarRow[], today: IsoDate, all: boolean): { rows: CalendarRow[]; hidden: number } {
  if (all) return { rows: [...rows], hidden: 0 };
  const recent = `${addMonths(today, -HISTORY_MONTHS).slice(0, 7)}-01`;
  const oldestOverdue = rows.filter((r) => r.view === 'forfalt').map((r) => r.calendarDate).sort()[0];
  const from = oldestOverdue && oldestOverdue < recent ? oldestOverdue : recent;
  const to = `${addMonths(today, AHEAD_MONTHS).slice(0, 7)}-31`;
  const shown = rows.filter((r) => r.calendarDate >= from && r.calendarDate <= to);
  return { rows: shown, hidden: rows.length - shown.length };
}
