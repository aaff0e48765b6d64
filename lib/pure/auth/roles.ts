// Roles of domain.md section 1, their scope and their Norwegian names.
export const ROLES = [
  'administrator',
  'radmannsteam',
  'folkevalgt',
  'politisk_sponsor',
  'administrativ_sponsor',
  'operativ_leder',
  'medlemsrepresentant',
] as const;
export type Role = (typeof ROLES)[number];

export type RoleScope = 'system' | 'municipality' | 'cooperation';

export const ROLE_SCOPE: Record<Role, RoleScope> = {
  administrator: 'system',
  radmannsteam: 'municipality',
  folkevalgt: 'municipality',
  politisk_sponsor: 'cooperation',
  administrativ_sponsor: 'cooperation',
  operativ_leder: 'cooperation',
  medlemsrepresentant: 'cooperation',
};

export const ROLE_LABELS: Record<Role, string> = {
  administrator: 'Administrator',
  radmannsteam: 'Rådmannsteam',
  folkevalgt: 'Folkevalgt',
  politisk_sponsor: 'Politisk sponsor',
  administrativ_sponsor: 'Administrativ sponsor',
  operativ_leder: 'Operativ leder',
  medlemsrepresentant: 'Medlemsrepresentant',
};

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  administrator: 'Drifter løsningen: brukere, roller, kommuner og referansedata.',
  radmannsteam: 'Kommunedirektørens stab: setter opp samarbeid, fører kommunens register og utpeker sponsorer.',
  folkevalgt: 'Medlem av kommunestyret: leser status for kommunens samarbeid.',
  politisk_sponsor: 'Ordfører eller folkevalgt som følger samarbeidet og sørger for politisk forankring.',
  administrativ_sponsor: 'Leder i linjen som er døra mellom samarbeidet og administrasjonen.',
  operativ_leder: 'Leder samarbeidet i det daglige, logger forankring og informasjon og svarer på evalueringer.',
  medlemsrepresentant: 'Kommunens representant i samarbeidets organer: svarer på evalueringer og registrerer vedtak.',
};

/** One held role with its scope; the shape the authorisation function reads. */
export interface RoleGrant {
  role: Role;
  kommunenummer: string | null;
  cooperationId: string | null;
}

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  roles: RoleGrant[];
  /** An administrator chose the password: only changing it is allowed until the user has. */
  mustChangePassword?: boolean;
  /** The server-side session this request is signed in with (lib/server/auth/session.ts). */
  sessionId?: string;
}
