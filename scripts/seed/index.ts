// First-start seeding: reference data always (when missing), demo data into an empty database.
import { count } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { users } from '@/db/schema';
import { seedReferenceData } from '@/db/seed/reference';
import { seedDemoData } from './demo';

export interface SeedReport {
  municipalities: number;
  taskAreas: number;
  demoUsers: number;
  demoCooperations: number;
}

export async function seedIfEmpty(db: Db, options: { demo: boolean }): Promise<SeedReport> {
  const reference = await seedReferenceData(db);
  const report: SeedReport = { ...reference, demoUsers: 0, demoCooperations: 0 };
  const [row] = await db.select({ n: count() }).from(users);
  if (options.demo && (row?.n ?? 0) === 0) {
    const demo = await seedDemoData(db);
    report.demoUsers = demo.users;
    report.demoCooperations = demo.cooperations;
  }
  return report;
}
