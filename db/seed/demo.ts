// Demo data for a newcomer: people for every role and cooperations to look at.
// Seeded only into an empty database (no users), and never when BROBYGGER_DEMO=0.
import type { Db } from '../client';
import { createCooperation, taskAreaIdByName } from '../queries/cooperations';
import { createUser, grantRole } from '../queries/users';
import { hashPassword } from '@/lib/auth/password';
import { DEMO_PASSWORD, DEMO_USERS } from './demo-users';

const DEMO_COOPERATIONS = {
  legevakt: {
    name: 'Interkommunal legevakt i Kristiansandsregionen',
    purpose: 'Felles legevakt for innbyggerne i medlemskommunene, med Kristiansand som vertskommune.',
    taskArea: 'Legevakt',
    initiatingKommunenummer: '4204',
    state: 'drift',
    members: [
      { kommunenummer: '4204', role: 'vertskommune' as const },
      ...['4223', '4218', '4215', '4216', '4226', '4225', '4224'].map((k) => ({ kommunenummer: k, role: 'samarbeidskommune' as const })),
    ],
  },
  regionKristiansand: {
    name: 'Region Kristiansand',
    purpose: 'Interkommunalt politisk råd for regional utvikling og interessepolitikk i Kristiansandsregionen.',
    taskArea: 'Interkommunalt politisk råd / regionråd',
    initiatingKommunenummer: '4204',
    state: 'drift',
    members: ['4216', '4218', '4204', '4215', '4205', '4223'].map((k) => ({ kommunenummer: k, role: 'deltaker' as const })),
  },
} as const;

export async function seedDemoData(db: Db): Promise<{ users: number; cooperations: number }> {
  const cooperationIds: Record<string, string> = {};
  for (const [key, c] of Object.entries(DEMO_COOPERATIONS)) {
    cooperationIds[key] = await createCooperation(db, { ...c, taskAreaId: await taskAreaIdByName(db, c.taskArea), members: [...c.members] });
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  let users = 0;
  for (const u of DEMO_USERS) {
    const user = await createUser(db, { email: u.email, name: u.name, title: u.title, passwordHash });
    if (!user) continue;
    users++;
    await grantRole(db, {
      userId: user.id,
      role: u.role,
      kommunenummer: u.kommunenummer,
      cooperationId: u.cooperation ? (cooperationIds[u.cooperation] ?? null) : null,
      grantedBy: null,
    });
  }
  return { users, cooperations: Object.keys(cooperationIds).length };
}
