import { describe, expect, it } from 'vitest';
import { type Member } from './dossier';
import { emptyDossier } from './empty-dossier';
import { coversDay, isMemberOn, membershipEditMode, membershipStatus, plannedMembers, planningView, type MembershipChange } from './membership';

const span = (joinedAt: string | null, leftAt: string | null, proposed = false) => ({ joinedAt, leftAt, proposed });

describe('isMemberOn', () => {
  it.each([
    [span(null, null), '2026-01-01', true],
    [span('2026-03-01', null), '2026-02-28', false],
    [span('2026-03-01', null), '2026-03-01', true],
    [span(null, '2026-06-30'), '2026-06-30', true],
    [span(null, '2026-06-30'), '2026-07-01', false],
    [span('2026-03-01', '2026-06-30'), '2026-04-15', true],
    [span(null, null, true), '2026-04-15', false],
  ])('%j on %s is %s', (s, day, expected) => {
    expect(isMemberOn(s, day)).toBe(expected);
  });

  it('refuses a day that is not a calendar date', () => {
    expect(() => isMemberOn(span(null, null), '2026-13-01')).toThrow(RangeError);
  });
});

describe('membershipStatus', () => {
  it('tells members, coming, former and proposed apart', () => {
    expect(membershipStatus(span(null, null), '2026-05-01')).toBe('medlem');
    expect(membershipStatus(span('2026-09-01', null), '2026-05-01')).toBe('kommende');
    expect(membershipStatus(span(null, '2026-04-30'), '2026-05-01')).toBe('tidligere');
    expect(membershipStatus(span('2026-09-01', null, true), '2026-05-01')).toBe('foreslatt');
  });
});

describe('coversDay', () => {
  it('keeps occurrences inside the span, ends included', () => {
    expect(coversDay({ joinedAt: '2026-09-01', leftAt: '2026-12-31' }, '2026-09-01')).toBe(true);
    expect(coversDay({ joinedAt: '2026-09-01', leftAt: '2026-12-31' }, '2026-12-31')).toBe(true);
    expect(coversDay({ joinedAt: '2026-09-01', leftAt: '2026-12-31' }, '2026-08-31')).toBe(false);
    expect(coversDay({ joinedAt: '2026-09-01', leftAt: '2026-12-31' }, '2027-01-01')).toBe(false);
  });
});

const member = (id: string): Member => ({
  id,
  kommunenummer: null,
  name: id,
  role: 'deltaker',
  population: null,
  usage: null,
  fixedSharePercent: null,
  representatives: 0,
  contactPerson: null,
  expectedBenefit: null,
  expectedBenefitLevel: null,
});
const change = (memberId: string, kind: 'inn' | 'ut', status: MembershipChange['status'] = 'foreslatt'): MembershipChange => ({
  id: `c-${memberId}`,
  memberId,
  memberName: memberId,
  kind,
  effectiveDate: '2026-12-31',
  status,
  reason: null,
  decisionRound: null,
});

describe('planned members of a redesign', () => {
  it('drops proposed leavers and adds proposed joiners; decided or discarded changes do not count', () => {
    const planned = plannedMembers([member('a'), member('b'), member('c')], [member('d')], [change('b', 'ut'), change('c', 'ut', 'forkastet'), change('d', 'inn')]);
    expect(planned.map((m) => m.id)).toEqual(['a', 'c', 'd']);
  });

  it('the planning view is the dossier itself when nothing is proposed', () => {
    const d = emptyDossier('x', 'X', [member('a'), member('b')]);
    expect(planningView(d)).toBe(d);
    d.proposedMembers = [member('d')];
    d.membershipChanges = [change('d', 'inn'), change('a', 'ut')];
    expect(planningView(d).members.map((m) => m.id)).toEqual(['b', 'd']);
    expect(d.members.map((m) => m.id)).toEqual(['a', 'b']);
  });
});

describe('membershipEditMode', () => {
  it('is direct while setting up, proposals in a redesign, closed otherwise', () => {
    expect(membershipEditMode('utkast')).toBe('direkte');
    expect(membershipEditMode('etablering')).toBe('direkte');
    expect(membershipEditMode('redesign')).toBe('forslag');
    for (const state of ['medlemsvedtak', 'drift', 'evaluering', 'beslutning', 'avvikling', 'avviklet', 'avbrutt'] as const) expect(membershipEditMode(state)).toBe('stengt');
  });
});
