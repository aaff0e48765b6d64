// The membership rule end to end: the SQL twin agrees with the pure rule, and a member that
// left on D keeps its history but loses access, reminders and its place in the register
// after D — in every place that asks who is a member.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, testDatabaseKind, type TestDb } from '@/testing/db';
import { createTestUser, fixtureUuid, insertCooperationFromDossier } from '@/testing/cooperation';
import { seedReferenceData } from '@/db/seed/reference';
import { cooperationMembers } from '@/db/schema';
import { can } from '@/lib/pure/auth/can';
import type { SessionUser } from '@/lib/pure/auth/roles';
import { type Dossier } from '@/lib/pure/domain/dossier';
import { emptyDossier } from '@/lib/pure/domain/empty-dossier';
import { READY_MEMBER_IDS, readyDossier } from '@/testing/fixtures/domain';
import { isMemberOn, type MembershipSpan } from '@/lib/pure/domain/membership';
import { loadCooperationResource, loadDossier } from './dossier';
import { memberOn } from './membership';
import { dueAnchoringOccurrences } from './reminders';
import { formerMemberships, loadPublicCooperation, publicRegisterRows, registerRows } from './register';
import { listCooperationsForUser } from './cooperations';
import { and, eq } from 'drizzle-orm';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  await seedReferenceData(t.db);
});
afterAll(async () => t?.close());

const LAST_DAY = '2026-06-30';
const DAY_AFTER = '2026-07-01';

describe(`memberOn() on ${testDatabaseKind}`, () => {
  it('agrees with isMemberOn() for every kind of span and day', async () => {
    const spans: MembershipSpan[] = [];
    for (const joinedAt of [null, '2026-03-01']) for (const leftAt of [null, '2026-03-01', '2026-06-30']) for (const proposed of [false, true]) spans.push({ joinedAt, leftAt, proposed });
    const id = await insertCooperationFromDossier(t.db, emptyDossier('spenn', 'Spenn'));
    const rows = await t.db
      .insert(cooperationMembers)
      .values(spans.map((s, i) => ({ cooperationId: id, organisationName: `Deltaker ${i}`, joinedAt: s.joinedAt, leftAt: s.leftAt, proposed: s.proposed })))
      .returning({ id: cooperationMembers.id });
    for (const day of ['2026-02-28', '2026-03-01', '2026-03-02', '2026-06-30', '2026-07-01']) {
      const inSql = new Set(
        (await t.db.select({ id: cooperationMembers.id }).from(cooperationMembers).where(and(eq(cooperationMembers.cooperationId, id), memberOn(day)))).map((r) => r.id),
      );
      spans.forEach((span, i) => expect(inSql.has(rows[i]!.id), `${JSON.stringify(span)} på ${day}`).toBe(isMemberOn(span, day)));
    }
  });
});

describe(`a member that left on ${LAST_DAY} (${testDatabaseKind})`, () => {
  let id: string;
  let froland: string;
  let radmannFroland: SessionUser;
  let sponsorFroland: SessionUser;
  let leaderWithoutMunicipality: SessionUser;

  beforeAll(async () => {
    const d: Dossier = readyDossier();
    d.state = 'drift';
    d.startDate = '2024-01-01';
    d.memberDecisions = d.members.map((m) => ({ id: `d1-${m.id}`, memberId: m.id, body: 'Kommunestyret', date: '2023-11-20', saksnummer: '23/1', outcome: 'tilslutning' as const, url: null, round: 1 }));
    const point = d.anchoringPoints[0]!;
    d.occurrences = [
      { id: 'o-held', anchoringPointId: point.id, memberId: READY_MEMBER_IDS.froland, dueDate: '2026-03-31', status: 'holdt', heldDate: '2026-03-20', saksnummer: '26/3', minutesUrl: null },
      { id: 'o-before', anchoringPointId: point.id, memberId: READY_MEMBER_IDS.froland, dueDate: '2026-06-30', status: 'planlagt', heldDate: null, saksnummer: null, minutesUrl: null },
      { id: 'o-other', anchoringPointId: point.id, memberId: READY_MEMBER_IDS.arendal, dueDate: '2026-06-30', status: 'planlagt', heldDate: null, saksnummer: null, minutesUrl: null },
    ];
    const leaving = d.members.find((m) => m.id === READY_MEMBER_IDS.froland)!;
    d.members = d.members.filter((m) => m !== leaving);
    d.formerMembers = [{ ...leaving, leftAt: LAST_DAY }];
    id = await insertCooperationFromDossier(t.db, d);
    froland = fixtureUuid(id, READY_MEMBER_IDS.froland);
    radmannFroland = await createTestUser(t.db, { name: 'Rådmann Froland', role: 'radmannsteam', kommunenummer: '4214' });
    sponsorFroland = await createTestUser(t.db, { name: 'Sponsor Froland', role: 'politisk_sponsor', kommunenummer: '4214', cooperationId: id });
    leaderWithoutMunicipality = await createTestUser(t.db, { name: 'Innleid leder', role: 'operativ_leder', kommunenummer: null, cooperationId: id });
  });

  it('has internal access up to and including its last day, and none after', async () => {
    const onLastDay = (await loadCooperationResource(t.db, id, LAST_DAY))!;
    const after = (await loadCooperationResource(t.db, id, DAY_AFTER))!;
    expect(onLastDay.memberKommunenummer).toContain('4214');
    expect(after.memberKommunenummer).not.toContain('4214');
    expect(can(radmannFroland, 'cooperation.read', onLastDay)).toBe(true);
    expect(can(radmannFroland, 'cooperation.read', after)).toBe(false);
    expect(can(radmannFroland, 'cooperation.edit', after)).toBe(false);
    // A role held on the member's behalf ends with the membership; one held for no municipality does not.
    expect(can(sponsorFroland, 'cooperation.read', onLastDay)).toBe(true);
    expect(can(sponsorFroland, 'cooperation.read', after)).toBe(false);
    expect(can(leaderWithoutMunicipality, 'cooperation.read', after)).toBe(true);
    expect((await listCooperationsForUser(t.db, radmannFroland, LAST_DAY)).map((c) => c.id)).toContain(id);
    expect((await listCooperationsForUser(t.db, radmannFroland, DAY_AFTER)).map((c) => c.id)).not.toContain(id);
  });

  it('keeps its history: dates, decisions and logged anchoring', async () => {
    const dossier = (await loadDossier(t.db, id, { today: DAY_AFTER }))!;
    expect(dossier.members.map((m) => m.kommunenummer)).not.toContain('4214');
    expect(dossier.formerMembers).toEqual([expect.objectContaining({ id: froland, kommunenummer: '4214', leftAt: LAST_DAY, joinedAt: null })]);
    expect(dossier.memberDecisions.filter((m) => m.memberId === froland)).toHaveLength(1);
    expect(dossier.occurrences.find((o) => o.memberId === froland && o.status === 'holdt')).toBeDefined();
    const publicPage = (await loadPublicCooperation(t.db, id, DAY_AFTER))!;
    expect(publicPage.members.map((m) => m.kommunenummer)).not.toContain('4214');
    expect(publicPage.formerMembers).toEqual([{ name: 'Froland kommune', kommunenummer: '4214', from: null, to: LAST_DAY }]);
    expect(publicPage.memberDecisions.map((m) => m.member)).toContain('Froland kommune');
  });

  it('gets no reminders after its last day', async () => {
    const onLastDay = await dueAnchoringOccurrences(t.db, { today: LAST_DAY, until: '2026-12-31' });
    const after = await dueAnchoringOccurrences(t.db, { today: DAY_AFTER, until: '2026-12-31' });
    expect(onLastDay.filter((o) => o.cooperationId === id).map((o) => o.memberId)).toContain(froland);
    expect(after.filter((o) => o.cooperationId === id).map((o) => o.memberId)).not.toContain(froland);
    expect(after.filter((o) => o.cooperationId === id)).toHaveLength(1);
  });

  it('moves to the former members in its register and leaves the public register', async () => {
    expect((await registerRows(t.db, '4214', new Date(`${LAST_DAY}T12:00:00Z`))).map((r) => r.id)).toContain(id);
    expect((await registerRows(t.db, '4214', new Date(`${DAY_AFTER}T12:00:00Z`))).map((r) => r.id)).not.toContain(id);
    expect(await formerMemberships(t.db, '4214', DAY_AFTER)).toEqual([expect.objectContaining({ id, leftAt: LAST_DAY, joinedAt: null })]);
    expect(await formerMemberships(t.db, '4214', LAST_DAY)).toEqual([]);
    // Rejoined later: a member again from that day, so no longer listed as former.
    const [again] = await t.db
      .insert(cooperationMembers)
      .values({ cooperationId: id, organisationName: 'Froland kommune', kommunenummer: '4214', joinedAt: '2026-09-01', proposed: false })
      .returning({ id: cooperationMembers.id });
    try {
      expect(await formerMemberships(t.db, '4214', '2026-08-31')).toEqual([expect.objectContaining({ id, leftAt: LAST_DAY })]);
      expect(await formerMemberships(t.db, '4214', '2026-09-01')).toEqual([]);
      expect(await formerMemberships(t.db, '4203', '2026-09-01')).toEqual([]);
    } finally {
      await t.db.delete(cooperationMembers).where(eq(cooperationMembers.id, again!.id));
    }
    expect((await publicRegisterRows(t.db, '4214', DAY_AFTER)).map((r) => r.id)).not.toContain(id);
    expect((await publicRegisterRows(t.db, '4203', DAY_AFTER)).map((r) => r.id)).toContain(id);
  });
});
