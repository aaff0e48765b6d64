import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDb, testDatabaseKind, type TestDb } from '@/testing/db';
import { createTestUser, fixtureUuid, insertCooperationFromDossier } from '@/testing/cooperation';
import { seedReferenceData } from '@/db/seed/reference';
import { loadDossier } from '@/db/queries/dossier';
import { evaluationInvitations, evaluationRounds, roleAssignments, sponsors, users } from '@/db/schema';
import { readyDossier } from '@/testing/fixtures/domain';
import { enterEffects } from './effects';
import { transition, transitionAsSystem } from './runner';

const NOW = new Date('2026-03-01T09:00:00Z');
const SYSTEM = { id: null, name: 'Systemet' };

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  await seedReferenceData(t.db);
});
afterAll(async () => t?.close());

const running = (startDate: string) => insertCooperationFromDossier(t.db, { ...readyDossier(), state: 'drift', startDate });
const rounds = (id: string) => t.db.select().from(evaluationRounds).where(eq(evaluationRounds.cooperationId, id));
const invitations = async (id: string) => {
  const [round] = await rounds(id);
  return t.db.select().from(evaluationInvitations).where(eq(evaluationInvitations.roundId, round!.id));
};

describe(`entering evaluering opens a round (${testDatabaseKind})`, () => {
  it('is a planned round when the schedule made it due, opened by whoever took the step', async () => {
    const id = await running('2024-04-01');
    const leader = await createTestUser(t.db, { name: 'Ola Operativ', role: 'operativ_leder', cooperationId: id });
    expect(await transition(t.db, id, { type: 'START_EVALUERING' }, leader, { now: NOW })).toMatchObject({ ok: true, state: 'evaluering' });
    expect(await rounds(id)).toMatchObject([{ number: 1, questionnaireVersion: 1, reason: 'plan', status: 'aapen', dueDate: '2025-04-01', openedBy: leader.id, openedAt: NOW }]);
    expect(await invitations(id)).toMatchObject([{ userId: leader.id, perspective: 'operativ_leder', memberId: null, invitedAt: NOW, submittedAt: null }]);
  });

  it('is a round on request before the schedule says so; a system step has no opener', async () => {
    const id = await running('2025-09-01');
    expect(await transitionAsSystem(t.db, id, { type: 'START_EVALUERING' }, SYSTEM, { now: NOW })).toMatchObject({ ok: true });
    expect(await rounds(id)).toMatchObject([{ reason: 'forespurt', dueDate: '2026-09-01', openedBy: null }]);
    expect(await invitations(id)).toEqual([]);
  });

  it('invites only people who can read the cooperation, once each, in their closest role', async () => {
    const id = await running('2024-04-01');
    const sponsor = await createTestUser(t.db, { name: 'Per Politiker', role: 'politisk_sponsor', kommunenummer: '4202', cooperationId: id });
    await t.db.insert(roleAssignments).values({ userId: sponsor.id, role: 'radmannsteam', kommunenummer: '4202' });
    const radmann = await createTestUser(t.db, { name: 'Rune Rådgiver', role: 'radmannsteam', kommunenummer: '4215' });
    const linkedOnly = await createTestUser(t.db, { name: 'Lars Lenket', role: 'folkevalgt', kommunenummer: '0301' });
    const inactive = await createTestUser(t.db, { name: 'Ivar Inaktiv', role: 'medlemsrepresentant', cooperationId: id });
    const revoked = await createTestUser(t.db, { name: 'Rita Fratatt', role: 'medlemsrepresentant', cooperationId: id });
    const outsider = await createTestUser(t.db, { name: 'Oda Utenfor', role: 'radmannsteam', kommunenummer: '4204' });
    const noRoles = await createTestUser(t.db, { name: 'Nils Uten Rolle', role: 'folkevalgt', kommunenummer: '0301' });
    await t.db.delete(roleAssignments).where(eq(roleAssignments.userId, noRoles.id));
    await t.db.update(sponsors).set({ userId: noRoles.id }).where(eq(sponsors.id, fixtureUuid(id, 's-m-froland-administrativ')));
    await t.db.update(users).set({ active: false }).where(eq(users.id, inactive.id));
    await t.db.update(roleAssignments).set({ revokedAt: NOW }).where(eq(roleAssignments.userId, revoked.id));
    await t.db.update(sponsors).set({ userId: linkedOnly.id }).where(eq(sponsors.id, fixtureUuid(id, 's-m-froland-politisk')));
    await t.db.update(sponsors).set({ userId: sponsor.id }).where(eq(sponsors.id, fixtureUuid(id, 's-m-grimstad-politisk')));

    await enterEffects(t.db, { cooperationId: id, from: 'drift', to: 'evaluering', dossier: (await loadDossier(t.db, id))!, now: NOW });
    const invited = Object.fromEntries((await invitations(id)).map((i) => [i.userId, [i.perspective, i.memberId]]));
    expect(invited).toEqual({
      [sponsor.id]: ['politisk_sponsor', fixtureUuid(id, 'm-grimstad')],
      [radmann.id]: ['radmannsteam', fixtureUuid(id, 'm-lillesand')],
    });
    expect(Object.keys(invited)).not.toContain(outsider.id);
  });

  it('leaves an open round alone, and does nothing on other transitions', async () => {
    const id = await running('2024-04-01');
    const dossier = (await loadDossier(t.db, id))!;
    await enterEffects(t.db, { cooperationId: id, from: 'drift', to: 'evaluering', dossier, now: NOW });
    await enterEffects(t.db, { cooperationId: id, from: 'drift', to: 'evaluering', dossier, now: NOW });
    await enterEffects(t.db, { cooperationId: id, from: 'beslutning', to: 'drift', dossier, now: NOW });
    await enterEffects(t.db, { cooperationId: id, from: 'redesign', to: 'evaluering', dossier, now: NOW });
    expect(await rounds(id)).toHaveLength(1);
  });
});

describe(`leaving beslutning stores the decision on the round it concludes (${testDatabaseKind})`, () => {
  async function decided(type: 'BESLUTT_OPPRETTHOLDE' | 'BESLUTT_REDESIGN' | 'BESLUTT_AVVIKLE', details?: Record<string, string>) {
    const id = await running('2024-04-01');
    const radmann = await createTestUser(t.db, { name: 'Rita Rådmann', role: 'radmannsteam', kommunenummer: '4215' });
    expect(await transition(t.db, id, { type: 'START_EVALUERING' }, radmann, { now: NOW })).toMatchObject({ ok: true });
    await t.db.update(evaluationRounds).set({ status: 'lukket', closedAt: NOW, closedBy: radmann.id }).where(eq(evaluationRounds.cooperationId, id));
    expect(await transition(t.db, id, { type: 'AVSLUTT_EVALUERING' }, radmann, { now: NOW })).toMatchObject({ ok: true, state: 'beslutning' });
    const later = new Date('2026-03-15T10:00:00Z');
    expect(await transition(t.db, id, { type, details }, radmann, { now: later })).toMatchObject({ ok: true });
    const [round] = await rounds(id);
    return { round: round!, radmann, later };
  }

  it('keeps summary, recommendation, notes and who decided when', async () => {
    const { round, radmann, later } = await decided('BESLUTT_REDESIGN', {
      summary: 'Tjenesten virker, men styringen er svak.',
      recommendation: 'redesign',
      recommendationNote: 'Nytt representantskap.',
      decisionNote: 'Kommunestyrene, sak 14/26',
      summaryPublic: 'nei',
    });
    expect(round).toMatchObject({
      decision: 'redesign',
      summary: 'Tjenesten virker, men styringen er svak.',
      summaryPublic: false,
      recommendation: 'redesign',
      recommendationNote: 'Nytt representantskap.',
      decisionNote: 'Kommunestyrene, sak 14/26',
      decidedBy: radmann.id,
      decidedAt: later,
    });
  });

  it('records the bare decision when the step came without the form (no summary is published)', async () => {
    const { round } = await decided('BESLUTT_AVVIKLE');
    expect(round).toMatchObject({ decision: 'avvikle', summary: null, summaryPublic: false, recommendation: null, recommendationNote: null, decisionNote: null });
  });

  it('never overwrites a round that already has a decision', async () => {
    const id = await running('2024-04-01');
    const dossier = (await loadDossier(t.db, id))!;
    await enterEffects(t.db, { cooperationId: id, from: 'drift', to: 'evaluering', dossier, now: NOW });
    await t.db.update(evaluationRounds).set({ status: 'lukket', decision: 'opprettholde' }).where(eq(evaluationRounds.cooperationId, id));
    await enterEffects(t.db, { cooperationId: id, from: 'beslutning', to: 'avvikling', dossier, now: NOW, step: { type: 'BESLUTT_AVVIKLE', actorId: null } });
    await enterEffects(t.db, { cooperationId: id, from: 'beslutning', to: 'drift', dossier, now: NOW, step: { type: 'FORKAST_ENDRINGER', actorId: null } });
    expect(await rounds(id)).toMatchObject([{ decision: 'opprettholde' }]);
  });
});

