// The open register's SQL against a database: the API's list rows say what the public
// projection says; the fragmentation computed in SQL for every municipality equals the pure
// definition; the network and the statistics count what they claim to count.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestDb, type TestDb } from '@/testing/db';
import { seedReferenceData } from '@/db/seed/reference';
import { cooperations, evaluationRounds } from '@/db/schema';
import { fragmentation } from '@/lib/pure/domain/partner-network';
import { isEnded } from '@/lib/pure/domain/dossier';
import { publicRegisterRow } from '@/lib/pure/register/public';
import { seedOpenRegister, type OpenRegisterFixture } from '@/testing/open-register';
import { legalFormName } from '@/lib/pure/register/row';
import { statisticsFigures } from '@/lib/pure/statistics/figures';
import { fragmentationOfAll, networkOf } from './network';
import { publicCooperationPage } from './public-list';
import { loadPublicCooperation } from './register';
import { nationalStatistics } from './statistics';

let t: TestDb;
let f: OpenRegisterFixture;

beforeAll(async () => {
  t = await createTestDb();
  await seedReferenceData(t.db);
  f = await seedOpenRegister(t.db);
  // Not public and going on: only the signed-in network sees it.
  await t.db.update(cooperations).set({ state: 'drift' }).where(eq(cooperations.id, f.hiddenId));
});
afterAll(async () => t?.close());

describe('the API list rows', () => {
  it('say exactly what the public register row built from the projection says', async () => {
    const page = await publicCooperationPage(t.db, {}, { after: null, limit: 100 });
    expect(page.rows.length).toBe(2 + f.variants.length);
    for (const row of page.rows) {
      const projection = await loadPublicCooperation(t.db, row.id);
      const expected = publicRegisterRow(projection!);
      expect({ name: row.name, state: row.state, legalForm: legalFormName(row.legalFormCode), taskArea: row.taskArea?.name ?? null, members: row.members.map((m) => m.name), lastEvaluation: row.lastEvaluation, startDate: row.startDate }).toEqual({
        name: expected.name,
        state: expected.state,
        legalForm: expected.legalForm,
        taskArea: expected.taskArea,
        members: expected.members,
        lastEvaluation: expected.lastEvaluation,
        startDate: projection!.startDate,
      });
      expect(row.members.map((m) => m.kommunenummer)).toEqual(projection!.members.map((m) => m.kommunenummer));
    }
  });

  it('date the last evaluation by the Norwegian day it closed, in SQL as in the projection', async () => {
    const latest = and(eq(evaluationRounds.cooperationId, f.publicId), eq(evaluationRounds.number, 2));
    // 00:30 on 16 March in Oslo; the UTC day is still the 15th.
    await t.db.update(evaluationRounds).set({ closedAt: new Date('2025-03-15T23:30:00Z') }).where(latest);
    try {
      const row = (await publicCooperationPage(t.db, {}, { after: null, limit: 100 })).rows.find((r) => r.id === f.publicId)!;
      expect(row.lastEvaluation).toBe('2025-03-16');
      expect(publicRegisterRow((await loadPublicCooperation(t.db, f.publicId))!).lastEvaluation).toBe('2025-03-16');
    } finally {
      await t.db.update(evaluationRounds).set({ closedAt: new Date('2025-03-15T12:00:00Z') }).where(latest);
    }
  });

  it('pages in id order without gaps or repeats', async () => {
    const first = await publicCooperationPage(t.db, {}, { after: null, limit: 3 });
    const second = await publicCooperationPage(t.db, {}, { after: first.nextAfter, limit: 100 });
    expect(second.nextAfter).toBeNull();
    const ids = [...first.rows, ...second.rows].map((r) => r.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(2 + f.variants.length);
  });
});

describe('partner network and fragmentation', () => {
  it('SQL gives every municipality the fragmentation the pure definition gives', async () => {
    const sqlResult = await fragmentationOfAll(t.db);
    const everyone = new Set(sqlResult.map((r) => r.kommunenummer));
    expect(everyone).toEqual(new Set(['4203', '4202', '4215', '4214', '0301', '3201', '42']));
    for (const row of sqlResult) {
      const network = await networkOf(t.db, row.kommunenummer, 'public');
      const pure = fragmentation(network.cooperations, row.kommunenummer);
      expect({ cooperations: row.cooperations, distinct: row.distinctPartnerSets }, row.kommunenummer).toEqual({ cooperations: pure.cooperations, distinct: pure.distinctPartnerSets });
    }
    // Arendal: the public legevakt, the one Grimstad left, and four variants going on (one is
    // avviklet); the variant with Agder fylkeskommune in Lillesand's place is a partner set of its own.
    const arendal = sqlResult.find((r) => r.kommunenummer === '4203');
    expect(arendal).toEqual({ kommunenummer: '4203', cooperations: 6, distinctPartnerSets: 4 });
  });

  it('the public network leaves out hidden, draft and ended cooperations; the signed-in one adds the hidden', async () => {
    const open = await networkOf(t.db, '4203', 'public');
    const ids = open.cooperations.map((c) => c.id);
    expect(ids).not.toContain(f.hiddenId);
    expect(ids).not.toContain(f.draftId);
    for (const v of f.variants.filter((x) => isEnded(x.state))) expect(ids).not.toContain(v.id);
    const all = await networkOf(t.db, '4203', 'all');
    expect(all.cooperations.map((c) => c.id).sort()).toEqual([...ids, f.hiddenId].sort());
    expect(all.cooperations.find((c) => c.id === f.hiddenId)?.isPublic).toBe(false);
    expect(open.names.get('3201')).toBe('Bærum');
    const left = open.cooperations.find((c) => c.id === f.leftId);
    expect(left?.members).not.toContain('4202');
  });
});

describe('national statistics', () => {
  it('count in SQL what the figures say', async () => {
    const s = await nationalStatistics(t.db);
    const visible = 2 + f.variants.length;
    const ended = f.variants.filter((v) => isEnded(v.state)).length;
    expect(s.total).toBe(visible);
    expect(s.current).toBe(visible - ended);
    expect(s.byLegalForm.reduce((sum, r) => sum + r.count, 0)).toBe(s.current);
    expect(s.byLegalForm.find((r) => r.code === 'iks')?.count).toBe(2);
    expect(s.byTaskArea.find((r) => r.name === 'Legevakt')?.count).toBe(3);
    expect(s.byState).toEqual(expect.arrayContaining([{ state: 'drift', count: 4 }, { state: 'avviklet', count: 1 }]));
    // Oslo is only in the avviklet one and the renovasjon one; Viken is gone, so Oslo is its own county.
    expect(s.byCounty.find((c) => c.countyNumber === '03')).toMatchObject({ count: 1, municipalities: 1 });
    expect(s.byCounty.find((c) => c.countyNumber === '42')).toMatchObject({ count: s.current });
    expect(s.byCounty.find((c) => c.countyNumber === '50')?.count).toBe(0);
    const per = new Map(s.perMunicipality.map((m) => [m.kommunenummer, m.count]));
    expect(s.perMunicipality).toHaveLength(357);
    expect(per.get('4203')).toBe(6);
    expect(per.get('4202')).toBe(5);
    expect(per.get('0301')).toBe(1);
    expect(per.get('5501')).toBe(0);
    expect(s.byStartYear).toEqual([
      { year: 2015, count: 1 },
      { year: 2019, count: 1 },
      { year: 2020, count: 1 },
      { year: 2021, count: 1 },
      { year: 2024, count: 3 },
    ]);
    const figures = statisticsFigures(s);
    const buckets = figures.find((x) => x.key === 'fordeling-per-kommune')!;
    expect(buckets.rows.reduce((sum, r) => sum + Number(r[1]), 0)).toBe(357);
    expect(buckets.rows[0]).toEqual(['0', 357 - 6]);
  });
});
