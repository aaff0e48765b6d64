// The one authorisation decision: can(who, action, resource). Deny by default: an action
// missing from RULES, or a rule that returns false, refuses. The resources are built here too
// (cooperationResource, memberResource), so every caller asks about the same facts.
import type { Role, RoleGrant } from './roles';

export type Resource =
  | { kind: 'system' }
  | { kind: 'municipality'; kommunenummer: string }
  | { kind: 'cooperation'; id: string; memberKommunenummer: readonly string[] }
  /** One member of a cooperation, for logging its anchoring: its municipality and the users linked to its sponsor rows. */
  | { kind: 'member'; cooperationId: string; kommunenummer: string | null; sponsorUserIds: readonly string[] };

export type CooperationResource = Extract<Resource, { kind: 'cooperation' }>;
export type MemberResource = Extract<Resource, { kind: 'member' }>;

/** A person and the roles they hold: the signed-in user, or someone the system considers (an invitee). */
export interface Grantee {
  id: string;
  roles: readonly RoleGrant[];
}

/**
 * The application acting on its own (demo data, benchmarks, scheduled work): it may take
 * lifecycle steps, which the machine's guards still check, and nothing else.
 */
export interface SystemPrincipal {
  readonly principal: 'system';
}
/** The one system principal: can() recognises this object, not a copy of it. */
export const SYSTEM_PRINCIPAL: SystemPrincipal = Object.freeze({ principal: 'system' as const });

export type Principal = Grantee | SystemPrincipal;

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
  'anchoring.log',
  'information.log',
  'election.record',
  'consistency.check',
  'profile.manage',
] as const;
export type Action = (typeof ACTIONS)[number];

type Rule = (who: Grantee, resource: Resource) => boolean;

const has = (who: Grantee, role: Role) => who.roles.some((g) => g.role === role);
const SPONSOR_ROLES: readonly Role[] = ['politisk_sponsor', 'administrativ_sponsor'];

/** Holds a municipality-scoped role for the given municipality. */
const forMunicipality = (roles: readonly Role[]): Rule => (who, resource) =>
  resource.kind === 'municipality' &&
  who.roles.some((g) => roles.includes(g.role) && g.kommunenummer === resource.kommunenummer);

/**
 * Holds a municipality role in a member municipality, or a role in the cooperation itself.
 * `memberKommunenummer` lists the members on the day asked about (lib/pure/domain/membership.ts),
 * so a municipality that has left loses access, and so does a cooperation role held on its
 * behalf; a cooperation role acting for no municipality (e.g. a hired leader) keeps it.
 */
const forCooperation =
  (municipalityRoles: readonly Role[], cooperationRoles: readonly Role[]): Rule =>
  (who, resource) =>
    resource.kind === 'cooperation' &&
    who.roles.some(
      (g) =>
        (municipalityRoles.includes(g.role) && g.kommunenummer !== null && resource.memberKommunenummer.includes(g.kommunenummer)) ||
        (cooperationRoles.includes(g.role) && g.cooperationId === resource.id && (g.kommunenummer === null || resource.memberKommunenummer.includes(g.kommunenummer))),
    );

const admin: Rule = (who) => has(who, 'administrator');
const either =
  (...rules: Rule[]): Rule =>
  (who, resource) =>
    rules.some((r) => r(who, resource));

/** A sponsor role in the cooperation itself (for any member, and whatever the membership). */
const sponsorOfCooperation: Rule = (who, resource) =>
  resource.kind === 'cooperation' && who.roles.some((g) => SPONSOR_ROLES.includes(g.role) && g.cooperationId === resource.id);

/**
 * Logging one member's anchoring: the people who anchor that member's decisions. The
 * cooperation's operative leader, the member's rådmannsteam, the member's sponsors (by role,
 * or as the person linked to one of its sponsor rows). A partner without a kommunenummer is
 * logged by its leader and linked sponsors only.
 */
const anchorsMember: Rule = (who, resource) => {
  if (resource.kind !== 'member') return false;
  if (resource.sponsorUserIds.includes(who.id)) return true;
  const ofMember = (kommunenummer: string | null) => kommunenummer !== null && kommunenummer === resource.kommunenummer;
  return who.roles.some(
    (g) =>
      (g.role === 'operativ_leder' && g.cooperationId === resource.cooperationId) ||
      (g.role === 'radmannsteam' && ofMember(g.kommunenummer)) ||
      (SPONSOR_ROLES.includes(g.role) && g.cooperationId === resource.cooperationId && ofMember(g.kommunenummer)),
  );
};

const COOPERATION_ROLES: readonly Role[] = ['politisk_sponsor', 'administrativ_sponsor', 'operativ_leder', 'medlemsrepresentant'];
/** Those who edit a cooperation: the members' rådmannsteam and the operative leader. */
const editors = forCooperation(['radmannsteam'], ['operativ_leder']);

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
  // roles (lib/pure/domain/person-links.ts LOCAL_ROLES) in its own municipality only.
  'municipality.users': either(admin, forMunicipality(['radmannsteam'])),
  'taskArea.manage': admin,
  // A rådmannsteam initiates cooperations on behalf of its own municipality.
  'cooperation.create': forMunicipality(['radmannsteam']),
  // Registering cooperations that already run (one by one or from a spreadsheet) is keeping
  // the municipality's register: its rådmannsteam, or an administrator helping it.
  'cooperation.register': either(admin, forMunicipality(['radmannsteam'])),
  'cooperation.read': either(admin, forCooperation(['radmannsteam', 'folkevalgt'], COOPERATION_ROLES)),
  // Establishing is driven by the members' rådmannsteam and the operative leader; sponsors review.
  'cooperation.edit': editors,
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
  // Follow-up is logged by those who anchor the decisions, which is narrower than editing and
  // wider at the same time: sponsors (who may not edit) log their own member's anchoring and
  // the information plan, while a member's rådmannsteam logs only its own municipality's
  // anchoring. The actions ask this after 'cooperation.read'; the pages show or hide the buttons.
  'anchoring.log': anchorsMember,
  'information.log': either(editors, sponsorOfCooperation),
  'election.record': admin,
  'consistency.check': admin,
  // Every signed-in user manages their own profile (e.g. the calendar feed address); the
  // handler touches only the caller's own rows.
  'profile.manage': (_who, resource) => resource.kind === 'system',
};

const SYSTEM_ACTIONS: ReadonlySet<Action> = new Set(['lifecycle.establish', 'lifecycle.register', 'lifecycle.decide', 'lifecycle.evaluate', 'lifecycle.conclude']);

export function can(who: Principal | null | undefined, action: Action, resource: Resource): boolean {
  if (!who) return false;
  if ('principal' in who) return who === SYSTEM_PRINCIPAL && SYSTEM_ACTIONS.has(action) && resource.kind === 'cooperation';
  const rule = RULES[action];
  return rule ? rule(who, resource) : false;
}

export const SYSTEM: Resource = { kind: 'system' };

/**
 * The authorisation resource of a cooperation: its id and its members' municipalities. The one
 * place it is built: from a loaded dossier (pages, the runner) or from the members on a day
 * (db/queries/dossier.ts loadCooperationResource, for actions). Pass the members on the day
 * asked about; a partner without a kommunenummer gives no municipality access.
 */
export function cooperationResource(cooperation: { id: string; members: readonly { kommunenummer: string | null }[] }): CooperationResource {
  return {
    kind: 'cooperation',
    id: cooperation.id,
    memberKommunenummer: cooperation.members.map((m) => m.kommunenummer).filter((k): k is string => k !== null),
  };
}

/** The resource for logging one member's anchoring (see 'anchoring.log'). */
export function memberResource(cooperationId: string, member: { kommunenummer: string | null; sponsorUserIds: readonly string[] }): MemberResource {
  return { kind: 'member', cooperationId, kommunenummer: member.kommunenummer, sponsorUserIds: member.sponsorUserIds };
}
