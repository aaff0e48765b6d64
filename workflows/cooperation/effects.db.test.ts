import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDb, testDatabaseKind, type TestDb } from '@/lib/testing/db';
import { createTestUser, fixtureUuid, insertCooperationFromDossier } from '@/lib/testing/cooperation';
import { seedReferenceData } from '@/db/seed/reference';
import { loadDossier } from '@/db/queries/dossier';
import { evaluationInvitations, evaluationRounds, roleAssignments, sponsors, users } from '@/db/schema';
import { readyDossier } from '@/lib/domain/fixtures';
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
