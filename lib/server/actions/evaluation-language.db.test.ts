// A round keeps the questionnaire language it was opened in (issue 14), whatever language
// its opener or its respondents use later.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, inArray } from 'drizzle-orm';
import { createTestDb, testDatabaseKind, type TestDb } from '@/testing/db';
import { createTestUser, insertCooperationFromDossier } from '@/testing/cooperation';
import { seedReferenceData } from '@/db/seed/reference';
import { evaluationRounds, municipalities, users } from '@/db/schema';
import { actionContext } from '@/lib/server/action';
import type { SessionUser } from '@/lib/pure/auth/roles';
import { questionnaire } from '@/lib/pure/domain/questionnaire';
import { readyDossier } from '@/testing/fixtures/domain';
import { openRound, readOwnAnswers } from './evaluation';

const NOW = new Date('2026-03-01T09:00:00Z');
let t: TestDb;
let id: string;
let leader: SessionUser;

beforeAll(async () => {
  t = await createTestDb();
  await seedReferenceData(t.db);
  const dossier = { ...readyDossier(), state: 'drift' as const, startDate: '2024-04-01' };
  id = await insertCooperationFromDossier(t.db, dossier);
  // Members that do not share a målform: the opener's language decides.
  const numbers = dossier.members.flatMap((m) => (m.kommunenummer ? [m.kommunenummer] : []));
  await t.db.update(municipalities).set({ maalform: 'bokmal' }).where(inArray(municipalities.kommunenummer, numbers));
  await t.db.update(municipalities).set({ maalform: 'nynorsk' }).where(eq(municipalities.kommunenummer, numbers[0]!));
  leader = await createTestUser(t.db, { name: 'Ola Operativ', role: 'operativ_leder', kommunenummer: null, cooperationId: id });
});
afterAll(async () => t?.close());

describe(`the questionnaire language of a round (${testDatabaseKind})`, () => {
  let roundId: string;

  it('a round opened from a nynorsk request is stored in nynorsk', async () => {
    const opened = await openRound({ cooperationId: id }, actionContext(t.db, leader, NOW), NOW, 'nn');
    roundId = opened.roundId;
    const [round] = await t.db.select().from(evaluationRounds).where(eq(evaluationRounds.id, roundId));
    expect(round).toMatchObject({ questionnaireVersion: 1, questionnaireLanguage: 'nn' });
  });

  it('keeps nynorsk after the opener switches to English, for the opener and every respondent', async () => {
    await t.db.update(users).set({ language: 'en' }).where(eq(users.id, leader.id));
    const own = await readOwnAnswers({ roundId }, actionContext(t.db, leader, NOW));
    expect(own.round).toMatchObject({ questionnaireVersion: 1, questionnaireLanguage: 'nn' });
    const q = questionnaire(own.round.questionnaireVersion, own.round.questionnaireLanguage);
    expect(q.statements[0]!.text).toBe(questionnaire(1, 'nn').statements[0]!.text);
    const [round] = await t.db.select({ language: evaluationRounds.questionnaireLanguage }).from(evaluationRounds).where(eq(evaluationRounds.id, roundId));
    expect(round!.language).toBe('nn');
  });

  it('rounds stored before languages existed read as bokmål (the column default)', async () => {
    const [row] = await t.db
      .insert(evaluationRounds)
      .values({ cooperationId: id, number: 99, questionnaireVersion: 1, status: 'lukket', closedAt: NOW })
      .returning({ language: evaluationRounds.questionnaireLanguage });
    expect(row!.language).toBe('nb');
  });
});

describe(`the members' målform decides when they share one (${testDatabaseKind})`, () => {
  let t2: TestDb;
  let id2: string;
  let opener: SessionUser;
  beforeAll(async () => {
    t2 = await createTestDb();
    await seedReferenceData(t2.db);
    const dossier = { ...readyDossier(), state: 'drift' as const, startDate: '2024-04-01' };
    id2 = await insertCooperationFromDossier(t2.db, dossier);
    const numbers = dossier.members.flatMap((m) => (m.kommunenummer ? [m.kommunenummer] : []));
    await t2.db.update(municipalities).set({ maalform: 'nynorsk' }).where(inArray(municipalities.kommunenummer, numbers));
    opener = await createTestUser(t2.db, { name: 'Eli English', role: 'operativ_leder', kommunenummer: null, cooperationId: id2 });
    await t2.db.update(users).set({ language: 'en' }).where(eq(users.id, opener.id));
  });
  afterAll(async () => t2?.close());

  it('all members write nynorsk: the round is in nynorsk though the opener reads English', async () => {
    const opened = await openRound({ cooperationId: id2 }, actionContext(t2.db, opener, NOW), NOW, 'en');
    const [round] = await t2.db.select({ language: evaluationRounds.questionnaireLanguage }).from(evaluationRounds).where(eq(evaluationRounds.id, opened.roundId));
    expect(round!.language).toBe('nn');
  });
});
