import { describe, expect, it } from 'vitest';
import type { OccurrenceRow } from '@/db/queries/follow-up';
import { CLOSED_REASON, heldLastYear, notYoursReason, toCalendarRows } from './calendar-rows';

const TODAY = '2026-03-15';

const occurrence = (over: Partial<OccurrenceRow>): OccurrenceRow => ({
  id: over.id ?? 'o1',
  cooperationId: 'c1',
  cooperationName: 'Legevakt',
  cooperationState: 'drift',
  anchoringPointId: 'p1',
  memberId: 'm1',
  memberName: 'Arendal kommune',
  kommunenummer: '4203',
  body: 'formannskapet',
  level: 'politisk',
  kind: 'formell',
  dueDate: '2026-06-30',
  status: 'planlagt',
  heldDate: null,
  saksnummer: null,
  minutesUrl: null,
  note: null,
  event: null,
  eventDate: null,
  loggedByName: null,
  loggedAt: null,
  ...over,
});

describe('toCalendarRows', () => {
  it('says why a row has no log button', () => {
    const [mine, theirs, ended] = toCalendarRows(
      [occurrence({ id: 'a' }), occurrence({ id: 'b', memberName: 'Froland kommune' }), occurrence({ id: 'c', cooperationState: 'avviklet' })],
      TODAY,
      (o) => o.memberName === 'Arendal kommune',
    );
    expect(mine).toMatchObject({ canLog: true, noLogReason: null });
    expect(theirs).toMatchObject({ canLog: false, noLogReason: notYoursReason('Froland kommune') });
    expect(theirs!.noLogReason).toBe('Kan registreres av Froland kommune og operativ leder.');
    expect(ended).toMatchObject({ canLog: false, noLogReason: CLOSED_REASON });
  });
});

describe('heldLastYear', () => {
  const rows = (...list: Partial<OccurrenceRow>[]) => toCalendarRows(list.map((o, i) => occurrence({ id: `o${i}`, ...o })), TODAY, () => true);

  it('counts an occurrence held ahead of its deadline at once', () => {
    expect(heldLastYear(rows({ dueDate: '2026-06-30' }), TODAY)).toEqual({ held: 0, of: 0 });
    expect(heldLastYear(rows({ dueDate: '2026-06-30', status: 'holdt', heldDate: '2026-03-10' }), TODAY)).toEqual({ held: 1, of: 1 });
  });

  it('counts what fell due in the year, held or not, and leaves out what is not due yet', () => {
    const list = rows(
      { dueDate: '2025-12-31', status: 'holdt', heldDate: '2025-12-01' },
      { dueDate: '2025-09-30', status: 'ikke_holdt' },
      { dueDate: '2026-01-31' }, // overdue
      { dueDate: '2026-12-31' }, // planned
      { dueDate: '2024-12-31', status: 'holdt', heldDate: '2024-12-01' }, // more than a year ago
    );
    expect(heldLastYear(list, TODAY)).toEqual({ held: 1, of: 3 });
  });
});
