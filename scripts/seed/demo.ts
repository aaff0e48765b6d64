// Demo data for a newcomer: people for every role and real cooperations from the research in
// different lifecycle states, complete and deliberately incomplete (scripts/seed/demo-cooperations).
// Seeded only into an empty database (no users), and never when BROBYGGER_DEMO=0. Dates of
// the scripts are fixed history or relative to today; everything else is deterministic.
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { fixtureUuid, insertCooperationFromDossier } from '@/db/queries/dossier-import';
import { createUser, grantRole } from '@/db/queries/users';
import { cooperations } from '@/db/schema';
import { hashPassword } from '@/lib/server/auth/password';
import type { Dossier } from '@/lib/pure/domain/dossier';
import { addDays, osloDateOf } from '@/lib/pure/domain/iso-date';
import { DEMO_COOPERATIONS, type DemoClock } from './demo-cooperations';
import { playScript } from './demo-history';
import { DEMO_PASSWORD, DEMO_USERS, type DemoUser } from './demo-users';

/** The same key always gives the same cooperation id, so links into the demo stay valid. */
export function demoCooperationId(key: string): string {
  return fixtureUuid('brobygger-demo', key);
}

export interface DemoSeedReport {
  users: number;
  cooperations: number;
  /** Script steps that could not be played (see playScript); empty when the demo is whole. */
  problems: string[];
}

export async function seedDemoData(db: Db, options: { now?: Date } = {}): Promise<DemoSeedReport> {
  const now = options.now ?? new Date();
  const today = osloDateOf(now);
  const clock: DemoClock = { today, daysAgo: (days) => addDays(today, -days) };

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const userIds = new Map<string, string>();
  for (const u of DEMO_USERS) {
    const user = await createUser(db, { email: u.email, name: u.name, title: u.title, passwordHash });
    if (user) userIds.set(u.email, user.id);
  }

  // All cooperations first, then the demo users' roles, then the scripts: an evaluation round
  // opened by a script invites the people who hold roles in the cooperation, as it would live.
  const demos = DEMO_COOPERATIONS.map((build) => build(clock));
  const cooperationIds = new Map<string, string>();
  for (const demo of demos) {
    const id = demoCooperationId(demo.key);
    await insertCooperationFromDossier(db, linkDemoSponsors({ ...demo.dossier, id }, demo.key, userIds));
    cooperationIds.set(demo.key, id);
  }

  for (const u of DEMO_USERS) {
    const userId = userIds.get(u.email);
    if (!userId) continue;
    const scopes = cooperationKeys(u).map((key) => cooperationIds.get(key) ?? null);
    for (const cooperationId of scopes.length > 0 ? scopes : [null]) {
      await grantRole(db, { userId, role: u.role, kommunenummer: u.kommunenummer, cooperationId, grantedBy: null });
    }
  }

  const problems: string[] = [];
  for (const demo of demos) {
    const id = cooperationIds.get(demo.key)!; // inserted above
    problems.push(...(await playScript(db, id, demo, now)));
    if (!demo.isPublic) await db.update(cooperations).set({ isPublic: false }).where(eq(cooperations.id, id));
  }
  for (const problem of problems) console.warn(problem);

  return { users: userIds.size, cooperations: cooperationIds.size, problems };
}

function cooperationKeys(u: DemoUser): string[] {
  return u.cooperation ? [u.cooperation, ...(u.alsoIn ?? [])] : [];
}

/** The demo sponsors sign in as themselves: their sponsor records point at their user. */
function linkDemoSponsors(dossier: Dossier, key: string, userIds: ReadonlyMap<string, string>): Dossier {
  const sponsors = dossier.sponsors.map((s) => {
    const member = dossier.members.find((m) => m.id === s.memberId);
    const user = DEMO_USERS.find(
      (u) =>
        cooperationKeys(u).includes(key) &&
        u.kommunenummer === member?.kommunenummer &&
        ((u.role === 'politisk_sponsor' && s.kind === 'politisk') || (u.role === 'administrativ_sponsor' && s.kind === 'administrativ')),
    );
    const userId = user ? userIds.get(user.email) : undefined;
    return user && userId ? { ...s, userId, name: user.name } : s;
  });
  return { ...dossier, sponsors };
}
