import 'server-only';
// Municipalities and task areas: reference data queries.
import { and, asc, count, eq, ilike, inArray, isNull, or } from 'drizzle-orm';
import type { Db } from '../client';
import { municipalities, taskAreas, type NewMunicipality } from '../schema';
import { countyMunicipalities } from '@/lib/pure/domain/municipality';

export async function listMunicipalities(db: Db, params: { search?: string; countyNumber?: string; includeRetired?: boolean } = {}) {
  const filters = [];
  if (!params.includeRetired) filters.push(isNull(municipalities.validTo));
  if (params.countyNumber) filters.push(eq(municipalities.countyNumber, params.countyNumber));
  if (params.search) {
    const term = `%${params.search.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    filters.push(
      or(ilike(municipalities.name, term), ilike(municipalities.otherName, term), ilike(municipalities.kommunenummer, term)),
    );
  }
  return db
    .select()
    .from(municipalities)
    .where(filters.length ? and(...filters) : undefined)
    .orderBy(asc(municipalities.kommunenummer));
}

export async function getMunicipality(db: Db, kommunenummer: string) {
  const [row] = await db.select().from(municipalities).where(eq(municipalities.kommunenummer, kommunenummer));
  return row ?? null;
}

/** Current municipalities (county municipalities not counted). */
export async function countMunicipalities(db: Db): Promise<number> {
  const [row] = await db.select({ n: count() }).from(municipalities).where(and(isNull(municipalities.validTo), eq(municipalities.kind, 'kommune')));
  return row?.n ?? 0;
}

export async function listCounties(db: Db) {
  return db
    .selectDistinct({ countyNumber: municipalities.countyNumber, countyName: municipalities.countyName })
    .from(municipalities)
    .where(and(isNull(municipalities.validTo), eq(municipalities.kind, 'kommune')))
    .orderBy(asc(municipalities.countyNumber));
}

export interface ImportSummary {
  added: number;
  updated: number;
  retired: number;
}

/**
 * Applies an official municipality list valid from `validFrom`: new numbers are added,
 * changed names/counties updated, numbers missing from the list retired (never deleted,
 * because cooperations and roles keep referring to them). The county municipalities follow
 * the counties of the list.
 */
export async function importMunicipalities(db: Db, rows: NewMunicipality[], validFrom: string): Promise<ImportSummary> {
  return db.transaction(async (tx) => {
    const existing = await tx.select().from(municipalities).where(eq(municipalities.kind, 'kommune'));
    // County municipalities follow from the counties; a list that carries them is read without them.
    rows = rows.filter((r) => (r.kind ?? 'kommune') === 'kommune');
    const byNumber = new Map(existing.map((m) => [m.kommunenummer, m]));
    const incoming = new Set(rows.map((r) => r.kommunenummer));
    const summary: ImportSummary = { added: 0, updated: 0, retired: 0 };
    for (const row of rows) {
      const current = byNumber.get(row.kommunenummer);
      if (!current) {
        await tx.insert(municipalities).values({ ...row, validFrom, validTo: null });
        summary.added++;
      } else if (
        current.name !== row.name ||
        (current.otherName ?? null) !== (row.otherName ?? null) ||
        current.countyNumber !== row.countyNumber ||
        current.countyName !== row.countyName ||
        current.validTo !== null ||
        (row.population != null && current.population !== row.population)
      ) {
        await tx
          .update(municipalities)
          .set({
            name: row.name,
            otherName: row.otherName ?? null,
            countyNumber: row.countyNumber,
            countyName: row.countyName,
            population: row.population ?? current.population,
            validTo: null,
          })
          .where(eq(municipalities.kommunenummer, row.kommunenummer));
        summary.updated++;
      }
    }
    for (const m of existing) {
      if (!incoming.has(m.kommunenummer) && m.validTo === null) {
        await tx.update(municipalities).set({ validTo: validFrom }).where(eq(municipalities.kommunenummer, m.kommunenummer));
        summary.retired++;
      }
    }
    await syncCountyMunicipalities(tx, validFrom);
    return summary;
  });
}

/**
 * One county municipality per county of the current municipalities, kept in step with
 * them: added, renamed, its population summed, and retired (never deleted) when its county
 * is gone. Cheap and idempotent, so every start may run it.
 */
export async function syncCountyMunicipalities(db: Db, validFrom: string): Promise<{ added: number; updated: number; retired: number }> {
  const current = await db
    .select({ countyNumber: municipalities.countyNumber, countyName: municipalities.countyName, population: municipalities.population })
    .from(municipalities)
    .where(and(isNull(municipalities.validTo), eq(municipalities.kind, 'kommune')));
  const wanted = countyMunicipalities(current);
  const existing = new Map((await db.select().from(municipalities).where(eq(municipalities.kind, 'fylkeskommune'))).map((c) => [c.kommunenummer, c]));
  const summary = { added: 0, updated: 0, retired: 0 };
  for (const county of wanted) {
    const row = existing.get(county.kommunenummer);
    if (!row) {
      await db.insert(municipalities).values({ ...county, otherName: null, validFrom, validTo: null });
      summary.added++;
    } else if (row.name !== county.name || row.countyName !== county.countyName || row.population !== county.population || row.validTo !== null) {
      await db
        .update(municipalities)
        .set({ name: county.name, countyName: county.countyName, population: county.population, validTo: null })
        .where(eq(municipalities.kommunenummer, county.kommunenummer));
      summary.updated++;
    }
  }
  const numbers = new Set(wanted.map((c) => c.kommunenummer));
  for (const row of existing.values()) {
    if (!numbers.has(row.kommunenummer) && row.validTo === null) {
      await db.update(municipalities).set({ validTo: validFrom }).where(eq(municipalities.kommunenummer, row.kommunenummer));
      summary.retired++;
    }
  }
  return summary;
}

export async function listTaskAreas(db: Db, params: { includeRetired?: boolean } = {}) {
  return db
    .select()
    .from(taskAreas)
    .where(params.includeRetired ? undefined : eq(taskAreas.retired, false))
    .orderBy(asc(taskAreas.sector), asc(taskAreas.name));
}

export async function insertTaskAreas(db: Db, rows: { sector: string; name: string; source: string | null }[]) {
  if (rows.length === 0) return;
  await db.insert(taskAreas).values(rows).onConflictDoNothing();
}

export async function getMunicipalityNames(db: Db, numbers: string[]): Promise<Map<string, string>> {
  if (numbers.length === 0) return new Map();
  const rows = await db
    .select({ kommunenummer: municipalities.kommunenummer, name: municipalities.name })
    .from(municipalities)
    .where(inArray(municipalities.kommunenummer, [...new Set(numbers)]));
  return new Map(rows.map((r) => [r.kommunenummer, r.name]));
}
