// Changing who takes part: directly while setting up, as proposals in a redesign that the
// member decisions apply (or a dropped redesign discards), and never directly in drift.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDb, testDatabaseKind, type TestDb } from '@/testing/db';
import { createTestUser, fixtureUuid, insertCooperationFromDossier, snapshotDatabase } from '@/testing/cooperation';
import { seedReferenceData } from '@/db/seed/reference';
import { loadDossier } from '@/db/queries/dossier';
import { cooperations, memberDecisions, membershipChanges } from '@/db/schema';
import { runAction, type ActionContext } from '@/lib/server/action';
import type { SessionUser } from '@/lib/pure/auth/roles';
import type { Dossier } from '@/lib/pure/domain/dossier';
import { READY_MEMBER_IDS, readyDossier } from '@/testing/fixtures/domain';
import { MEMBERSHIP_CLOSED_MESSAGE } from '@/lib/pure/domain/membership';
import { memberDecisionStatus } from '@/lib/pure/domain/readiness';
import { transition } from '@/workflows/cooperation/runner';
import { addMember, addMemberSpec, removeMember, removeMemberSpec, withdrawChange, withdrawChangeSpec } from './membership';

let t: TestDb;
let radmann: SessionUser;
const NOW = new Date('2026-03-01T09:00:00Z');

beforeAll(async () => {
  t = await createTestDb();
  await seedReferenceData(t.db);
  radmann = await createTestUser(t.db, { name: 'Rune Rådgiver', role: 'radmannsteam', kommunenummer: '4203' });
});
afterAll(async () => t?.close());

const deps = (user: SessionUser) => ({ getUser: async () => user, getDb: async () => t.db });
const add = (input: unknown, user = radmann) => runAction(addMemberSpec, (i, ctx: ActionContext) => addMember(i, ctx, NOW), input, deps(user));
const remove = (input: unknown, user = radmann) => runAction(removeMemberSpec, (i, ctx: ActionContext) => removeMember(i, ctx, NOW), input, deps(user));
const withdraw = (input: unknown, user = radmann) => runAction(withdrawChangeSpec, (i, ctx: ActionContext) => withdrawChange(i, ctx, NOW), input, deps(user));

/** A ready cooperation in `state`, with the snapshot the runner would have left (round 1 decided). */
async function cooperationIn(state: 'etablering' | 'drift' | 'redesign', change: (d: Dossier) => void = () => {}) {
  const d = readyDossier();
  d.state = state;
  d.startDate = state === 'etablering' ? null : '2024-01-01';
  d.memberDecisions =
    state === 'etablering' ? [] : d.members.map((m) => ({ id: `d1-${m.id}`, memberId: m.id, body: 'Kommunestyret', date: '2023-11-20', saksnummer: null, outcome: 'tilslutning' as const, url: null, round: 1 }));
  change(d);
  const id = await insertCooperationFromDossier(t.db, d);
  const value = state === 'etablering' ? { etablering: 'innramming' } : state === 'redesign' ? { redesign: 'design' } : 'drift';
  const context = state === 'etablering' ? { decisionRound: 0, decisionPurpose: null } : { decisionRound: 1, decisionPurpose: 'etablering' };
  await t.db.update(cooperations).set({ stateValue: value, snapshot: { status: 'active', value, context }, machineVersion: 1 }).where(eq(cooperations.id, id));
  return { id, member: (key: keyof typeof READY_MEMBER_IDS) => fixtureUuid(id, READY_MEMBER_IDS[key]) };
}

describe(`membership actions on ${testDatabaseKind}`, () => {
  it('refuses changes in drift with the way to propose them, and writes nothing', async () => {
    const { id, member } = await cooperationIn('drift');
    const before = await snapshotDatabase(t.db);
    expect(await add({ cooperationId: id, kommunenummer: '4216', role: 'samarbeidskommune', effectiveDate: '2026-09-01' })).toMatchObject({ ok: false, code: 'invalid', message: MEMBERSHIP_CLOSED_MESSAGE });
    expect(await remove({ cooperationId: id, memberId: member('froland'), effectiveDate: '2026-12-31' })).toMatchObject({ ok: false, message: MEMBERSHIP_CLOSED_MESSAGE });
    expect(await snapshotDatabase(t.db)).toBe(before);
  });

  it('adds and removes members directly while establishing', async () => {
    const { id, member } = await cooperationIn('etablering');
    const added = await add({ cooperationId: id, kommunenummer: '4216', role: 'samarbeidskommune' });
    expect(added).toMatchObject({ ok: true, data: { mode: 'direkte' } });
    expect(await remove({ cooperationId: id, memberId: member('froland') })).toMatchObject({ ok: true, data: { result: 'slettet' } });
    const dossier = (await loadDossier(t.db, id, { today: '2026-03-01' }))!;
    expect(dossier.members.map((m) => m.kommunenummer).sort()).toEqual(['4202', '4203', '4215', '4216']);
    expect(dossier.formerMembers).toEqual([]);
  });

  it('refuses a duplicate, an unknown municipality, bad input and a member that would leave fewer than two', async () => {
    const { id } = await cooperationIn('etablering', (d) => {
      d.members = d.members.slice(0, 2);
      d.sponsors = d.sponsors.filter((s) => d.members.some((m) => m.id === s.memberId));
      d.anchoringPoints = [];
      d.design.bodies = [];
    });
    expect(await add({ cooperationId: id, kommunenummer: '4203', role: 'deltaker' })).toMatchObject({ ok: false, fieldErrors: { kommunenummer: ['Deltakeren er allerede med, eller er foreslått.'] } });
    expect(await add({ cooperationId: id, kommunenummer: '9999', role: 'deltaker' })).toMatchObject({ ok: false, fieldErrors: { kommunenummer: ['Fant ikke kommunen. Velg en kommune fra listen.'] } });
    expect(await add({ cooperationId: id, role: 'deltaker' })).toMatchObject({ ok: false, fieldErrors: { kommunenummer: ['Velg en kommune eller skriv navnet på organisasjonen.'] } });
    const arendal = fixtureUuid(id, READY_MEMBER_IDS.arendal);
    expect(await remove({ cooperationId: id, memberId: arendal })).toMatchObject({ ok: false, fieldErrors: { memberId: [expect.stringContaining('minst to deltakere')] } });
  });

  it('only lets those who may edit the cooperation change its members', async () => {
    const { id } = await cooperationIn('etablering');
    const outsider = await createTestUser(t.db, { name: 'Utenfor', role: 'radmannsteam', kommunenummer: '0301' });
    expect(await add({ cooperationId: id, kommunenummer: '4216', role: 'deltaker' }, outsider)).toMatchObject({ ok: false, code: 'forbidden' });
  });

  it('in a redesign: proposals wait for the member decisions, which apply them with their dates', async () => {
    const { id, member } = await cooperationIn('redesign');
    expect(await add({ cooperationId: id, kommunenummer: '4216', role: 'samarbeidskommune', effectiveDate: '2026-02-01' })).toMatchObject({
      ok: false,
      fieldErrors: { effectiveDate: [expect.stringContaining('tilbake i tid')] },
    });
    const joined = await add({ cooperationId: id, kommunenummer: '4216', role: 'samarbeidskommune', effectiveDate: '2026-09-01', reason: 'Birkenes vil bli med.' });
    expect(joined).toMatchObject({ ok: true, data: { mode: 'forslag' } });
    expect(await remove({ cooperationId: id, memberId: member('froland'), effectiveDate: '2026-12-31', reason: 'Oppsagt avtale.' })).toMatchObject({ ok: true });
    expect(await remove({ cooperationId: id, memberId: member('froland'), effectiveDate: '2026-12-31' })).toMatchObject({ ok: false, fieldErrors: { memberId: [expect.stringContaining('allerede foreslått')] } });

    let dossier = (await loadDossier(t.db, id, { today: '2026-03-01' }))!;
    // Proposals change nothing yet: Birkenes is no member, Froland still is.
    expect(dossier.members.map((m) => m.kommunenummer)).toContain('4214');
    expect(dossier.members.map((m) => m.kommunenummer)).not.toContain('4216');
    expect(dossier.proposedMembers.map((m) => m.kommunenummer)).toEqual(['4216']);
    expect(dossier.membershipChanges.map((c) => [c.kind, c.status])).toEqual([
      ['inn', 'foreslatt'],
      ['ut', 'foreslatt'],
    ]);

    // Send to decisions (test setup: the snapshot the runner writes), then the planned members decide.
    await t.db
      .update(cooperations)
      .set({ state: 'medlemsvedtak', stateValue: 'medlemsvedtak', snapshot: { status: 'active', value: 'medlemsvedtak', context: { decisionRound: 2, decisionPurpose: 'redesign' } } })
      .where(eq(cooperations.id, id));
    dossier = (await loadDossier(t.db, id, { today: '2026-03-01' }))!;
    const deciders = memberDecisionStatus(dossier, 2).members.map((m) => m.memberName);
    expect(deciders).toContain('Birkenes kommune');
    expect(deciders).not.toContain('Froland kommune');
    for (const m of memberDecisionStatus(dossier, 2).members) {
      await t.db.insert(memberDecisions).values({ cooperationId: id, memberId: m.memberId, round: 2, body: 'Kommunestyret', date: '2026-02-20', outcome: 'tilslutning' });
    }
    const result = await transition(t.db, id, { type: 'ALLE_VEDTAK_FATTET' }, radmann, { now: NOW });
    expect(result).toMatchObject({ ok: true, state: 'drift' });

    const onThe31st = (await loadDossier(t.db, id, { today: '2026-12-31' }))!;
    expect(onThe31st.members.map((m) => m.kommunenummer).sort()).toEqual(['4202', '4203', '4214', '4215', '4216']);
    const after = (await loadDossier(t.db, id, { today: '2027-01-01' }))!;
    expect(after.members.map((m) => m.kommunenummer).sort()).toEqual(['4202', '4203', '4215', '4216']);
    expect(after.formerMembers).toEqual([expect.objectContaining({ kommunenummer: '4214', leftAt: '2026-12-31' })]);
    const today = (await loadDossier(t.db, id, { today: '2026-03-01' }))!;
    expect(today.upcomingMembers).toEqual([expect.objectContaining({ kommunenummer: '4216', joinedAt: '2026-09-01' })]);
    expect(today.membershipChanges.every((c) => c.status === 'vedtatt' && c.decisionRound === 2)).toBe(true);
    // The anchoring calendar follows the spans: nothing for Froland after its last day, nothing for Birkenes before its first.
    const froland = member('froland');
    const birkenes = today.upcomingMembers[0]!.id;
    expect(today.occurrences.filter((o) => o.memberId === froland && o.status === 'planlagt' && o.dueDate > '2026-12-31')).toEqual([]);
    expect(today.occurrences.filter((o) => o.memberId === birkenes).every((o) => o.dueDate >= '2026-09-01')).toBe(true);
    expect(today.occurrences.some((o) => o.memberId === birkenes)).toBe(true);
  });

  it('a dropped redesign discards its proposals, and a proposal can be withdrawn', async () => {
    const { id, member } = await cooperationIn('redesign');
    await add({ cooperationId: id, kommunenummer: '4216', role: 'samarbeidskommune', effectiveDate: '2026-09-01' });
    await remove({ cooperationId: id, memberId: member('froland'), effectiveDate: '2026-12-31' });
    let changes = await t.db.select().from(membershipChanges).where(eq(membershipChanges.cooperationId, id));
    const leave = changes.find((c) => c.kind === 'ut')!;
    expect(await withdraw({ cooperationId: id, changeId: leave.id })).toMatchObject({ ok: true });
    expect(await withdraw({ cooperationId: id, changeId: leave.id })).toMatchObject({ ok: false, code: 'conflict' });
    const result = await transition(t.db, id, { type: 'FORKAST_ENDRINGER' }, radmann, { now: NOW });
    expect(result).toMatchObject({ ok: true, state: 'drift' });
    changes = await t.db.select().from(membershipChanges).where(eq(membershipChanges.cooperationId, id));
    expect(changes.map((c) => c.status)).toEqual(['forkastet', 'forkastet']);
    const dossier = (await loadDossier(t.db, id, { today: '2026-03-01' }))!;
    expect(dossier.proposedMembers).toEqual([]);
    expect(dossier.members.map((m) => m.kommunenummer).sort()).toEqual(['4202', '4203', '4214', '4215']);
    // The history keeps the name of the discarded joiner even though its row is gone.
    expect(dossier.membershipChanges.find((c) => c.kind === 'inn')).toMatchObject({ memberId: null, memberName: 'Birkenes kommune', status: 'forkastet' });
  });
});
