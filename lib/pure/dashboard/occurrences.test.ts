import { describe, expect, it } from 'vitest';
import type { AnchoringOccurrence } from '@/lib/pure/domain/dossier';
import { calendarDate, groupByMonth, isOverdue, lastHeld, monthLabel, movedTo, nextOccurrences, occurrenceView, overdueOccurrences } from './occurrences';

const o = (id: string, dueDate: string, extra: Partial<AnchoringOccurrence> = {}): AnchoringOccurrence => ({
  id,
  anchoringPointId: 'p',
  memberId: 'm',
  dueDate,
  status: 'planlagt',
  heldDate: null,
  saksnummer: null,
  minutesUrl: null,
  ...extra,
});

const TODAY = '2026-03-15';

describe('occurrenceView and overdue', () => {
  it('a planned point is overdue from the day after its due date', () => {
    expect(occurrenceView(o('a', '2026-03-15'), TODAY)).toBe('planlagt');
    expect(occurrenceView(o('a', '2026-03-14'), TODAY)).toBe('forfalt');
  });

  it('a moved point is overdue the day after its new date; without a new date never', () => {
    const moved = o('a', '2026-03-31', { status: 'utsatt', heldDate: '2026-04-20' });
    expect(movedTo(moved)).toBe('2026-04-20');
    expect(isOverdue(moved, '2026-04-20')).toBe(false);
    expect(isOverdue(moved, '2026-04-21')).toBe(true);
    expect(isOverdue(o('b', '2025-01-01', { status: 'utsatt' }), TODAY)).toBe(false);
  });

  it('held and missed are never overdue', () => {
    expect(occurrenceView(o('a', '2025-12-31', { status: 'holdt', heldDate: '2026-01-20' }), TODAY)).toBe('holdt');
    expect(occurrenceView(o('a', '2025-12-31', { status: 'ikke_holdt' }), TODAY)).toBe('ikke_holdt');
  });

  it('lists overdue ones oldest first, moved ones by their new date', () => {
    const list = [
      o('late-q4', '2025-12-31'),
      o('moved', '2025-09-30', { status: 'utsatt', heldDate: '2026-01-10' }),
      o('late-q3', '2025-09-30'),
      o('future', '2026-03-31'),
      o('held', '2025-06-30', { status: 'holdt', heldDate: '2025-06-01' }),
    ];
    expect(overdueOccurrences(list, TODAY).map((x) => x.id)).toEqual(['late-q3', 'late-q4', 'moved']);
  });
});

describe('next and last', () => {
  it('the next date from today on, with every open occurrence that day', () => {
    const list = [
      o('past', '2026-03-14'),
      o('q1-a', '2026-03-31', { memberId: 'a' }),
      o('q1-b', '2026-03-31', { memberId: 'b' }),
      o('q1-held-early', '2026-03-31', { status: 'holdt', heldDate: '2026-03-02' }),
      o('moved-sooner', '2026-06-30', { status: 'utsatt', heldDate: '2026-03-20' }),
    ];
    expect(nextOccurrences(list, TODAY).map((x) => x.id)).toEqual(['moved-sooner']);
    expect(nextOccurrences(list.slice(0, 4), TODAY).map((x) => x.id)).toEqual(['q1-a', 'q1-b']);
    expect(nextOccurrences(list.slice(0, 4), '2026-03-31').map((x) => x.id)).toEqual(['q1-a', 'q1-b']);
    expect(nextOccurrences([o('past', '2026-01-01')], TODAY)).toEqual([]);
  });

  it('the last held is the one with the latest held date', () => {
    const list = [
      o('a', '2025-12-31', { status: 'holdt', heldDate: '2025-12-10' }),
      o('b', '2026-03-31', { status: 'holdt', heldDate: '2026-03-02' }),
      o('c', '2026-06-30', { status: 'utsatt', heldDate: '2026-07-01' }),
    ];
    expect(lastHeld(list)?.id).toBe('b');
    expect(lastHeld([o('x', '2026-01-01')])).toBeNull();
  });
});

describe('groupByMonth', () => {
  it('groups by the calendar date, months and items in order, with Norwegian month names', () => {
    const list = [
      o('apr', '2026-03-31', { status: 'utsatt', heldDate: '2026-04-14' }),
      o('mar-31', '2026-03-31'),
      o('mar-02', '2026-03-31', { status: 'holdt', heldDate: '2026-03-02' }),
      o('dec', '2025-12-15'),
    ];
    const groups = groupByMonth(list, calendarDate);
    expect(groups.map((g) => [g.month, g.label, g.items.map((x) => x.id)])).toEqual([
      ['2025-12', 'desember 2025', ['dec']],
      ['2026-03', 'mars 2026', ['mar-02', 'mar-31']],
      ['2026-04', 'april 2026', ['apr']],
    ]);
    expect(calendarDate(list[0]!)).toBe('2026-04-14');
    expect(monthLabel('2027-01')).toBe('januar 2027');
  });
});
