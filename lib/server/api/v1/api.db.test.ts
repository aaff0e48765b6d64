// The open API end to end through its real route handlers, against a database: every answer
// (errors too) is checked against the OpenAPI document it serves; no internal value comes
// out of any endpoint; paging walks every public cooperation exactly once; ETag gives 304;
// the rate limit answers 429 with Retry-After; CORS is on every answer.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import { Validator } from '@seriousme/openapi-schema-validator';
import { createTestDb, type TestDb } from '@/testing/db';
import { seedReferenceData } from '@/db/seed/reference';
import { cooperationMembers, cooperations } from '@/db/schema';
import { seedOpenRegister, type OpenRegisterFixture } from '@/testing/open-register';
import { CLIENT_ADDRESS_HEADER, resolveClientAddress, SERVER_MARK_ENV } from '@/lib/server/security/client-address';
import { PUBLIC_MEETING_MINUTES_URL } from '@/testing/fixtures/register';
import { contractChecker, type ContractCheck } from '@/testing/openapi-contract';
import { encodeCursor } from '@/lib/pure/api/v1/cursor';
import { openApiDocument } from './openapi';
import { createAnswerCache, replaceApiAnswerCache } from './response-cache';

// A low limit so the rate-limit test is quick; every other request comes from its own address.
process.env.API_RATE_LIMIT_PER_MINUTE = '30';
// The address as scripts/server.ts resolves it behind one trusted proxy (the right-most
// X-Forwarded-For entry) and hands it to the app; lib/server/security/client-address.ts reads it.
process.env[SERVER_MARK_ENV] = '1';
const asServer = (forwardedFor: string) => resolveClientAddress('10.0.0.1', forwardedFor, 1);

const routes = {
  '/api/v1/samarbeid': () => import('@/app/api/v1/samarbeid/route'),
  '/api/v1/samarbeid/{id}': () => import('@/app/api/v1/samarbeid/[id]/route'),
  '/api/v1/kommuner': () => import('@/app/api/v1/kommuner/route'),
  '/api/v1/kommuner/{kommunenummer}/samarbeid': () => import('@/app/api/v1/kommuner/[kommunenummer]/samarbeid/route'),
  '/api/v1/oppgavefelt': () => import('@/app/api/v1/oppgavefelt/route'),
  '/api/v1/openapi.json': () => import('@/app/api/v1/openapi.json/route'),
} as const;
type Template = keyof typeof routes;

let t: TestDb;
let f: OpenRegisterFixture;
let check: ContractCheck;
let address = 0;
/** Every body any endpoint returned, for the leak check. */
const bodies: string[] = [];

interface Answer {
  status: number;
  headers: Headers;
  text: string;
  json: unknown;
}

/** Calls the route handler for `template` with the path params filled in, as a client at `from` would. */
async function call(template: Template, params: Record<string, string> = {}, search = '', init: { headers?: Record<string, string>; from?: string; method?: 'GET' | 'OPTIONS' } = {}): Promise<Answer> {
  const path = Object.entries(params).reduce<string>((p, [k, v]) => p.replace(`{${k}}`, v), template);
  const request = new NextRequest(`http://brobygger.test${path}${search}`, {
    method: init.method ?? 'GET',
    headers: { [CLIENT_ADDRESS_HEADER]: asServer(init.from ?? `192.0.2.${++address % 250}, 198.51.100.${address % 250}`), ...init.headers },
  });
  const handlers = await routes[template]();
  const handler = init.method === 'OPTIONS' ? handlers.OPTIONS : handlers.GET;
  const response = await handler(request, { params: Promise.resolve(params) });
  const text = await response.text();
  bodies.push(text);
  const json = text ? JSON.parse(text) : null;
  if (response.status !== 204 && init.method !== 'OPTIONS') expect(check(template, response.status, json), `${path}${search}`).toEqual([]);
  return { status: response.status, headers: response.headers, text, json };
}

type Page = { data: { id: string; name: string; members: { kommunenummer: string | null }[] }[]; paging: { nextCursor: string | null; next: string | null; limit: number } };

beforeAll(async () => {
  t = await createTestDb();
  await seedReferenceData(t.db);
  f = await seedOpenRegister(t.db);
  // The route handlers ask db/client for the process-wide database: hand them this one.
  (globalThis as unknown as { brobyggerDb?: Promise<TestDb> }).brobyggerDb = Promise.resolve(t);
  check = contractChecker(openApiDocument('http://brobygger.test'));
  // The answer cache's second on a clock the tests move: each test starts past every answer an
  // earlier test left, and the ETag test shows a change appearing once the second is over.
  replaceApiAnswerCache(createAnswerCache({ ttlMs: 1000, now: () => clock }));
});
let clock = 0;
beforeEach(() => {
  clock += 60_000;
});
afterAll(async () => t?.close());

describe('the OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document and is served as generated', async () => {
    const served = await call('/api/v1/openapi.json');
    expect(served.status).toBe(200);
    expect(served.json).toEqual(JSON.parse(JSON.stringify(openApiDocument('http://brobygger.test'))));
    const result = await new Validator().validate(served.json as Record<string, unknown>);
    expect(result.errors ?? [], JSON.stringify(result.errors)).toEqual([]);
    expect(result.valid).toBe(true);
    expect((served.json as { openapi: string }).openapi).toBe('3.1.0');
  });

  it('describes every response object as a closed allow-list', () => {
    const open: string[] = [];
    let objects = 0;
    const walk = (node: unknown, at: string) => {
      if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${at}/${i}`));
      if (!node || typeof node !== 'object') return;
      const schema = node as Record<string, unknown>;
      if (schema.type === 'object' && schema.properties) {
        objects++;
        if (schema.additionalProperties !== false) open.push(at);
      }
      for (const [key, value] of Object.entries(schema)) walk(value, `${at}/${key}`);
    };
    const document = openApiDocument();
    walk(document.components, '#/components');
    for (const [path, item] of Object.entries(document.paths ?? {})) walk(item?.get?.responses, path);
    expect(objects).toBeGreaterThan(15);
    expect(open).toEqual([]);
  });
});

describe('every endpoint answers by the contract', () => {
  it('the national list, with each filter', async () => {
    const all = (await call('/api/v1/samarbeid', {}, '?limit=100')).json as Page;
    const visible = [f.publicId, f.leftId, ...f.variants.map((v) => v.id)].sort();
    expect(all.data.map((c) => c.id)).toEqual(visible);
    const ids = async (search: string) => ((await call('/api/v1/samarbeid', {}, search)).json as Page).data.map((c) => c.id).sort();
    expect(await ids('?legalForm=iks')).toEqual(f.variants.filter((v) => v.legalForm === 'iks').map((v) => v.id).sort());
    expect(await ids('?state=avviklet')).toEqual(f.variants.filter((v) => v.state === 'avviklet').map((v) => v.id));
    expect(await ids('?county=03')).toEqual(f.variants.filter((v) => v.kommunenumre.includes('0301')).map((v) => v.id).sort());
    expect(await ids('?county=32&legalForm=iks')).toEqual(f.variants.filter((v) => v.kommunenumre.includes('3201')).map((v) => v.id));
    const revisjon = all.data.find((c) => c.id === f.variants[0]!.id) as unknown as { taskArea: { id: number } };
    expect(await ids(`?taskArea=${revisjon.taskArea.id}`)).toEqual([f.variants[0]!.id]);
    expect(await ids('?county=11')).toEqual([]);
  });

  it('one cooperation, and 404 for one that is hidden, a draft, unknown or not an id', async () => {
    const one = await call('/api/v1/samarbeid/{id}', { id: f.publicId });
    expect(one.status).toBe(200);
    expect(one.json).toMatchObject({ id: f.publicId, name: 'OFFENTLIG-navn Legevakt', state: 'drift', stateLabel: 'Drift', url: `http://brobygger.test/innsyn/samarbeid/${f.publicId}` });
    expect((one.json as { latestEvaluation: unknown }).latestEvaluation).toEqual({ closedAt: '2025-03-15', decision: 'opprettholde', summary: null });
    // The bodies' public decisions and minutes, as /innsyn shows them: the internal ones stay out.
    const detail = one.json as { bodyDecisions: { title: string }[]; minutes: { source: string; member: string | null; body: string; url: string }[] };
    expect(detail.bodyDecisions.map((d) => d.title)).toEqual(['OFFENTLIG-sak']);
    expect(detail.minutes.filter((m) => m.source === 'organ')).toEqual([{ source: 'organ', member: null, body: 'OFFENTLIG-nemnd', date: '2025-01-10', url: PUBLIC_MEETING_MINUTES_URL }]);
    const left = (await call('/api/v1/samarbeid/{id}', { id: f.leftId })).json as { members: { name: string }[]; formerMembers: { name: string; to: string }[] };
    expect(left.members.map((m) => m.name)).not.toContain('Grimstad kommune');
    expect(left.formerMembers).toEqual([{ name: 'Grimstad kommune', kommunenummer: '4202', from: null, to: '2025-01-01' }]);
    for (const id of [f.hiddenId, f.draftId, '00000000-0000-4000-8000-0000000000ff', 'ikke-en-id']) {
      const missing = await call('/api/v1/samarbeid/{id}', { id });
      expect(missing.status, id).toBe(404);
      expect(missing.json).toEqual({ error: 'Fant ikke samarbeidet. Det finnes ikke, eller det er ikke offentlig.' });
    }
  });

  it('a county municipality as a member (two-digit number) is served by the contract, not a 500', async () => {
    const variant = f.variants[1]!;
    await t.db.insert(cooperationMembers).values({ cooperationId: variant.id, kommunenummer: '42', role: 'deltaker' });
    try {
      const one = await call('/api/v1/samarbeid/{id}', { id: variant.id });
      expect(one.status).toBe(200);
      expect((one.json as { members: { kommunenummer: string | null; name: string }[] }).members).toContainEqual(expect.objectContaining({ kommunenummer: '42', name: 'Agder fylkeskommune' }));
      const list = await call('/api/v1/samarbeid', {}, '?limit=100');
      expect(list.status).toBe(200);
    } finally {
      await t.db.delete(cooperationMembers).where(and(eq(cooperationMembers.cooperationId, variant.id), eq(cooperationMembers.kommunenummer, '42')));
    }
  });

  it('municipalities and a municipality’s cooperations (current memberships only)', async () => {
    const first = (await call('/api/v1/kommuner', {}, '?county=42&limit=100')).json as { data: { kommunenummer: string; publicCooperations: number }[] };
    expect(first.data.every((m) => m.kommunenummer.startsWith('42'))).toBe(true);
    expect(first.data.find((m) => m.kommunenummer === '4202')?.publicCooperations).toBe(6);
    const grimstad = (await call('/api/v1/kommuner/{kommunenummer}/samarbeid', { kommunenummer: '4202' }, '?limit=100')).json as Page;
    expect(grimstad.data.map((c) => c.id)).not.toContain(f.leftId);
    expect(grimstad.data.map((c) => c.id)).toContain(f.publicId);
    const oslo = (await call('/api/v1/kommuner/{kommunenummer}/samarbeid', { kommunenummer: '0301' }, '?state=avviklet')).json as Page;
    expect(oslo.data.map((c) => c.id)).toEqual(f.variants.filter((v) => v.state === 'avviklet').map((v) => v.id));
    for (const kommunenummer of ['9999', 'abcd']) expect((await call('/api/v1/kommuner/{kommunenummer}/samarbeid', { kommunenummer })).status).toBe(404);
  });

  it('task areas', async () => {
    const page = (await call('/api/v1/oppgavefelt', {}, '?limit=100')).json as { data: { name: string }[] };
    expect(page.data.map((a) => a.name)).toContain('Legevakt');
  });

  it('invalid parameters get 400 with a Norwegian message per field', async () => {
    const bad = await call('/api/v1/samarbeid', {}, '?limit=0&state=utkast&county=4&legalForm=x&cursor=abc');
    expect(bad.status).toBe(400);
    const body = bad.json as { error: string; fieldErrors: Record<string, string[]> };
    expect(body.error).toBe('Forespørselen har ugyldige parametere. Se fieldErrors for hva som må rettes.');
    expect(Object.keys(body.fieldErrors).sort()).toEqual(['county', 'cursor', 'legalForm', 'limit', 'state']);
    expect(body.fieldErrors.cursor?.[0]).toMatch(/^Markøren er ugyldig/);
    // A cursor from another list is not accepted either.
    expect((await call('/api/v1/samarbeid', {}, `?cursor=${encodeCursor('kommune', '4204')}`)).status).toBe(400);
  });
});

describe('leak check', () => {
  it('no internal marker comes out of any endpoint', async () => {
    await call('/api/v1/samarbeid/{id}', { id: f.publicId });
    for (const v of f.variants) await call('/api/v1/samarbeid/{id}', { id: v.id });
    await call('/api/v1/samarbeid', {}, '?limit=100');
    await call('/api/v1/kommuner/{kommunenummer}/samarbeid', { kommunenummer: '4203' }, '?limit=100');
    const everything = bodies.join('\n');
    expect(everything).toContain('OFFENTLIG-kontakt Arendal');
    expect(everything).toContain('OFFENTLIG-nemnd');
    expect(f.internal.length).toBeGreaterThan(35);
    expect(everything).not.toContain('INTERN');
    for (const value of f.internal) expect(everything, value).not.toContain(value);
    for (const figure of ['98765432100', '987654321', '37.77', '4242', '123456789']) expect(everything).not.toContain(figure);
  });
});

describe('limits', () => {
  it('cursor paging visits every public cooperation once, in id order, following `next`', async () => {
    const seen: string[] = [];
    let search = '?limit=2';
    for (let pageNo = 0; pageNo < 10; pageNo++) {
      const page = (await call('/api/v1/samarbeid', {}, search)).json as Page;
      expect(page.data.length).toBeLessThanOrEqual(2);
      seen.push(...page.data.map((c) => c.id));
      if (!page.paging.next) break;
      expect(page.paging.nextCursor).not.toMatch(/-/); // opaque, not the raw id
      search = new URL(page.paging.next).search;
    }
    expect(seen).toEqual([f.publicId, f.leftId, ...f.variants.map((v) => v.id)].sort());
  });

  it('ETag: the same answer again is 304 without a body; a change gives a new ETag once the cache\'s second is over', async () => {
    const first = await call('/api/v1/samarbeid/{id}', { id: f.publicId });
    const tag = first.headers.get('etag');
    expect(tag).toMatch(/^W\/".+"$/);
    const again = await call('/api/v1/samarbeid/{id}', { id: f.publicId }, '', { headers: { 'If-None-Match': tag! } });
    expect(again.status).toBe(304);
    expect(again.text).toBe('');
    expect(again.headers.get('etag')).toBe(tag);
    expect(again.headers.get('access-control-allow-origin')).toBe('*');
    expect(check('/api/v1/samarbeid/{id}', 304, null)).toEqual([]);
    await t.db.update(cooperations).set({ name: 'OFFENTLIG-navn Legevakt Agder' }).where(eq(cooperations.id, f.publicId));
    // Within the second the answer comes from the cache, without a query: still the old one.
    clock += 999;
    const cached = await call('/api/v1/samarbeid/{id}', { id: f.publicId }, '', { headers: { 'If-None-Match': tag! } });
    expect(cached.status).toBe(304);
    expect(cached.headers.get('etag')).toBe(tag);
    clock += 2;
    const changed = await call('/api/v1/samarbeid/{id}', { id: f.publicId }, '', { headers: { 'If-None-Match': tag! } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(tag);
    await t.db.update(cooperations).set({ name: 'OFFENTLIG-navn Legevakt' }).where(eq(cooperations.id, f.publicId));
  });

  it('rate limit: the 31st request in a minute from one address is 429 with Retry-After; others are not affected', async () => {
    const from = '203.0.113.9';
    for (let i = 0; i < 30; i++) {
      const ok = await call('/api/v1/oppgavefelt', {}, '?limit=1', { from });
      expect(ok.status).toBe(200);
      expect(ok.headers.get('ratelimit-remaining')).toBe(String(29 - i));
    }
    const limited = await call('/api/v1/oppgavefelt', {}, '?limit=1', { from });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(limited.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    expect(limited.headers.get('access-control-allow-origin')).toBe('*');
    expect((limited.json as { error: string }).error).toMatch(/^For mange forespørsler/);
    // A client cannot dodge it by prepending its own X-Forwarded-For entry.
    expect((await call('/api/v1/oppgavefelt', {}, '?limit=1', { from: `192.0.2.1, ${from}` })).status).toBe(429);
    expect((await call('/api/v1/oppgavefelt', {}, '?limit=1', { from: '203.0.113.10' })).status).toBe(200);
  });

  it('CORS: every answer may be read from any origin, and the preflight allows If-None-Match', async () => {
    const answer = await call('/api/v1/kommuner', {}, '?limit=1');
    expect(answer.headers.get('access-control-allow-origin')).toBe('*');
    expect(answer.headers.get('access-control-expose-headers')).toContain('ETag');
    const preflight = await call('/api/v1/samarbeid', {}, '', { method: 'OPTIONS' });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toContain('GET');
    expect(preflight.headers.get('access-control-allow-headers')).toContain('If-None-Match');
  });

  it('every documented path and status was exercised', () => {
    for (const path of Object.keys(routes)) expect([...check.seen].some((s) => s.startsWith(`${path} 200`)), path).toBe(true);
    for (const status of [304, 400, 404, 429]) expect([...check.seen].some((s) => s.endsWith(` ${status}`)), String(status)).toBe(true);
  });
});
