// Anchoring occurrences created by events rather than the calendar (domain.md 2.7): after a
// municipal election, a change of statutes, or a decision marked major. A cooperation's own
// anchoring points for the event decide where each member anchors it; without one, every
// member gets the standard occurrence below, so the event is never left unanchored. Pure.
// The labels and help stay bokmål here (a client form imports this module, so it must not pull in
// the catalogues); translated pages read them from `forankring.hendelse` (nb.json kept equal, tested).
import type { AnchoringKind, AnchoringLevel, AnchoringPoint, OccurrenceEvent } from './dossier';
import { addMonths, type IsoDate } from './iso-date';
import { membersInScope, type ScheduleMember } from './anchoring-schedule';
import { coversDay } from './membership';

export interface EventAnchoring {
  label: string;
  /** The occurrence falls due this many months after the event (an election's own setting wins). */
  months: number;
  /** Where each member anchors it when the cooperation has no point for the event. */
  standard: { body: string; level: AnchoringLevel; kind: AnchoringKind };
  /** Why, for the calendar and for "Slik regnes det ut". */
  help: string;
}

export const EVENT_ANCHORING: Readonly<Record<OccurrenceEvent, EventAnchoring>> = {
  valg: {
    label: 'Etter kommunevalget',
    months: 3,
    standard: { body: 'kommunestyre', level: 'politisk', kind: 'formell' },
    help: 'Det nye kommunestyret konstitueres i oktober. Innen tre måneder etter valget bør samarbeidet være presentert for de nye folkevalgte i hver deltakerkommune.',
  },
  vedtektsendring: {
    label: 'Etter endring av vedtekter eller avtale',
    months: 3,
    standard: { body: 'kommunestyre', level: 'politisk', kind: 'formell' },
    help: 'Endringer i vedtekter, selskapsavtale eller samarbeidsavtale skal forankres i kommunestyret i hver deltakerkommune.',
  },
  stor_beslutning: {
    label: 'Etter en stor beslutning',
    months: 2,
    standard: { body: 'formannskap', level: 'politisk', kind: 'formell' },
    help: 'En beslutning som er merket som stor, skal orienteres om politisk i hver deltakerkommune.',
  },
};

export interface PlannedEventOccurrence {
  /** null for the standard occurrence. */
  anchoringPointId: string | null;
  memberId: string;
  body: string;
  level: AnchoringLevel;
  kind: AnchoringKind;
  dueDate: IsoDate;
  event: OccurrenceEvent;
  eventDate: IsoDate;
  /** Unique per member: recording the same event again creates nothing new. */
  eventKey: string;
}

export function eventKey(eventRef: string, pointId: string | null): string {
  return `${eventRef}:${pointId ?? 'standard'}`;
}

/**
 * One occurrence per member in scope of each anchoring point triggered by the event, or the
 * standard one per member when the cooperation has none; due `months` after the event. A
 * member whose membership ends before (or starts after) the due date gets none.
 */
export function eventOccurrences(input: {
  points: readonly AnchoringPoint[];
  members: readonly ScheduleMember[];
  event: OccurrenceEvent;
  eventDate: IsoDate;
  /** The election's or decision's id. */
  eventRef: string;
  months?: number;
}): PlannedEventOccurrence[] {
  const config = EVENT_ANCHORING[input.event];
  const dueDate = addMonths(input.eventDate, input.months ?? config.months);
  const common = { dueDate, event: input.event, eventDate: input.eventDate };
  const members = input.members.filter((m) => coversDay({ joinedAt: m.joinedAt ?? null, leftAt: m.leftAt ?? null }, dueDate));
  const points = input.points.filter((p) => p.trigger.type === 'hendelse' && p.trigger.event === input.event);
  if (points.length === 0) {
    return members.map((m) => ({ ...common, ...config.standard, anchoringPointId: null, memberId: m.id, eventKey: eventKey(input.eventRef, null) }));
  }
  return points.flatMap((p) =>
    membersInScope(p, members).map((m) => ({
      ...common,
      anchoringPointId: p.id,
      memberId: m.id,
      body: p.body,
      level: p.level,
      kind: p.kind,
      eventKey: eventKey(input.eventRef, p.id),
    })),
  );
}
