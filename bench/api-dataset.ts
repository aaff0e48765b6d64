// A national-scale open register for the API benchmark: N cooperations (default 15,000)
// over the real municipality list, 2–10 current members each (mostly within one county),
// most of them public, in every lifecycle state and legal form, a third with a closed
// evaluation round. Written with multi-row INSERTs straight into the tables the open
// register reads — it is load for measuring, not demo data (no dossier phases, no people).
// The scale work's generator (bench/, issue 12) supersedes this when it lands.
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { cooperationMembers, cooperations, evaluationRounds, municipalities, taskAreas } from '../db/schema';
import { LEGAL_FORMS } from '../lib/domain/legal-forms';

/** A small deterministic generator, so two runs build the same country. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const STATES: [string, number][] = [
  ['drift', 60],
  ['etablering', 8],
  ['medlemsvedtak', 5],
  ['evaluering', 5],
  ['beslutning', 2],
  ['redesign', 3],
  ['avvikling', 2],
  ['avviklet', 8],
  ['avbrutt', 2],
  ['utkast', 5],
];

function weighted(next: () => number, options: [string, number][]): string {
  const total = options.reduce((s, [, w]) => s + w, 0);
  let pick = next() * total;
  for (const [value, weight] of options) {
    pick -= weight;
    if (pick <= 0) return value;
  }
  return options[0]![0];
}

export async function existingBenchCooperations(db: Db): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(cooperations).where(sql`${cooperations.name} like 'Benk-samarbeid %'`);
  return Number(row?.n ?? 0);
}

export async function generateNationalDataset(db: Db, count: number, seed = 16): Promise<void> {
  const next = random(seed);
  const kommuner = await db.select({ kommunenummer: municipalities.kommunenummer, county: municipalities.countyNumber }).from(municipalities).where(sql`${municipalities.validTo} is null`);
  const byCounty = new Map<string, string[]>();
  for (const k of kommuner) byCounty.set(k.county, [...(byCounty.get(k.county) ?? []), k.kommunenummer]);
  const areas = (await db.select({ id: taskAreas.id }).from(taskAreas)).map((a) => a.id);
  const forms = LEGAL_FORMS.filter((f) => !f.code.startsWith('legacy')).map((f) => f.code);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;

  const BATCH = 500;
  for (let start = 0; start < count; start += BATCH) {
    const coopRows: (typeof cooperations.$inferInsert)[] = [];
    const memberRows: (typeof cooperationMembers.$inferInsert)[] = [];
    const roundRows: (typeof evaluationRounds.$inferInsert)[] = [];
    for (let i = start; i < Math.min(count, start + BATCH); i++) {
      const id = randomUUID();
      const state = weighted(next, STATES);
      const year = 1995 + Math.floor(next() * 30);
      coopRows.push({
        id,
        name: `Benk-samarbeid ${i + 1}`,
        taskAreaId: pick(areas),
        isPublic: next() < 0.85,
        state,
        stateValue: state,
        startDate: state === 'utkast' || state === 'etablering' ? null : `${year}-0${1 + Math.floor(next() * 9)}-01`,
        design: { legalForm: pick(forms) } as never,
      });
      const home = pick(kommuner);
      const local = byCounty.get(home.county)!;
      const size = 2 + Math.floor(next() * 9);
      const members = new Set<string>([home.kommunenummer]);
      for (let tries = 0; members.size < size && tries < size * 4; tries++) members.add(next() < 0.8 ? pick(local) : pick(kommuner).kommunenummer);
      [...members].forEach((kommunenummer, order) =>
        memberRows.push({ cooperationId: id, kommunenummer, role: order === 0 ? 'vertskommune' : 'samarbeidskommune', sortOrder: order, leftAt: next() < 0.03 ? '2024-01-01' : null }),
      );
      if (next() < 0.33) roundRows.push({ cooperationId: id, number: 1, questionnaireVersion: 1, status: 'lukket', closedAt: new Date(Date.UTC(2020 + Math.floor(next() * 5), Math.floor(next() * 12), 15)) });
    }
    await db.insert(cooperations).values(coopRows);
    await db.insert(cooperationMembers).values(memberRows);
    if (roundRows.length > 0) await db.insert(evaluationRounds).values(roundRows);
  }
  await db.execute(sql`analyze`);
}
