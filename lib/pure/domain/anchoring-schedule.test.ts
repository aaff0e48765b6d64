import { describe, expect, it } from 'vitest';
import type { AnchoringOccurrence, AnchoringPoint, AnchoringEvent, Frequency, OccurrenceStatus } from './dossier';
import { dueDates, generateOccurrences, membersInScope, missingOccurrences, overdue, regenerateFuture } from './anchoring-schedule';

const members = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];

function periodic(id: string, frequency: Frequency, memberIds: string[] = []): AnchoringPoint {
  return { id, kind: 'formell', level: 'politisk', body: 'formannskap', trigger: { type: 'periodisk', frequency }, memberIds, description: null };
}

function event(id: string, e: AnchoringEvent, memberIds: string[] = []): AnchoringPoint {
  return { id, kind: 'formell', level: 'politisk', body: 'kommunestyre', trigger: { type: 'hendelse', event: e }, memberIds, description: null };
}

let seq = 0;
function occ(anchoringPointId: string, memberId: string, dueDate: string, status: OccurrenceStatus = 'planlagt'): AnchoringOccurrence {
  seq += 1;
  return { id: `o${seq}`, anchoringPointId, memberId, dueDate, status, heldDate: null, saksnummer: null, minutesUrl: null };
}

describe('dueDates — periodic points fall due on the last day of each period', () => {
  it('monthly across a leap February', () => {
    expect(dueDates({ type: 'periodisk', frequency: 'maanedlig' }, '2024-01-15', '2024-04-30')).toEqual([
      '2024-01-31',
      '2024-02-29',
      '2024-03-31',
      '2024-04-30',
    ]);
  });

  it('monthly: February in a common year, in 1900/2100 (no leap) and in 2000 (leap)', () => {
    const feb = (y: number) => dueDates({ type: 'periodisk', frequency: 'maanedlig' }, `${y}-02-01`, `${y}-02-28`);
    expect(feb(2023)).toEqual(['2023-02-28']);
    expect(feb(2100)).toEqual(['2100-02-28']);
    expect(feb(1900)).toEqual(['1900-02-28']);
    expect(feb(2000)).toEqual([]); // 29 February 2000 lies after the range end
    expect(dueDates({ type: 'periodisk', frequency: 'maanedlig' }, '2000-02-01', '2000-02-29')).toEqual(['2000-02-29']);
  });

  it('quarterly ends on 31.03, 30.06, 30.09 and 31.12', () => {
    expect(dueDates({ type: 'periodisk', frequency: 'kvartalsvis' }, '2024-01-01', '2024-12-31')).toEqual([
      '2024-03-31',
      '2024-06-30',
      '2024-09-30',
      '2024-12-31',
    ]);
  });

  it('half-yearly over a year boundary', () => {
    expect(dueDates({ type: 'periodisk', frequency: 'halvaarlig' }, '2024-07-01', '2025-12-31')).toEqual([
      '2024-12-31',
      '2025-06-30',
      '2025-12-31',
    ]);
  });

  it('yearly: both ends inclusive', () => {
    expect(dueDates({ type: 'periodisk', frequency: 'aarlig' }, '2024-12-31', '2026-12-30')).toEqual(['2024-12-31', '2025-12-31']);
    expect(dueDates({ type: 'periodisk', frequency: 'aarlig' }, '2024-12-31', '2024-12-31')).toEqual(['2024-12-31']);
  });

  it('an empty or reversed range gives nothing', () => {
    expect(dueDates({ type: 'periodisk', frequency: 'maanedlig' }, '2024-03-01', '2024-03-30')).toEqual([]);
    expect(dueDates({ type: 'periodisk', frequency: 'maanedlig' }, '2024-12-31', '2024-01-01')).toEqual([]);
  });

  it('rejects malformed and impossible dates', () => {
    expect(() => dueDates({ type: 'periodisk', frequency: 'aarlig' }, '2023-02-29', '2024-01-01')).toThrow(RangeError);
    expect(() => dueDates({ type: 'periodisk', frequency: 'aarlig' }, '2024-1-1', '2024-12-31')).toThrow(RangeError);
  });
});

describe('dueDates — events', () => {
  it('budsjett falls due 15 December', () => {
    expect(dueDates({ type: 'hendelse', event: 'budsjett' }, '2024-01-01', '2025-12-14')).toEqual(['2024-12-15']);
  });

  it('aarsmelding falls due 30 June', () => {
    expect(dueDates({ type: 'hendelse', event: 'aarsmelding' }, '2024-06-30', '2025-06-30')).toEqual(['2024-06-30', '2025-06-30']);
  });

  it.each(['vedtektsendring', 'stor_beslutning', 'valg'] as const)('%s has no scheduled date', (e) => {
    expect(dueDates({ type: 'hendelse', event: e }, '2020-01-01', '2030-12-31')).toEqual([]);
  });
});

describe('generateOccurrences', () => {
  it('one occurrence per member in scope, sorted by date, point and member', () => {
    const points = [periodic('q', 'kvartalsvis', ['c', 'a']), event('b', 'budsjett')];
    expect(generateOccurrences(points, members, '2024-10-01', '2024-12-31')).toEqual([
      { anchoringPointId: 'b', memberId: 'a', dueDate: '2024-12-15' },
      { anchoringPointId: 'b', memberId: 'b', dueDate: '2024-12-15' },
      { anchoringPointId: 'b', memberId: 'c', dueDate: '2024-12-15' },
      { anchoringPointId: 'q', memberId: 'a', dueDate: '2024-12-31' },
      { anchoringPointId: 'q', memberId: 'c', dueDate: '2024-12-31' },
    ]);
  });

  it('a full year of the research minimum: yearly report + four briefings, for 3 members', () => {
    const points = [event('rapport', 'aarsmelding'), periodic('orientering', 'kvartalsvis')];
    expect(generateOccurrences(points, members, '2025-01-01', '2025-12-31')).toHaveLength(15);
  });

  it('named members who have left the cooperation are ignored', () => {
    const point = periodic('p', 'aarlig', ['gone']);
    expect(membersInScope(point, members)).toEqual([]);
    expect(generateOccurrences([point], members, '2024-01-01', '2024-12-31')).toEqual([]);
  });
});

describe('regenerateFuture', () => {
  const today = '2025-03-15';

  it('keeps history and logged occurrences, replaces the planned future', () => {
    const past = occ('old', 'a', '2025-01-31');
    const pastPlanned = occ('q', 'a', '2024-12-31');
    const heldEarly = { ...occ('old', 'b', '2025-06-30', 'holdt'), heldDate: '2025-03-01' };
    const moved = occ('q', 'b', '2025-03-31', 'utsatt');
    const stillPlanned = occ('q', 'a', '2025-03-31');
    const dropped = occ('old', 'a', '2025-06-30');
    const today0 = occ('old', 'c', today);

    const result = regenerateFuture(
      [past, pastPlanned, heldEarly, moved, stillPlanned, dropped, today0],
      [periodic('q', 'kvartalsvis')],
      members,
      today,
      '2025-06-30',
    );
    expect(result.keep.map((o) => o.id)).toEqual([past.id, pastPlanned.id, heldEarly.id, moved.id, stillPlanned.id]);
    expect(result.delete.map((o) => o.id)).toEqual([dropped.id, today0.id]);
    expect(result.create).toEqual([
      // a's 31.03 slot is kept and b's is taken by the moved (logged) occurrence
      { anchoringPointId: 'q', memberId: 'c', dueDate: '2025-03-31' },
      { anchoringPointId: 'q', memberId: 'a', dueDate: '2025-06-30' },
      { anchoringPointId: 'q', memberId: 'b', dueDate: '2025-06-30' },
      { anchoringPointId: 'q', memberId: 'c', dueDate: '2025-06-30' },
    ]);
  });

  it('a member leaving removes only their future planned occurrences', () => {
    const existing = [occ('q', 'a', '2025-03-31'), occ('q', 'c', '2025-03-31'), occ('q', 'c', '2025-01-31')];
    const result = regenerateFuture(existing, [periodic('q', 'kvartalsvis')], [{ id: 'a' }], today, '2025-03-31');
    expect(result.keep.map((o) => o.memberId + o.dueDate)).toEqual(['c2025-01-31', 'a2025-03-31']);
    expect(result.delete.map((o) => o.memberId + o.dueDate)).toEqual(['c2025-03-31']);
    expect(result.create).toEqual([]);
  });

  it('duplicate planned occurrences of one slot collapse to one', () => {
    const first = occ('q', 'a', '2025-03-31');
    const second = occ('q', 'a', '2025-03-31');
    const result = regenerateFuture([first, second], [periodic('q', 'kvartalsvis', ['a'])], members, today, '2025-03-31');
    expect(result.keep).toEqual([first]);
    expect(result.delete).toEqual([second]);
  });

  it('is idempotent: applying the result and regenerating again changes nothing', () => {
    const points = [periodic('m', 'maanedlig'), event('b', 'budsjett')];
    const first = regenerateFuture([], points, members, today, '2025-12-31');
    const applied = first.create.map((p) => occ(p.anchoringPointId, p.memberId, p.dueDate));
    const second = regenerateFuture(applied, points, members, today, '2025-12-31');
    expect(second.delete).toEqual([]);
    expect(second.create).toEqual([]);
    expect(second.keep).toHaveLength(applied.length);
  });
});

describe('overdue', () => {
  it('lists planned occurrences past their due date, oldest first', () => {
    const late = occ('q', 'a', '2025-03-14');
    const older = occ('q', 'b', '2024-12-31');
    const dueToday = occ('q', 'c', '2025-03-15');
    const held = occ('q', 'a', '2024-12-31', 'holdt');
    const moved = occ('q', 'a', '2024-09-30', 'utsatt');
    const missed = occ('q', 'a', '2024-06-30', 'ikke_holdt');
    expect(overdue([late, older, dueToday, held, moved, missed], '2025-03-15')).toEqual([older, late]);
  });
});

describe('extending and events', () => {
  const points: AnchoringPoint[] = [
    { id: 'q', kind: 'formell', level: 'politisk', body: 'formannskap', trigger: { type: 'periodisk', frequency: 'kvartalsvis' }, memberIds: [], description: null },
  ];
  const members = [{ id: 'a' }, { id: 'b' }];

  it('missingOccurrences adds only what is not there, so a second run adds nothing', () => {
    const first = missingOccurrences([], points, members, '2026-01-01', '2026-12-31');
    expect(first).toHaveLength(8);
    const existing = first.map((o, i) => ({ ...o, id: `o${i}` }));
    expect(missingOccurrences(existing, points, members, '2026-01-01', '2026-12-31')).toEqual([]);
    expect(missingOccurrences(existing, points, members, '2026-01-01', '2027-03-31').map((o) => o.dueDate)).toEqual(['2027-03-31', '2027-03-31']);
  });

  it('a changed plan never removes occurrences an event created', () => {
    const election = { id: 'e', anchoringPointId: '', memberId: 'a', dueDate: '2026-12-13', status: 'planlagt' as const, heldDate: null, saksnummer: null, minutesUrl: null, event: 'valg' as const };
    const plan = regenerateFuture([election], points, members, '2026-10-01', '2027-10-01');
    expect(plan.keep).toContainEqual(election);
    expect(plan.delete).toEqual([]);
  });
});
