// A save conflict names the fields someone else changed in the request's language: the change
// log's bokmål labels worded again (lib/pure/domain/change-log-words.ts); bokmål unchanged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, testDatabaseKind, type TestDb } from '@/testing/db';
import { createTestUser, fixtureUuid, insertCooperationFromDossier } from '@/testing/cooperation';
import { seedReferenceData } from '@/db/seed/reference';
import { runAction, type ActionContext } from '@/lib/server/action';
import type { SessionUser } from '@/lib/pure/auth/roles';
import type { Locale } from '@/lib/pure/i18n/locales';
import type { StotteInput } from '@/lib/pure/validation/phases/stotte';
import { READY_MEMBER_IDS, readyDossier } from '@/testing/fixtures/domain';
import { saveStotte, saveStotteSpec } from './stotte';

let t: TestDb;
let editor: SessionUser;
beforeAll(async () => {
  t = await createTestDb();
  await seedReferenceData(t.db);
  editor = await createTestUser(t.db, { name: 'Rune Rådgiver', role: 'radmannsteam', kommunenummer: '4203' });
});
afterAll(async () => t?.close());

const save = (input: StotteInput, locale: Locale | null) =>
  runAction(saveStotteSpec, (i, ctx: ActionContext) => saveStotte(i, ctx), input, { getUser: async () => editor, getDb: async () => t.db, getLocale: async () => locale });

async function conflictIn(locale: Locale | null) {
  const d = readyDossier();
  d.state = 'drift';
  d.sponsors = [];
  d.support = { practicalSupport: null, minimumFunding: null, professionalCommunity: null };
  const id = await insertCooperationFromDossier(t.db, d);
  const input: StotteInput = {
    cooperationId: id,
    version: 0,
    sponsors: [{ id: '', memberId: fixtureUuid(id, READY_MEMBER_IDS.grimstad), kind: 'politisk', name: 'Gunn Ordfører', title: 'Ordfører', leaderContact: 'Møtes hver måned' }],
    practicalSupport: 'Kontor hos Arendal.',
    minimumFunding: '',
    professionalCommunity: '',
  };
  expect(await save(input, null)).toMatchObject({ ok: true });
  const result = await save({ ...input, minimumFunding: 'Fullfinansiert.' }, locale);
  if (result.ok || !result.conflict) throw new Error('expected a conflict');
  return result.conflict.changes.map((c) => ({ field: c.field, lang: c.fieldLang }));
}

describe(`a save conflict's field names on ${testDatabaseKind}`, () => {
  it('bokmål as stored, in and outside a request', async () => {
    for (const locale of [null, 'nb'] as const) {
      expect(await conflictIn(locale)).toEqual(
        expect.arrayContaining([
          { field: 'Politisk sponsor for Grimstad kommune', lang: undefined },
          { field: 'Praktisk støtte', lang: undefined },
          { field: 'Kontakt med operativ leder (Gunn Ordfører)', lang: undefined },
        ]),
      );
    }
  });

  it('nynorsk and English', async () => {
    expect(await conflictIn('nn')).toEqual(expect.arrayContaining([{ field: 'Kontakt med operativ leiar (Gunn Ordfører)', lang: undefined }, { field: 'Praktisk støtte', lang: undefined }]));
    expect(await conflictIn('en')).toEqual(expect.arrayContaining([{ field: 'Political sponsor for Grimstad kommune', lang: undefined }, { field: 'Practical support', lang: undefined }]));
  });
});
