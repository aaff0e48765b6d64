import 'server-only';
// National statistics of the open register, every figure a GROUP BY in SQL over the public
// cooperations (no dossier loaded, whatever the size of the country). "Current" figures
// (form, task area, county, per municipality) count cooperations that are going on; the
// state figure counts every public one, and the establishment trend every public one with
// a start date. Members are current members (db/queries/current-members.ts).
import { and, asc, count, countDistinct, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { cooperationMembers, cooperations, municipalities, taskAreas } from '../schema';
import { currentMember, ongoing, publiclyVisible } from './current-members';

export interface NationalStatistics {
  /** Public cooperations, ended ones included. */
  total: number;
  /** Of those, going on. */
  current: number;
  byLegalForm: { code: string | null; count: number }[];
  byTaskArea: { sector: string | null; name: string | null; count: number }[];
  byCounty: { countyNumber: string; countyName: string; count: number; municipalities: number }[];
  byState: { state: string; count: number }[];
  perMunicipality: { kommunenummer: string; name: string; countyName: string; count: number }[];
  byStartYear: { year: number; count: number }[];
  withoutStartDate: number;
}

const n = (value: unknown) => Number(value);

export async function nationalStatistics(db: Db): Promise<NationalStatistics> {
  const current = and(publiclyVisible(), ongoing());
  const legalFormCode = sql<string | null>`nullif(${cooperations.legalForm}, '')`;
  const year = sql<number>`extract(year from ${cooperations.startDate})::int`;

  // Municipalities with their number of current public cooperations, and the county counts from the same memberships.
  const memberships = db
    .selectDistinct({ cooperationId: cooperationMembers.cooperationId, kommunenummer: cooperationMembers.kommunenummer })
    .from(cooperationMembers)
    .innerJoin(cooperations, eq(cooperations.id, cooperationMembers.cooperationId))
    .where(and(currentMember(), current))
    .as('memberships');

  const [totals, byLegalForm, byTaskArea, byCounty, countyMunicipalities, byState, perMunicipality, byStartYear] = await Promise.all([
    db
      .select({ total: count(), current: sql<number>`count(*) filter (where ${ongoing()})::int` })
      .from(cooperations)
      .where(publiclyVisible()),
    db.select({ code: legalFormCode, count: count() }).from(cooperations).where(current).groupBy(legalFormCode).orderBy(desc(count())),
    db
      .select({ sector: taskAreas.sector, name: taskAreas.name, count: count() })
      .from(cooperations)
      .leftJoin(taskAreas, eq(taskAreas.id, cooperations.taskAreaId))
      .where(current)
      .groupBy(taskAreas.sector, taskAreas.name)
      .orderBy(desc(count()), asc(taskAreas.name)),
    db
      .select({ countyNumber: municipalities.countyNumber, countyName: municipalities.countyName, count: countDistinct(memberships.cooperationId) })
      .from(memberships)
      .innerJoin(municipalities, eq(municipalities.kommunenummer, memberships.kommunenummer))
      .where(and(isNull(municipalities.validTo), eq(municipalities.kind, 'kommune')))
      .groupBy(municipalities.countyNumber, municipalities.countyName),
    db
      .select({ countyNumber: municipalities.countyNumber, countyName: municipalities.countyName, municipalities: count() })
      .from(municipalities)
      .where(and(isNull(municipalities.validTo), eq(municipalities.kind, 'kommune')))
      .groupBy(municipalities.countyNumber, municipalities.countyName)
      .orderBy(asc(municipalities.countyNumber)),
    db.select({ state: cooperations.state, count: count() }).from(cooperations).where(publiclyVisible()).groupBy(cooperations.state),
    db
      .select({ kommunenummer: municipalities.kommunenummer, name: municipalities.name, countyName: municipalities.countyName, count: count(memberships.cooperationId) })
      .from(municipalities)
      .leftJoin(memberships, eq(memberships.kommunenummer, municipalities.kommunenummer))
      .where(and(isNull(municipalities.validTo), eq(municipalities.kind, 'kommune')))
      .groupBy(municipalities.kommunenummer, municipalities.name, municipalities.countyName)
      .orderBy(desc(count(memberships.cooperationId)), asc(municipalities.kommunenummer)),
    db.select({ year, count: count() }).from(cooperations).where(publiclyVisible()).groupBy(year).orderBy(asc(year)),
  ]);

  const countyCount = new Map(byCounty.map((c) => [c.countyNumber, n(c.count)]));
  const withYear = byStartYear.filter((y) => y.year !== null);
  return {
    total: n(totals[0]?.total ?? 0),
    current: n(totals[0]?.current ?? 0),
    byLegalForm: byLegalForm.map((r) => ({ code: r.code, count: n(r.count) })),
    byTaskArea: byTaskArea.map((r) => ({ sector: r.sector, name: r.name, count: n(r.count) })),
    byCounty: countyMunicipalities.map((c) => ({ countyNumber: c.countyNumber, countyName: c.countyName, municipalities: n(c.municipalities), count: countyCount.get(c.countyNumber) ?? 0 })),
    byState: byState.map((r) => ({ state: r.state, count: n(r.count) })),
    perMunicipality: perMunicipality.map((r) => ({ ...r, count: n(r.count) })),
    byStartYear: withYear.map((r) => ({ year: n(r.year), count: n(r.count) })),
    withoutStartDate: n(byStartYear.find((y) => y.year === null)?.count ?? 0),
  };
}
