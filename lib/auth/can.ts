// The one authorisation decision: can(user, action, resource). Deny by default: an action
// missing from RULES, or a rule that returns false, refuses.
import type { Role, RoleGrant, SessionUser } from './roles';

export type Resource =
  | { kind: 'system' }
  | { kind: 'municipality'; kommunenummer: string }
  | { kind: 'cooperation'; id: string; memberKommunenummer: readonly string[] };

export const ACTIONS = [
  'admin.access',
  'user.list',
  'user.create',
  'user.update',
  'role.grant',
  'role.revoke',
  'municipality.list',
  'municipality.import',
  'municipality.users',
  'taskArea.manage',
  'cooperation.create',
  'cooperation.register',
  'cooperation.read',
  'cooperation.edit',
  'cooperation.people',
  'register.read',
  'lifecycle.establish',
  'lifecycle.register',
  'lifecycle.decide',
  'lifecycle.evaluate',
  'lifecycle.conclude',
  'election.record',
  'consistency.check',
  'profile.manage',
] as const;
export type Action = (typeof ACTIONS)[number];

type Rule = (grants: readonly RoleGrant[], resource: Resource) => boolean;

const has = (grants: readonly RoleGrant[], role: Role) => grants.some((g) => g.role === role);

/** Holds a municipality-scoped role for the given municipality. */
const forMunicipality = (roles: readonly Role[]) => (grants: readonly RoleGrant[], resource: Resource) =>
  resource.kind === 'municipality' &&
  grants.some((g) => roles.includes(g.role) && g.kommunenummer === resource.kommunenummer);

/**
 * Holds a municipality role in a member municipality, or a role in the cooperation itself.
 * `memberKommunenummer` lists the members on the day asked about (lib/domain/membership.ts),
 * so a municipality that has left loses access, and so does a cooperation role held on its
 * behalf; a cooperation role acting for no municipality (e.g. a hired leader) keeps it.
 */
const forCooperation =
  (municipalityRoles: readonly Role[], cooperationRoles: readonly Role[]) =>
  (grants: readonly RoleGrant[], resource: Resource) =>
    resource.kind === 'cooperation' &&
    grants.some(
      (g) =>
        (municipalityRoles.includes(g.role) && g.kommunenummer !== null && resource.memberKommunenummer.includes(g.kommunenummer)) ||
        (cooperationRoles.includes(g.role) && g.cooperationId === resource.id && (g.kommunenummer === null || resource.memberKommunenummer.includes(g.kommunenummer))),
    );

const admin: Rule = (grants) => has(grants, 'administrator');
const either =
  (...rules: Rule[]): Rule =>
  (grants, resource) =>
    rules.some((r) => r(grants, resource));

const COOPERATION_ROLES: readonly Role[] = ['politisk_sponsor', 'administrativ_sponsor', 'operativ_leder', 'medlemsrepresentant'];

const RULES: Record<Action, Rule> = {
  'admin.access': admin,
  'user.list': admin,
  'user.create': admin,
  'user.update': admin,
  'role.grant': admin,
  'role.revoke': admin,
  'municipality.list': admin,
  'municipality.import': admin,
  // Local administration: a rådmannsteam invites users and grants the municipality's own
  // roles (lib/domain/person-links.ts LOCAL_ROLES) in its own municipality only.
  'municipality.users': either(admin, forMunicipality(['radmannsteam'])),
  'taskArea.manage': admin,
  // A rådmannsteam initiates cooperations on behalf of its own municipality.
  'cooperation.create': forMunicipality(['radmannsteam']),
  // Registering cooperations that already run (one by one or from a spreadsheet) is keeping
  // the municipality's register: its rådmannsteam, or an administrator helping it.
  'cooperation.register': either(admin, forMunicipality(['radmannsteam'])),
  'cooperation.read': either(admin, forCooperation(['radmannsteam', 'folkevalgt'], COOPERATION_ROLES)),
  // Establishing is driven by the members' rådmannsteam and the operative leader; sponsors review.
  'cooperation.edit': forCooperation(['radmannsteam'], ['operativ_leder']),
  // Linking the people a phase names to accounts (and inviting them): the same people as
  // editing; the handler narrows a member's people to that member's rådmannsteam (mayLinkFor).
  'cooperation.people': forCooperation(['radmannsteam'], ['operativ_leder']),
  'register.read': either(admin, forMunicipality(['radmannsteam', 'folkevalgt'])),
  // Lifecycle steps. Establishing and changes are driven by the members' rådmannsteam and
  // the operative leader; member decisions are recorded by rådmannsteam or representatives;
  // evaluations are run by the leader or rådmannsteam; conclusions are the owners' (rådmannsteam).
  'lifecycle.establish': forCooperation(['radmannsteam'], ['operativ_leder']),
  'lifecycle.register': either(admin, forCooperation(['radmannsteam'], [])),
  'lifecycle.decide': forCooperation(['radmannsteam'], ['medlemsrepresentant']),
  'lifecycle.evaluate': forCooperation(['radmannsteam'], ['operativ_leder']),
  'lifecycle.conclude': forCooperation(['radmannsteam'], []),
  'election.record': admin,
  'consistency.check': admin,
  // Every signed-in user manages their own profile (e.g. the calendar feed address); the
  // handler touches only the caller's own rows.
  'profile.manage': (_grants, resource) => resource.kind === 'system',
};

export function can(user: SessionUser | null | undefined, action: Action, resource: Resource): boolean {
  if (!user) return false;
  const rule = RULES[action];
  return rule ? rule(user.roles, resource) : false;
}

export const SYSTEM: Resource = { kind: 'system' };

/** The authorisation resource of a cooperation: its id and its members' municipalities. */
export function cooperationResource(dossier: { id: string; members: readonly { kommunenummer: string | null }[] }): Extract<Resource, { kind: 'cooperation' }> {
  return {
    kind: 'cooperation',
    id: dossier.id,
    memberKommunenummer: dossier.members.map((m) => m.kommunenummer).filter((k): k is string => k !== null),
  };
}
