import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDb, testDatabaseKind, type TestDb } from '@/testing/db';
import { createTestUser, fixtureUuid, insertCooperationFromDossier, snapshotDatabase } from '@/testing/cooperation';
import { seedReferenceData } from '@/db/seed/reference';
import { loadDossier } from '@/db/queries/dossier';
import { changeLog, instrumentUses } from '@/db/schema';
import { runAction } from '@/lib/server/action';
import type { SessionUser } from '@/lib/pure/auth/roles';
import type { Dossier } from '@/lib/pure/domain/dossier';
import { frozenMessage } from '@/lib/pure/domain/section-rules';
import { CONFLICT_MESSAGE } from './section-save';
import { readyDossier } from '@/testing/fixtures/domain';
import { missingFamilies } from '@/lib/pure/domain/instruments';
import { CUSTOM_INSTRUMENT } from '@/lib/pure/validation/instruments';
import { saveInstruments, saveInstrumentsSpec } from './instruments';

let t: TestDb;
let editor: SessionUser;
let reader: SessionUser;

beforeAll(async () => {
  t = await createTestDb();
  await seedReferenceData(t.db);
  editor = await createTestUser(t.db, { name: 'Rune Rådgiver', role: 'radmannsteam', kommunenummer: '4215' });
  reader = await createTestUser(t.db, { name: 'Frida Folkevalgt', role: 'folkevalgt', kommunenummer: '4215' });
});
afterAll(async () => t?.close());

const NOW = new Date('2026-04-01T10:00:00Z');
const save = (input: unknown, user: SessionUser = editor) =>
  runAction(saveInstrumentsSpec, saveInstruments, input, { getUser: async () => user, getDb: async () => t.db, getNow: () => NOW });

/** The ready fixture uses a custom framing instrument and a custom support instrument. */
async function insertCooperation(change: (d: Dossier) => void = () => {}) {
  const d = readyDossier();
  change(d);
  const id = await insertCooperationFromDossier(t.db, d);
  return { id, uuid: (fixtureId: string) => fixtureUuid(id, fixtureId) };
}

const rowsOf = (id: string) => t.db.select().from(instrumentUses).where(eq(instrumentUses.cooperationId, id));

describe(`saveInstruments on ${testDatabaseKind}`, () => {
  it('fills the empty families of the matrix, keeps sent ids and removes the rest', async () => {
    const { id, uuid } = await insertCooperation();
    expect(missingFamilies((await loadDossier(t.db, id))!.instruments)).toEqual(['design', 'deltakelse']);

    const result = await save({
      cooperationId: id,
      version: 0,
      instruments: [
        { id: uuid('ins-avtale'), code: CUSTOM_INSTRUMENT, label: 'Samarbeidsavtale', family: 'innramming', status: 'etablert', documentUrl: 'https://arendal.kommune.no/avtale.pdf' },
        { code: 'organisasjonsform', status: 'etablert' },
        { code: 'informasjonsmoter', status: 'planlagt', documentUrl: '' },
      ],
    });
    expect(result).toMatchObject({ ok: true, data: { cooperationId: id, version: 1, result: { kept: 1, created: 2, deleted: 1 } } });

    const instruments = (await loadDossier(t.db, id))!.instruments;
    expect(missingFamilies(instruments)).toEqual(['stotte']);
    expect(missingFamilies(instruments, { establishedOnly: true })).toEqual(['stotte', 'deltakelse']);
    expect(instruments.find((i) => i.id === uuid('ins-avtale'))).toMatchObject({ documentUrl: 'https://arendal.kommune.no/avtale.pdf' });
    expect(instruments.some((i) => i.id === uuid('ins-sponsor'))).toBe(false);
  });

  it('in drift, a document link changes directly and the change is logged', async () => {
    const { id, uuid } = await insertCooperation((d) => {
      d.state = 'drift';
    });
    const result = await save({
      cooperationId: id,
      version: 0,
      instruments: [{ id: uuid('ins-avtale'), code: CUSTOM_INSTRUMENT, label: 'Samarbeidsavtale', family: 'innramming', status: 'etablert', documentUrl: 'https://arendal.kommune.no/avtale-2026.pdf' }],
    });
    expect(result).toMatchObject({ ok: true, data: { version: 1 } });
    const log = await t.db.select().from(changeLog).where(eq(changeLog.cooperationId, id));
    expect(log.find((r) => r.fieldKey === `instrument:${uuid('ins-avtale')}`)).toMatchObject({
      section: 'virkemidler.virkemidler',
      newValue: 'Samarbeidsavtale (Innramming) – etablert – https://arendal.kommune.no/avtale-2026.pdf',
      createdAt: NOW,
    });
  });

  it('takes label and family of a catalogue instrument from the catalogue, whatever the form says', async () => {
    const { id } = await insertCooperation();
    const result = await save({ cooperationId: id, version: 0, instruments: [{ code: 'budsjett', label: 'Noe annet', family: 'deltakelse', status: 'etablert' }] });
    expect(result.ok).toBe(true);
    expect(await rowsOf(id)).toEqual([expect.objectContaining({ code: 'budsjett', label: 'Budsjett', family: 'innramming' })]);
  });

  describe('refusals leave the database unchanged', () => {
    it.each([
      [
        'bad URL and unknown status',
        (id: string) => ({ cooperationId: id, version: 0, instruments: [{ code: 'budsjett', status: 'ferdig', documentUrl: 'budsjett.pdf' }] }),
        {
          'instruments.0.status': ['Velg om virkemiddelet er planlagt eller etablert.'],
          'instruments.0.documentUrl': ['Skriv inn en gyldig nettadresse som begynner med https://'],
        },
      ],
      [
        'a custom instrument without label and family',
        (id: string) => ({ cooperationId: id, version: 0, instruments: [{ code: CUSTOM_INSTRUMENT, status: 'planlagt' }] }),
        { 'instruments.0.label': ['Gi det egne virkemiddelet et navn.'], 'instruments.0.family': ['Velg hvilken familie virkemiddelet hører til.'] },
      ],
      ['wrong types', (id: string) => ({ cooperationId: id, version: 0, instruments: 'budsjett' }), { instruments: ['Ugyldig liste over virkemidler.'] }],
    ])('%s', async (_name, payload, fieldErrors) => {
      const { id } = await insertCooperation();
      const before = await snapshotDatabase(t.db);
      expect(await save(payload(id))).toEqual({ ok: false, code: 'invalid', message: 'Noen av feltene må rettes før du kan lagre.', fieldErrors });
      expect(await snapshotDatabase(t.db)).toBe(before);
    });

    it('a cooperation waiting for member decisions', async () => {
      const { id } = await insertCooperation((d) => {
        d.state = 'medlemsvedtak';
      });
      const before = await snapshotDatabase(t.db);
      expect(await save({ cooperationId: id, version: 0, instruments: [] })).toEqual({ ok: false, code: 'invalid', message: frozenMessage('medlemsvedtak') });
      expect(await snapshotDatabase(t.db)).toBe(before);
    });

    it('a save over someone else’s newer save', async () => {
      const { id } = await insertCooperation((d) => {
        d.state = 'drift';
      });
      expect(await save({ cooperationId: id, version: 0, instruments: [{ code: 'budsjett', status: 'etablert' }] })).toMatchObject({ ok: true, data: { version: 1 } });
      const before = await snapshotDatabase(t.db);
      const result = await save({ cooperationId: id, version: 0, instruments: [{ code: 'aarsmelding_regnskap', status: 'planlagt' }] });
      expect(result).toMatchObject({ ok: false, code: 'conflict', message: CONFLICT_MESSAGE, conflict: { version: 1, values: [expect.objectContaining({ code: 'budsjett' })] } });
      expect(await snapshotDatabase(t.db)).toBe(before);
    });

    it('a user who may only read', async () => {
      const { id } = await insertCooperation();
      const before = await snapshotDatabase(t.db);
      expect(await save({ cooperationId: id, version: 0, instruments: [] }, reader)).toMatchObject({ ok: false, code: 'forbidden' });
      expect(await snapshotDatabase(t.db)).toBe(before);
    });
  });
});
