// What the page benchmarks point at, looked up before the server starts (PGlite admits one
// process at a time): the biggest running public cooperation Oslo takes part in, and a pool
// of Oslo's running cooperations for the lifecycle transitions.
import { and, asc, count, desc, eq, exists, isNull } from 'drizzle-orm';
import { openDb } from '@/db/client';
import { cooperationMembers, cooperations } from '@/db/schema';

export interface Targets {
  cooperationId: string;
  members: number;
  /** Running cooperations Oslo's rådmannsteam may take lifecycle steps in, with their row version. */
  transitionPool: { id: string; rowVersion: number }[];
}

export async function resolveTargets(database: { url?: string; dataDir?: string }, poolSize: number): Promise<Targets> {
  const handle = await openDb(database);
  try {
    const { db } = handle;
    const oslo = (id: typeof cooperations.id) =>
      exists(
        db
          .select({ one: cooperationMembers.id })
          .from(cooperationMembers)
          .where(and(eq(cooperationMembers.cooperationId, id), eq(cooperationMembers.kommunenummer, '0301'), isNull(cooperationMembers.leftAt))),
      );
    const [biggest] = await db
      .select({ id: cooperations.id, members: count(cooperationMembers.id) })
      .from(cooperations)
      .innerJoin(cooperationMembers, eq(cooperationMembers.cooperationId, cooperations.id))
      .where(and(eq(cooperations.state, 'drift'), eq(cooperations.isPublic, true), oslo(cooperations.id)))
      .groupBy(cooperations.id)
      .orderBy(desc(count(cooperationMembers.id)), asc(cooperations.id))
      .limit(1);
    if (!biggest) throw new Error('Fant ikke noe samarbeid i drift med Oslo som deltaker. Er datasettet lagt inn (npm run bench:data)?');
    const pool = await db
      .select({ id: cooperations.id, rowVersion: cooperations.rowVersion })
      .from(cooperations)
      .where(and(eq(cooperations.state, 'drift'), oslo(cooperations.id)))
      .orderBy(asc(cooperations.id))
      .limit(poolSize + 1);
    return { cooperationId: biggest.id, members: Number(biggest.members), transitionPool: pool.filter((p) => p.id !== biggest.id).slice(0, poolSize) };
  } finally {
    await handle.close();
  }
}
