import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { eq } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import ical, { type VEvent } from 'node-ical';
import type { Db } from '@/db/client';
import { createTestDb, testDatabaseKind, type TestDb } from '@/testing/db';
import { createTestUser, fixtureUuid, insertCooperationFromDossier } from '@/testing/cooperation';
import { seedReferenceData } from '@/db/seed/reference';
import { anchoringOccurrences, calendarFeeds, evaluationInvitations, evaluationRounds, sponsors, users } from '@/db/schema';
import type { SessionUser } from '@/lib/pure/auth/roles';
import { READY_MEMBER_IDS, readyDossier } from '@/testing/fixtures/domain';
import { calendarFeedToken, findFeedOwner, regenerateCalendarFeed } from './calendar';

// The route handler reads the process-wide database; point it at this file's test database.
const current = vi.hoisted(() => ({ db: null as Db | null }));
vi.mock('@/db/client', async (importOriginal) => ({ ...(await importOriginal<typeof import('@/db/client')>()), getDb: async () => current.db }));
const { GET } = await import('@/app/api/kalender/[token]/route');

const SECRET = 'test-hemmelighet';
const NOW = new Date('2026-11-20T09:00:00Z');
const INTERNAL = 'INTERNT-NOTAT-skal-ikke-ut';

let t: TestDb;
let cooperationId: string;
let leader: SessionUser;
let folkevalgt: SessionUser;
let nobody: SessionUser;

async function fetchFeed(path: string) {
  // The route handler asks the clock; fix it, so the feed's 12-month window is known.
  vi.useFakeTimers({ toFake: ['Date'], now: NOW });
  try {
    const response = await GET(new NextRequest(`http://localhost/api/kalender/${path}`), { params: Promise.resolve({ token: path }) });
    return { status: response.status, type: response.headers.get('content-type'), body: await response.text() };
  } finally {
    vi.useRealTimers();
  }
}

function events(body: string): VEvent[] {
  return Object.values(ical.sync.parseICS(body)).filter((c): c is VEvent => c?.type === 'VEVENT');
}

beforeAll(async () => {
  t = await createTestDb();
  current.db = t.db;
  await seedReferenceData(t.db);
  const d = readyDossier();
  d.state = 'drift';
  d.occurrences = [
    { id: 'o-lillesand', anchoringPointId: 'a-budsjett', memberId: READY_MEMBER_IDS.lillesand, dueDate: '2026-12-15', status: 'planlagt', heldDate: null, saksnummer: null, minutesUrl: null },
    { id: 'o-arendal', anchoringPointId: 'a-budsjett', memberId: READY_MEMBER_IDS.arendal, dueDate: '2026-12-15', status: 'planlagt', heldDate: null, saksnummer: null, minutesUrl: null },
    { id: 'o-gammel', anchoringPointId: 'a-formannskap', memberId: READY_MEMBER_IDS.arendal, dueDate: '2024-03-31', status: 'holdt', heldDate: '2024-03-20', saksnummer: null, minutesUrl: null },
  ];
  cooperationId = await insertCooperationFromDossier(t.db, d);
  await t.db.update(sponsors).set({ note: INTERNAL }).where(eq(sponsors.cooperationId, cooperationId));
  await t.db.update(anchoringOccurrences).set({ note: INTERNAL }).where(eq(anchoringOccurrences.cooperationId, cooperationId));
  leader = await createTestUser(t.db, { name: 'Ola Operativ', role: 'operativ_leder', cooperationId });
  folkevalgt = await createTestUser(t.db, { name: 'Frida Folkevalgt', role: 'folkevalgt', kommunenummer: '4215' });
  nobody = await createTestUser(t.db, { name: 'Uten Roller', role: 'administrator' });
});
afterAll(async () => t?.close());

describe(`calendar feeds on ${testDatabaseKind}`, () => {
  it('stores only a hash of the token, and shows the same address again', async () => {
    const token = await calendarFeedToken(t.db, { userId: leader.id, secret: SECRET, now: NOW });
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await calendarFeedToken(t.db, { userId: leader.id, secret: SECRET, now: new Date('2026-11-21T09:00:00Z') })).toBe(token);
    const rows = await t.db.select().from(calendarFeeds);
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(token!);
    // A changed installation secret cannot show the address any more (it still works).
    expect(await calendarFeedToken(t.db, { userId: leader.id, secret: 'ny-hemmelighet', now: NOW })).toBeNull();
    expect(await findFeedOwner(t.db, token!)).toEqual({ id: leader.id, name: 'Ola Operativ' });
  });

  it('serves the feed as text/calendar on both path forms, with the cooperation’s occurrences', async () => {
    const token = (await calendarFeedToken(t.db, { userId: leader.id, secret: SECRET, now: NOW }))!;
    const feed = await fetchFeed(`${token}.ics`);
    expect(feed.status).toBe(200);
    expect(feed.type).toBe('text/calendar; charset=utf-8');
    const uids = events(feed.body).map((e) => e.uid).sort();
    // The 2024 occurrence is older than the feed's 12-month window.
    expect(uids).toEqual(
      [fixtureUuid(cooperationId, 'o-arendal'), fixtureUuid(cooperationId, 'o-lillesand')].map((id) => `forankring-${id}@brobygger`).sort(),
    );
    expect(feed.body).not.toContain('INTERNT-NOTAT');
    expect(feed.body).not.toContain('Bemanning og vaktplaner'); // the leader's mandate
    expect((await fetchFeed(token)).status).toBe(200);
  });

  it('makes the old address 404 at once when a new one is made', async () => {
    const old = (await calendarFeedToken(t.db, { userId: leader.id, secret: SECRET, now: NOW }))!;
    const fresh = await regenerateCalendarFeed(t.db, { userId: leader.id, secret: SECRET, now: NOW });
    expect(fresh).not.toBe(old);
    const gone = await fetchFeed(`${old}.ics`);
    expect(gone.status).toBe(404);
    expect(JSON.parse(gone.body).error).toMatch(/^Fant ikke kalenderen/);
    expect((await fetchFeed(`${fresh}.ics`)).status).toBe(200);
    // Regenerating twice within one millisecond still gives a new address.
    const again = await regenerateCalendarFeed(t.db, { userId: leader.id, secret: SECRET, now: NOW });
    expect(again).not.toBe(fresh);
    expect((await fetchFeed(fresh)).status).toBe(404);
    expect(await calendarFeedToken(t.db, { userId: leader.id, secret: SECRET, now: NOW })).toBe(again);
  });

  it('answers 404 for unknown and malformed tokens', async () => {
    expect((await fetchFeed(`${'A'.repeat(43)}.ics`)).status).toBe(404);
    expect((await fetchFeed('ikke-en-token')).status).toBe(404);
  });

  it('scopes a folkevalgt to the own municipality, and adds open evaluation deadlines', async () => {
    const [round] = await t.db
      .insert(evaluationRounds)
      .values({ cooperationId, number: 1, questionnaireVersion: 1, dueDate: '2027-01-31' })
      .returning({ id: evaluationRounds.id });
    await t.db.insert(evaluationInvitations).values({ roundId: round!.id, userId: folkevalgt.id, perspective: 'radmannsteam' });
    const token = (await calendarFeedToken(t.db, { userId: folkevalgt.id, secret: SECRET, now: NOW }))!;
    const list = events((await fetchFeed(`${token}.ics`)).body);
    expect(list.map((e) => e.uid).sort()).toEqual([`forankring-${fixtureUuid(cooperationId, 'o-lillesand')}@brobygger`, `frist-evaluering-${round!.id}@brobygger`].sort());
  });

  it('gives a user without cooperation roles an empty but valid calendar', async () => {
    const token = (await calendarFeedToken(t.db, { userId: nobody.id, secret: SECRET, now: NOW }))!;
    const feed = await fetchFeed(`${token}.ics`);
    expect(feed.status).toBe(200);
    expect(feed.body).toContain('BEGIN:VCALENDAR');
    expect(events(feed.body)).toHaveLength(0);
  });

  it('stops serving the feed of a deactivated account', async () => {
    const token = (await calendarFeedToken(t.db, { userId: nobody.id, secret: SECRET, now: NOW }))!;
    await t.db.update(users).set({ active: false }).where(eq(users.id, nobody.id));
    expect((await fetchFeed(`${token}.ics`)).status).toBe(404);
  });
});
