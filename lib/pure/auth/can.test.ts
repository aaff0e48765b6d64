import { describe, expect, it } from 'vitest';
import { ACTIONS, can, SYSTEM_PRINCIPAL, type Action, type Resource } from './can';
import { ROLES, ROLE_SCOPE, type Role, type SessionUser } from './roles';

// The user in each row holds exactly one role, scoped to municipality 4204 / cooperation C1.
const COOP = 'c1';
function userWith(role: Role): SessionUser {
  const scope = ROLE_SCOPE[role];
  return {
    id: 'u',
    email: 'u@example.no',
    name: 'U',
    roles: [
      {
        role,
        kommunenummer: scope === 'municipality' ? '4204' : scope === 'cooperation' ? '4204' : null,
        cooperationId: scope === 'cooperation' ? COOP : null,
      },
    ],
  };
}

const SYSTEM: Resource = { kind: 'system' };
const OWN_MUNICIPALITY: Resource = { kind: 'municipality', kommunenummer: '4204' };
const OTHER_MUNICIPALITY: Resource = { kind: 'municipality', kommunenummer: '0301' };
const OWN_COOPERATION: Resource = { kind: 'cooperation', id: COOP, memberKommunenummer: ['4204', '4223'] };
const OTHER_COOPERATION: Resource = { kind: 'cooperation', id: 'c2', memberKommunenummer: ['0301', '3201'] };
const OWN_MEMBER: Resource = { kind: 'member', cooperationId: COOP, kommunenummer: '4204', sponsorUserIds: [] };
const OTHER_MEMBER: Resource = { kind: 'member', cooperationId: 'c2', kommunenummer: '0301', sponsorUserIds: [] };

// Which resource each action is asked about "in scope" and "out of scope".
const TARGETS: Record<Action, [Resource, Resource]> = {
  'admin.access': [SYSTEM, SYSTEM],
  'user.list': [SYSTEM, SYSTEM],
  'user.create': [SYSTEM, SYSTEM],
  'user.update': [SYSTEM, SYSTEM],
  'role.grant': [SYSTEM, SYSTEM],
  'role.revoke': [SYSTEM, SYSTEM],
  'municipality.list': [SYSTEM, SYSTEM],
  'municipality.import': [SYSTEM, SYSTEM],
  'taskArea.manage': [SYSTEM, SYSTEM],
  'cooperation.create': [OWN_MUNICIPALITY, OTHER_MUNICIPALITY],
  'cooperation.register': [OWN_MUNICIPALITY, OTHER_MUNICIPALITY],
  'cooperation.read': [OWN_COOPERATION, OTHER_COOPERATION],
  'cooperation.edit': [OWN_COOPERATION, OTHER_COOPERATION],
  'cooperation.people': [OWN_COOPERATION, OTHER_COOPERATION],
  'municipality.users': [OWN_MUNICIPALITY, OTHER_MUNICIPALITY],
  'register.read': [OWN_MUNICIPALITY, OTHER_MUNICIPALITY],
  'lifecycle.establish': [OWN_COOPERATION, OTHER_COOPERATION],
  'lifecycle.register': [OWN_COOPERATION, OTHER_COOPERATION],
  'lifecycle.decide': [OWN_COOPERATION, OTHER_COOPERATION],
  'lifecycle.evaluate': [OWN_COOPERATION, OTHER_COOPERATION],
  'lifecycle.conclude': [OWN_COOPERATION, OTHER_COOPERATION],
  'anchoring.log': [OWN_MEMBER, OTHER_MEMBER],
  'information.log': [OWN_COOPERATION, OTHER_COOPERATION],
  'election.record': [SYSTEM, SYSTEM],
  'consistency.check': [SYSTEM, SYSTEM],
  'profile.manage': [SYSTEM, SYSTEM],
};

// Expected outcome per role for [in scope, out of scope]. Y = allow, N = deny.
type Row = Record<Action, 'YY' | 'YN' | 'NN'>;
const OWN_PROFILE = { 'profile.manage': 'YY' } as const;
const ADMIN_ONLY = { 'admin.access': 'NN', 'user.list': 'NN', 'user.create': 'NN', 'user.update': 'NN', 'role.grant': 'NN', 'role.revoke': 'NN', 'municipality.list': 'NN', 'municipality.import': 'NN', 'taskArea.manage': 'NN', 'election.record': 'NN', 'consistency.check': 'NN', 'municipality.users': 'NN', ...OWN_PROFILE } as const;
// Logging follow-up: the member's rådmannsteam, the cooperation's leader and sponsors.
const LOGS_FOLLOW_UP = { 'anchoring.log': 'YN', 'information.log': 'YN' } as const;
const NO_FOLLOW_UP = { 'anchoring.log': 'NN', 'information.log': 'NN' } as const;
const NO_LIFECYCLE = { 'cooperation.register': 'NN', 'lifecycle.register': 'NN', 'lifecycle.establish': 'NN', 'lifecycle.decide': 'NN', 'lifecycle.evaluate': 'NN', 'lifecycle.conclude': 'NN' } as const;
const EXPECTED: Record<Role, Row> = {
  administrator: {
    'admin.access': 'YY', 'user.list': 'YY', 'user.create': 'YY', 'user.update': 'YY', 'role.grant': 'YY', 'role.revoke': 'YY',
    'municipality.list': 'YY', 'municipality.import': 'YY', 'municipality.users': 'YY', 'taskArea.manage': 'YY',
    'cooperation.create': 'NN', 'cooperation.read': 'YY', 'cooperation.edit': 'NN', 'cooperation.people': 'NN', 'register.read': 'YY',
    ...NO_LIFECYCLE, 'cooperation.register': 'YY', 'lifecycle.register': 'YY', 'election.record': 'YY', 'consistency.check': 'YY', ...OWN_PROFILE, ...NO_FOLLOW_UP,
  },
  radmannsteam: { ...ADMIN_ONLY, ...LOGS_FOLLOW_UP, 'municipality.users': 'YN', 'cooperation.people': 'YN', 'cooperation.create': 'YN', 'cooperation.register': 'YN', 'lifecycle.register': 'YN', 'cooperation.read': 'YN', 'cooperation.edit': 'YN', 'register.read': 'YN', 'lifecycle.establish': 'YN', 'lifecycle.decide': 'YN', 'lifecycle.evaluate': 'YN', 'lifecycle.conclude': 'YN' },
  folkevalgt: { ...ADMIN_ONLY, ...NO_FOLLOW_UP, ...NO_LIFECYCLE, 'cooperation.people': 'NN', 'cooperation.create': 'NN', 'cooperation.read': 'YN', 'cooperation.edit': 'NN', 'register.read': 'YN' },
  politisk_sponsor: { ...ADMIN_ONLY, ...LOGS_FOLLOW_UP, ...NO_LIFECYCLE, 'cooperation.people': 'NN', 'cooperation.create': 'NN', 'cooperation.read': 'YN', 'cooperation.edit': 'NN', 'register.read': 'NN' },
  administrativ_sponsor: { ...ADMIN_ONLY, ...LOGS_FOLLOW_UP, ...NO_LIFECYCLE, 'cooperation.people': 'NN', 'cooperation.create': 'NN', 'cooperation.read': 'YN', 'cooperation.edit': 'NN', 'register.read': 'NN' },
  operativ_leder: { ...ADMIN_ONLY, ...LOGS_FOLLOW_UP, ...NO_LIFECYCLE, 'cooperation.people': 'YN', 'cooperation.create': 'NN', 'cooperation.read': 'YN', 'cooperation.edit': 'YN', 'register.read': 'NN', 'lifecycle.establish': 'YN', 'lifecycle.evaluate': 'YN' },
  medlemsrepresentant: { ...ADMIN_ONLY, ...NO_FOLLOW_UP, ...NO_LIFECYCLE, 'cooperation.people': 'NN', 'cooperation.create': 'NN', 'cooperation.read': 'YN', 'cooperation.edit': 'NN', 'register.read': 'NN', 'lifecycle.decide': 'YN' },
};

describe('can(user, action, resource)', () => {
  const cases = ROLES.flatMap((role) => ACTIONS.map((action) => [role, action] as const));

  it('has an expectation for every role x action', () => {
    expect(cases).toHaveLength(ROLES.length * ACTIONS.length);
    for (const [role, action] of cases) expect(EXPECTED[role][action]).toMatch(/^[YN]{2}$/);
  });

  it.each(cases)('%s may %s exactly as the table says', (role, action) => {
    const [inScope, outOfScope] = TARGETS[action];
    const user = userWith(role);
    const expected = EXPECTED[role][action];
    expect(can(user, action, inScope)).toBe(expected[0] === 'Y');
    expect(can(user, action, outOfScope)).toBe(expected[1] === 'Y');
  });

  it('denies everything to a signed-out user, and all but their own profile to a user without roles', () => {
    for (const action of ACTIONS) {
      const [resource] = TARGETS[action];
      expect(can(null, action, resource)).toBe(false);
      expect(can({ id: 'x', roles: [] }, action, resource)).toBe(action === 'profile.manage');
    }
  });

  it('lets a user manage only their own profile, never a municipality or cooperation through it', () => {
    expect(can(userWith('medlemsrepresentant'), 'profile.manage', OWN_COOPERATION)).toBe(false);
    expect(can(userWith('folkevalgt'), 'profile.manage', OWN_MUNICIPALITY)).toBe(false);
  });

  it('denies an action it does not know', () => {
    expect(can(userWith('administrator'), 'nonexistent.action' as Action, SYSTEM)).toBe(false);
  });
});

describe('cooperation roles held on behalf of a member', () => {
  const grant = (kommunenummer: string | null): SessionUser => ({ id: 'u', email: 'u@example.no', name: 'U', roles: [{ role: 'politisk_sponsor', kommunenummer, cooperationId: COOP }] });
  it('end when that municipality is no longer a member; a role for no municipality does not', () => {
    const afterLeaving: Resource = { kind: 'cooperation', id: COOP, memberKommunenummer: ['4223'] };
    expect(can(grant('4204'), 'cooperation.read', OWN_COOPERATION)).toBe(true);
    expect(can(grant('4204'), 'cooperation.read', afterLeaving)).toBe(false);
    expect(can(grant(null), 'cooperation.read', afterLeaving)).toBe(true);
  });
});

describe('the system principal', () => {
  const LIFECYCLE = new Set<Action>(['lifecycle.establish', 'lifecycle.register', 'lifecycle.decide', 'lifecycle.evaluate', 'lifecycle.conclude']);

  it('takes lifecycle steps in any cooperation and may do nothing else', () => {
    for (const action of ACTIONS) {
      for (const resource of TARGETS[action]) expect(can(SYSTEM_PRINCIPAL, action, resource)).toBe(LIFECYCLE.has(action));
    }
  });

  it('takes lifecycle steps on cooperations only', () => {
    for (const resource of [SYSTEM, OWN_MUNICIPALITY, OWN_MEMBER]) expect(can(SYSTEM_PRINCIPAL, 'lifecycle.establish', resource)).toBe(false);
  });

  it('cannot be forged: a copy of it, or a user named after it, has no system rights', () => {
    expect(can({ ...SYSTEM_PRINCIPAL }, 'lifecycle.establish', OWN_COOPERATION)).toBe(false);
    expect(can({ id: 'system', roles: [] }, 'lifecycle.establish', OWN_COOPERATION)).toBe(false);
  });
});

describe('a grantee who is not the signed-in user (an invitee judged by their grants)', () => {
  it('is decided by the same rules', () => {
    expect(can({ id: 'invitee', roles: [{ role: 'folkevalgt', kommunenummer: '4204', cooperationId: null }] }, 'cooperation.read', OWN_COOPERATION)).toBe(true);
    expect(can({ id: 'invitee', roles: [{ role: 'folkevalgt', kommunenummer: '0301', cooperationId: null }] }, 'cooperation.read', OWN_COOPERATION)).toBe(false);
  });
});
