// Test helpers for *.db.test.ts around cooperations: write a pure Dossier (such as
// readyDossier()) into every table, make users with one role, and dump the whole database
// deterministically so a test can prove a refused step wrote nothing.
// Seed reference data (db/seed/reference.ts) first: members point at municipalities.
import { randomUUID } from 'node:crypto';
import { asc, getTableName, is } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '@/db/client';
import * as schema from '@/db/schema';
import { roleAssignments, users } from '@/db/schema';
import type { Role, SessionUser } from '@/lib/pure/auth/roles';

export { fixtureUuid, insertCooperationFromDossier } from '@/db/queries/dossier-import';

/** A user holding one role, as the session sees them. */
export async function createTestUser(
  db: Db,
  input: { name: string; role: Role; kommunenummer?: string | null; cooperationId?: string | null },
): Promise<SessionUser> {
  const email = `${input.name.toLowerCase().replace(/[^a-z0-9]+/g, '.')}.${randomUUID().slice(0, 8)}@test.invalid`;
  const [user] = await db.insert(users).values({ email, name: input.name, passwordHash: 'ikke-i-bruk' }).returning({ id: users.id });
  const grant = { role: input.role, kommunenummer: input.kommunenummer ?? null, cooperationId: input.cooperationId ?? null };
  await db.insert(roleAssignments).values({ userId: user!.id, ...grant });
  return { id: user!.id, email, name: input.name, roles: [grant] };
}

/**
 * Every row of every table of the schema as indented JSON: tables by name, rows by primary
 * key, columns in schema order. Two equal strings mean the database did not change. The
 * cooperation summaries are left out: they are derived from the rest and stored by reads.
 */
export async function snapshotDatabase(db: Db): Promise<string> {
  const tables = (Object.values(schema) as unknown[])
    .filter((value): value is PgTable => is(value, PgTable) && value !== schema.cooperationSummaries)
    .sort((a, b) => getTableName(a).localeCompare(getTableName(b)));
  const dump: Record<string, unknown[]> = {};
  for (const table of tables) {
    const primary = getTableConfig(table).columns.filter((c) => c.primary);
    dump[getTableName(table)] = await db
      .select()
      .from(table)
      .orderBy(...primary.map((c) => asc(c)));
  }
  return JSON.stringify(dump, null, 1);
}
