// The register's pages in SQL against the register built in memory (registerRows +
// applyRegisterQuery, the way the page worked before paging): the same rows in the same order
// for every sorting and filter, correct totals, a stable order across pages, an empty page
// past the end, and a CSV export streamed from a cursor that equals the whole list.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { parse } from 'csv-parse/sync';
import { createTestDb, type TestDb } from '@/testing/db';
import { insertCooperationFromDossier } from '@/testing/cooperation';
import { seedReferenceData } from '@/db/seed/reference';
import { cooperations, evaluationRounds } from '@/db/schema';
import { readyDossier } from '@/testing/fixtures/domain';
import { LIFECYCLE_STATES } from '@/lib/pure/domain/dossier';
import { LEGAL_FORMS } from '@/lib/pure/domain/legal-forms';
import { PAGE_SIZE } from '@/lib/pure/paging';
import { applyRegisterQuery, type RegisterQuery } from '@/lib/pure/register/query';
import { registerCsv, registerCsvStream } from '@/lib/pure/register/csv';
import { registerFilterOptions } from './register-list';
import { registerPage, registerRowBatches } from './register-page';
import { publicRegisterPage } from './public-register-page';
import { publicRegisterRows, registerRows } from './register';

let t: TestDb;
const NOW = new Date('2025-06-01T10:00:00Z');
const KOMMUNE = '4203'; // Arendal hosts the fixture cooperation
const TOTAL = 2 * PAGE_SIZE + 13;
const PREFIXES = ['Ålesund', 'Ørsta', 'Æbletre', 'Arendal', 'Bø', 'barnevern', 'Øvre', 'Zeta', 'Åmli', 'Ærlig', 'Legevakt'];

beforeAll(async () => {
  t = await createTestDb();
  await seedReferenceData(t.db);
  for (let i = 0; i < TOTAL; i++) {
    const d = readyDossier();
    d.id = `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`;
    d.name = `${PREFIXES[i % PREFIXES.length]} samarbeid ${String(i).padStart(3, '0')}`;
    d.state = LIFECYCLE_STATES[(i * 7) % LIFECYCLE_STATES.length]!;
    d.startDate = '2020-01-01';
    d.design = { ...d.design, legalForm: LEGAL_FORMS[i % 3]!.code };
    await insertCooperationFromDossier(t.db, d);
    if (i % 4 === 0) {
      await t.db.insert(evaluationRounds).values({ cooperationId: d.id, number: 1, questionnaireVersion: 1, status: 'lukket', closedAt: new Date(Date.UTC(2021 + (i % 3), i % 12, 1 + (i % 27))) });
    }
  }
}, 120_000);
afterAll(async () => t?.close());

async function allPages(query: RegisterQuery) {
  const ids: string[] = [];
  for (let page = 1; ; page++) {
    const result = await registerPage(t.db, KOMMUNE, query, page, NOW);
    ids.push(...result.rows.map((r) => r.id));
    if (page >= result.window.pageCount) return { ids, total: result.window.total, all: result.all, pages: result.window.pageCount };
  }
}

describe('registerPage', () => {
  const queries: RegisterQuery[] = [
    {},
    { sorter: 'tilstand' },
    { sorter: 'evaluering' },
    { q: 'samarbeid 01' },
    { q: 'ØRSTA' },
    { q: 'arendal kommune' },
    { q: 'politisk' },
    { tilstand: 'drift' },
    { form: LEGAL_FORMS[1]!.code, sorter: 'evaluering' },
    { q: LEGAL_FORMS[2]!.name.split(' ')[0]!.toLocaleLowerCase('nb') },
    { oppgavefelt: 'Legevakt' },
    { q: 'finnes-ikke' },
  ];

  it.each(queries)('gives the in-memory register in the same order, page by page: %j', async (query) => {
    const expected = applyRegisterQuery(await registerRows(t.db, KOMMUNE, NOW), query).map((r) => r.id);
    const got = await allPages(query);
    expect(got.ids).toEqual(expected);
    expect(got.total).toBe(expected.length);
    expect(got.all).toBe(TOTAL);
    expect(got.pages).toBe(Math.max(1, Math.ceil(expected.length / PAGE_SIZE)));
  });

  it('holds at most a page of rows, and the second page continues the first', async () => {
    const first = await registerPage(t.db, KOMMUNE, {}, 1, NOW);
    const second = await registerPage(t.db, KOMMUNE, {}, 2, NOW);
    expect(first.rows).toHaveLength(PAGE_SIZE);
    expect(first.window).toMatchObject({ first: 1, last: PAGE_SIZE, total: TOTAL, pageCount: 3 });
    expect(second.window).toMatchObject({ first: PAGE_SIZE + 1, last: 2 * PAGE_SIZE });
    expect(new Set([...first.rows, ...second.rows].map((r) => r.id)).size).toBe(2 * PAGE_SIZE);
  });

  it('gives an empty page past the end, with the right totals', async () => {
    const beyond = await registerPage(t.db, KOMMUNE, {}, 99, NOW);
    expect(beyond.rows).toEqual([]);
    expect(beyond.window).toMatchObject({ total: TOTAL, pageCount: 3, first: 0, last: 0 });
  });

  it('sorts Norwegian letters after z: Æ, Ø, Å', async () => {
    const names = (await registerPage(t.db, KOMMUNE, { q: 'samarbeid 00' }, 1, NOW)).rows.map((r) => r.name.split(' ')[0]);
    expect([...new Set(names)]).toEqual(['Arendal', 'barnevern', 'Bø', 'Zeta', 'Æbletre', 'Ærlig', 'Ørsta', 'Øvre', 'Ålesund', 'Åmli']);
  });

  it('offers the filter options of all the cooperations, not only of the page', async () => {
    const options = await registerFilterOptions(t.db, KOMMUNE, '2025-06-01');
    expect(options.legalForms.map((f) => f.code).sort()).toEqual(LEGAL_FORMS.slice(0, 3).map((f) => f.code).sort());
    expect(options.taskAreas).toEqual(['Legevakt']);
  });
});

describe('publicRegisterPage', () => {
  it('pages the public projection in Norwegian name order, past the end empty', async () => {
    const expected = (await publicRegisterRows(t.db, KOMMUNE, '2025-06-01')).sort((a, b) => a.name.localeCompare(b.name, 'nb'));
    const rows = [];
    for (let page = 1; page <= 4; page++) {
      const result = await publicRegisterPage(t.db, { memberOf: KOMMUNE }, page);
      expect(result.window.total).toBe(expected.length);
      if (page > result.window.pageCount) expect(result.rows).toEqual([]);
      rows.push(...result.rows);
    }
    expect(expected.length).toBeGreaterThan(PAGE_SIZE);
    expect(rows).toEqual(expected);
  });
});

describe('registerRowBatches (the streamed CSV)', () => {
  it('streams the same file as the whole register written at once', async () => {
    const query: RegisterQuery = { sorter: 'tilstand' };
    const whole = registerCsv(applyRegisterQuery(await registerRows(t.db, KOMMUNE, NOW), query));
    // Bytes, not .text(): that would drop the byte order mark Excel needs.
    const streamed = Buffer.from(await new Response(registerCsvStream(registerRowBatches(t.db, KOMMUNE, query, NOW, undefined, 17))).arrayBuffer()).toString('utf8');
    expect(streamed).toBe(whole);
    expect(parse(streamed, { delimiter: ';', bom: true })).toHaveLength(TOTAL + 1);
  });

  it('stops reading when the client goes away, and leaves the database usable', async () => {
    const controller = new AbortController();
    const stream = registerCsvStream(registerRowBatches(t.db, KOMMUNE, {}, NOW, controller.signal, 10));
    const reader = stream.getReader();
    await reader.read(); // the header
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value).split('\r\n').filter(Boolean)).toHaveLength(10);
    controller.abort();
    await reader.cancel();
    // The cursor's transaction is gone: the next query runs (PGlite would wait for it forever).
    const [row] = await t.db.select({ id: cooperations.id }).from(cooperations).where(eq(cooperations.name, 'Zeta samarbeid 007'));
    expect(row).toBeDefined();
  });
});
