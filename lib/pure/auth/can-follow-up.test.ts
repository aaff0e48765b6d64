// Who may log follow-up ('anchoring.log', 'information.log') and act on dashboard tasks
// (TASK_ACTIONS), with the scopes that make them differ from editing: a member's own
// rådmannsteam and sponsors, sponsors linked by a sponsor row, partners without a municipality.
import { describe, expect, it } from 'vitest';
import { TASK_ACTIONS, type TaskKind } from '@/lib/pure/dashboard/tasks';
import { can, cooperationResource, memberResource } from './can';
import type { Role, SessionUser } from './roles';

const COOP = 'c-legevakt';
const user = (role: Role, scope: { kommunenummer?: string; cooperationId?: string } = {}, id = 'u1'): SessionUser => ({
  id,
  email: `${id}@test.invalid`,
  name: id,
  roles: [{ role, kommunenummer: scope.kommunenummer ?? null, cooperationId: scope.cooperationId ?? null }],
});
const lillesand = { kommunenummer: '4215', sponsorUserIds: [] as string[] };
const resource = cooperationResource({ id: COOP, members: [{ kommunenummer: '4204' }, { kommunenummer: '4215' }] });
const mayLogAnchoring = (u: SessionUser, member: { kommunenummer: string | null; sponsorUserIds: string[] }) => can(u, 'anchoring.log', memberResource(COOP, member));

describe("can(user, 'anchoring.log', member)", () => {
  it.each([
    ['the operative leader of the cooperation', user('operativ_leder', { cooperationId: COOP }), true],
    ['the operative leader of another cooperation', user('operativ_leder', { cooperationId: 'other' }), false],
    ["the member's rådmannsteam", user('radmannsteam', { kommunenummer: '4215' }), true],
    ["another member's rådmannsteam", user('radmannsteam', { kommunenummer: '4204' }), false],
    ["the member's political sponsor", user('politisk_sponsor', { kommunenummer: '4215', cooperationId: COOP }), true],
    ["the member's administrative sponsor", user('administrativ_sponsor', { kommunenummer: '4215', cooperationId: COOP }), true],
    ["another member's sponsor", user('politisk_sponsor', { kommunenummer: '4204', cooperationId: COOP }), false],
    ['a sponsor of the municipality in another cooperation', user('politisk_sponsor', { kommunenummer: '4215', cooperationId: 'other' }), false],
    ['an elected member', user('folkevalgt', { kommunenummer: '4215' }), false],
    ['a member representative', user('medlemsrepresentant', { kommunenummer: '4215', cooperationId: COOP }), false],
    ['an administrator', user('administrator'), false],
  ])('%s: %s', (_name, u, expected) => {
    expect(mayLogAnchoring(u, lillesand)).toBe(expected);
  });

  it('the person linked to one of the member’s sponsor rows', () => {
    expect(mayLogAnchoring(user('folkevalgt', { kommunenummer: '4215' }, 'per'), { ...lillesand, sponsorUserIds: ['per'] })).toBe(true);
  });

  it('a partner without a kommunenummer: only the leader and linked sponsors', () => {
    const partner = { kommunenummer: null, sponsorUserIds: [] };
    expect(mayLogAnchoring(user('radmannsteam', { kommunenummer: '4215' }), partner)).toBe(false);
    expect(mayLogAnchoring(user('operativ_leder', { cooperationId: COOP }), partner)).toBe(true);
  });

  it('is asked about a member, never about the whole cooperation', () => {
    expect(can(user('operativ_leder', { cooperationId: COOP }), 'anchoring.log', resource)).toBe(false);
  });
});

describe("can(user, 'information.log', cooperation)", () => {
  it.each([
    ['the operative leader', user('operativ_leder', { cooperationId: COOP }), true],
    ["a member's rådmannsteam", user('radmannsteam', { kommunenummer: '4204' }), true],
    ['a sponsor of the cooperation', user('politisk_sponsor', { kommunenummer: '4215', cooperationId: COOP }), true],
    ['an elected member', user('folkevalgt', { kommunenummer: '4215' }), false],
    ['a rådmannsteam outside the cooperation', user('radmannsteam', { kommunenummer: '4601' }), false],
  ])('%s: %s', (_name, u, expected) => {
    expect(can(u, 'information.log', resource)).toBe(expected);
  });
});

describe('dashboard tasks (TASK_ACTIONS)', () => {
  const KINDS: TaskKind[] = ['sponsor', 'vedtak', 'evaluering', 'informasjon', 'fullfor'];
  const actable = (u: SessionUser) => KINDS.filter((k) => can(u, TASK_ACTIONS[k], resource));
  it.each([
    ["a member's rådmannsteam does all of it", user('radmannsteam', { kommunenummer: '4215' }), KINDS],
    ['the operative leader: all but recording member decisions', user('operativ_leder', { cooperationId: COOP }), ['sponsor', 'evaluering', 'informasjon', 'fullfor']],
    ['a member representative records decisions only', user('medlemsrepresentant', { kommunenummer: '4215', cooperationId: COOP }), ['vedtak']],
    ['a sponsor logs the information plan only', user('politisk_sponsor', { kommunenummer: '4215', cooperationId: COOP }), ['informasjon']],
    ['an elected member reads: nothing to do', user('folkevalgt', { kommunenummer: '4215' }), []],
    ["a non-member's rådmannsteam: nothing", user('radmannsteam', { kommunenummer: '0301' }), []],
    ['an administrator: nothing in a cooperation', user('administrator'), []],
  ])('%s', (_name, u, expected) => {
    expect(actable(u)).toEqual(expected);
  });
});
