import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import { createTestDb, testDatabaseKind, type TestDb } from '@/testing/db';
import { createTestUser, fixtureUuid, insertCooperationFromDossier, snapshotDatabase } from '@/testing/cooperation';
import { seedReferenceData } from '@/db/seed/reference';
import { loadDossier } from '@/db/queries/dossier';
import { changeLog, sponsors } from '@/db/schema';
import { runAction, type ActionContext } from '@/lib/server/action';
import type { SessionUser } from '@/lib/pure/auth/roles';
import type { Dossier } from '@/lib/pure/domain/dossier';
import { frozenMessage } from '@/lib/pure/domain/section-rules';
import { CONFLICT_MESSAGE } from '../section-save';
import { READY_MEMBER_IDS, readyDossier } from '@/testing/fixtures/domain';
import { phaseReadiness } from '@/lib/pure/domain/readiness';
import { stotteValues, type StotteInput } from '@/lib/pure/validation/phases/stotte';
import { loadStottePhase } from '@/db/queries/phases/stotte';
import { reconfirmSponsor, reconfirmSpec, replaceSponsor, replaceSponsorSpec, saveStotte, saveStotteSpec } from './stotte';

let t: TestDb;
let editor: SessionUser;
let reader: SessionUser;
let outsider: SessionUser;
const NOW = new Date('2026-03-01T09:00:00Z');

beforeAll(async () => {
  t = await createTestDb();
  await seedReferenceData(t.db);
  editor = await createTestUser(t.db, { name: 'Rune Rådgiver', role: 'radmannsteam', kommunenummer: '4203' });
  reader = await createTestUser(t.db, { name: 'Frida Folkevalgt', role: 'folkevalgt', kommunenummer: '4203' });
  outsider = await createTestUser(t.db, { name: 'Otto Oslo', role: 'radmannsteam', kommunenummer: '0301' });
});
afterAll(async () => t?.close());

const save = (input: unknown, user: SessionUser = editor, now = NOW) =>
  runAction(saveStotteSpec, (i, ctx: ActionContext) => saveStotte(i, ctx), input, { getUser: async () => user, getDb: async () => t.db, getNow: () => now });

const logOf = (cooperationId: string) => t.db.select().from(changeLog).where(eq(changeLog.cooperationId, cooperationId)).orderBy(asc(changeLog.version), asc(changeLog.position));

/** The ready fixture with Grimstad's and Froland's sponsors and the support texts gone. */
async function insertCooperation(change: (d: Dossier) => void = () => {}) {
  const d = readyDossier();
  d.sponsors = d.sponsors.filter((s) => s.memberId !== READY_MEMBER_IDS.grimstad && s.memberId !== READY_MEMBER_IDS.froland);
  d.support = { practicalSupport: null, minimumFunding: null, professionalCommunity: null };
  change(d);
  const id = await insertCooperationFromDossier(t.db, d);
  return { id, member: (key: keyof typeof READY_MEMBER_IDS) => fixtureUuid(id, READY_MEMBER_IDS[key]) };
}

async function sponsorRows(cooperationId: string) {
  return t.db.select().from(sponsors).where(eq(sponsors.cooperationId, cooperationId));
}

async function fullInput(id: string, member: (key: keyof typeof READY_MEMBER_IDS) => string): Promise<StotteInput> {
  const existing = await sponsorRows(id);
  return {
    cooperationId: id,
    version: 0,
    sponsors: [
      ...existing.map((s) => ({ id: s.id, memberId: s.memberId, kind: s.kind, name: s.name, title: s.title, leaderContact: s.note })),
      { id: '', memberId: member('grimstad'), kind: 'politisk', name: 'Gunn Ordfører', title: 'Ordfører' },
      { id: '', memberId: member('grimstad'), kind: 'administrativ', name: 'Geir Kommunalsjef', title: null, leaderContact: 'Møter legevaktsjefen hver måned' },
      { memberId: member('froland'), kind: 'politisk', name: 'Frode Ordfører' },
      { memberId: member('froland'), kind: 'administrativ', name: 'Fia Helsesjef' },
    ],
    practicalSupport: 'Arendal stiller kontor, møterom og sekretariat.',
    minimumFunding: 'Legevaktsjefens stilling finansieres fullt.',
    professionalCommunity: '',
  };
}

describe(`saveStotte on ${testDatabaseKind}`, () => {
  it('saves sponsors and support, and the støtte gaps close', async () => {
    const { id, member } = await insertCooperation();
    const before = phaseReadiness((await loadDossier(t.db, id))!).stotte.missing;
    expect(before).toEqual([
      'Mangler politisk sponsor for Grimstad kommune',
      'Mangler politisk sponsor for Froland kommune',
      'Mangler administrativ sponsor for Grimstad kommune',
      'Mangler administrativ sponsor for Froland kommune',
      'Mangler beskrivelse av praktisk støtte (kontor, møterom, sekretariat)',
      'Mangler beskrivelse av minimumsfinansiering',
    ]);
    const oldRows = await sponsorRows(id);

    const result = await save(await fullInput(id, member));
    expect(result).toMatchObject({ ok: true, data: { cooperationId: id, version: 1, changed: 7, result: { created: 4, updated: 4, deleted: 0 } } });

    const dossier = (await loadDossier(t.db, id))!;
    expect(phaseReadiness(dossier).stotte).toEqual({ ready: true, missing: [] });
    expect(dossier.support).toEqual({ practicalSupport: 'Arendal stiller kontor, møterom og sekretariat.', minimumFunding: 'Legevaktsjefens stilling finansieres fullt.', professionalCommunity: null });
    const rows = await sponsorRows(id);
    // Unchanged sponsors keep their id and their original confirmation.
    for (const old of oldRows) expect(rows.find((r) => r.id === old.id)?.confirmedAt).toEqual(old.confirmedAt);
    const added = rows.filter((r) => !oldRows.some((o) => o.id === r.id));
    expect(added).toHaveLength(4);
    for (const r of added) expect(r).toMatchObject({ confirmedAt: NOW, needsReconfirmation: false });
    expect(rows.find((r) => r.name === 'Geir Kommunalsjef')?.note).toBe('Møter legevaktsjefen hver måned');
  });

  it('keeps a re-confirmation flag until ticked, resets it for a new person, and removes dropped sponsors', async () => {
    const { id } = await insertCooperation((d) => {
      for (const s of d.sponsors) s.needsReconfirmation = true;
    });
    const rows = await sponsorRows(id);
    const [keep, confirm, replace, ...dropped] = rows;
    const result = await save({
      cooperationId: id,
      version: 0,
      sponsors: [
        { id: keep!.id, memberId: keep!.memberId, kind: keep!.kind, name: keep!.name, title: 'Ny tittel' },
        { id: confirm!.id, memberId: confirm!.memberId, kind: confirm!.kind, name: confirm!.name, reconfirm: true },
        { id: replace!.id, memberId: replace!.memberId, kind: replace!.kind, name: 'En helt annen person' },
      ],
    });
    expect(result.ok).toBe(true);
    const after = await sponsorRows(id);
    expect(after.map((r) => r.id).sort()).toEqual([keep!.id, confirm!.id, replace!.id].sort());
    expect(after.find((r) => r.id === keep!.id)).toMatchObject({ title: 'Ny tittel', needsReconfirmation: true, confirmedAt: keep!.confirmedAt });
    expect(after.find((r) => r.id === confirm!.id)).toMatchObject({ needsReconfirmation: false, confirmedAt: NOW });
    expect(after.find((r) => r.id === replace!.id)).toMatchObject({ name: 'En helt annen person', needsReconfirmation: false, confirmedAt: NOW });
    expect(dropped.length).toBeGreaterThan(0);
  });

  it('in drift, replaces a political sponsor directly and logs it old → new', async () => {
    const { id, member } = await insertCooperation((d) => {
      d.state = 'drift';
    });
    const input = await fullInput(id, member);
    const arendal = input.sponsors.findIndex((s) => s.memberId === member('arendal') && s.kind === 'politisk');
    const old = input.sponsors[arendal]!;
    input.sponsors = [...input.sponsors.slice(0, arendal), { ...old, name: 'Per Hansen', title: 'varaordfører' }, ...input.sponsors.slice(arendal + 1)];
    expect(await save(input)).toMatchObject({ ok: true, data: { version: 1 } });
    const log = await logOf(id);
    expect(log.find((r) => r.field === 'Politisk sponsor for Arendal kommune')).toMatchObject({
      unit: 'stotte',
      version: 1,
      section: 'stotte.sponsorer',
      oldValue: `${old.name}, ${old.title}`,
      newValue: 'Per Hansen, varaordfører',
      public: false,
      actorId: editor.id,
      actorName: 'Rune Rådgiver',
      createdAt: NOW,
    });
    // One save, one save id; a second identical save changes and logs nothing.
    expect(new Set(log.map((r) => r.saveId)).size).toBe(1);
    const again = await save(stotteValues(id, (await loadStottePhase(t.db, id, '2026-03-01'))!, 1));
    expect(again).toMatchObject({ ok: true, data: { version: 1, changed: 0 } });
    expect(await logOf(id)).toHaveLength(log.length);
  });

  it('re-confirms one sponsor from the overview as a Støtte save: logged, versioned, conflict-checked', async () => {
    const { id } = await insertCooperation((d) => {
      d.state = 'drift';
      for (const s of d.sponsors) s.needsReconfirmation = true;
    });
    const [first, second] = await sponsorRows(id);
    const reconfirm = (sponsorId: string, version: number) =>
      runAction(reconfirmSpec, reconfirmSponsor, { cooperationId: id, sponsorId, version }, { getUser: async () => editor, getDb: async () => t.db, getNow: () => NOW });
    expect(await reconfirm(first!.id, 0)).toMatchObject({ ok: true, data: { version: 1, changed: 1 } });
    const rows = await sponsorRows(id);
    expect(rows.find((r) => r.id === first!.id)).toMatchObject({ needsReconfirmation: false, confirmedAt: NOW });
    expect(rows.find((r) => r.id === second!.id)).toMatchObject({ needsReconfirmation: true });
    const [entry] = await logOf(id);
    expect(entry).toMatchObject({ unit: 'stotte', section: 'stotte.sponsorer', oldValue: expect.stringMatching(/må bekreftes på nytt etter valget$/), newValue: expect.not.stringMatching(/bekreftes/) });
    const before = await snapshotDatabase(t.db);
    expect(await reconfirm(second!.id, 0)).toMatchObject({ ok: false, code: 'conflict' });
    expect(await reconfirm('00000000-0000-4000-8000-000000000000', 1)).toMatchObject({ ok: false, code: 'not_found', message: 'Fant ikke sponsoren i dette samarbeidet.' });
    expect(await snapshotDatabase(t.db)).toBe(before);
  });

  it('replaces a sponsor from the overview as a Støtte save: same seat, confirmed, old link and note gone, logged old → new', async () => {
    const { id } = await insertCooperation((d) => {
      d.state = 'drift';
      for (const s of d.sponsors) s.needsReconfirmation = true;
    });
    const [first, second] = await sponsorRows(id);
    await t.db.update(sponsors).set({ userId: editor.id, note: 'Intern merknad' }).where(eq(sponsors.id, first!.id));
    const replace = (sponsorId: string, version: number, name = 'Nina Ny') =>
      runAction(replaceSponsorSpec, replaceSponsor, { cooperationId: id, sponsorId, name, title: 'ordfører', version }, { getUser: async () => editor, getDb: async () => t.db, getNow: () => NOW });
    expect(await replace(first!.id, 0)).toMatchObject({ ok: true, data: { version: 1 } });
    const after = (await sponsorRows(id)).find((r) => r.id === first!.id);
    expect(after).toMatchObject({ name: 'Nina Ny', title: 'ordfører', note: null, userId: null, needsReconfirmation: false, confirmedAt: NOW, kind: first!.kind, memberId: first!.memberId });
    expect((await sponsorRows(id)).find((r) => r.id === second!.id)).toMatchObject({ needsReconfirmation: true, name: second!.name });
    expect((await logOf(id)).some((r) => r.section === 'stotte.sponsorer' && r.oldValue?.startsWith(first!.name) && r.newValue?.startsWith('Nina Ny'))).toBe(true);
    const before = await snapshotDatabase(t.db);
    expect(await replace(second!.id, 0)).toMatchObject({ ok: false, code: 'conflict' });
    expect(await replace('00000000-0000-4000-8000-000000000000', 1)).toMatchObject({ ok: false, code: 'not_found' });
    expect(await replace(second!.id, 1, '')).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { name: ['Skriv navnet på den nye sponsoren.'] } });
    expect(await snapshotDatabase(t.db)).toBe(before);
  });

  it('treats an id from another cooperation as a new sponsor and leaves that cooperation alone', async () => {
    const other = await insertCooperation();
    const [foreign] = await sponsorRows(other.id);
    const { id, member } = await insertCooperation();
    const result = await save({ cooperationId: id, version: 0, sponsors: [{ id: foreign!.id, memberId: member('arendal'), kind: 'politisk', name: 'Anne Ordfører' }] });
    expect(result.ok).toBe(true);
    expect((await sponsorRows(other.id)).find((r) => r.id === foreign!.id)).toEqual(foreign);
    const mine = await sponsorRows(id);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.id).not.toBe(foreign!.id);
  });

  describe('refusals leave the database unchanged', () => {
    it.each([
      [
        'wrong types',
        (id: string) => ({ cooperationId: id, version: 0, sponsors: 'alle', practicalSupport: 12 }),
        { sponsors: ['Ugyldig liste over sponsorer.'], practicalSupport: ['Feltet må inneholde tekst.'] },
      ],
      [
        'missing fields',
        (id: string) => ({ cooperationId: id, version: 0, sponsors: [{ kind: 'politisk' }] }),
        { 'sponsors.0.memberId': ['Velg hvilken deltaker sponsoren hører til.'], 'sponsors.0.name': ['Skriv inn navnet på sponsoren.'] },
      ],
    ])('%s', async (_name, payload, expectedErrors) => {
      const { id } = await insertCooperation();
      const before = await snapshotDatabase(t.db);
      expect(await save(payload(id))).toEqual({ ok: false, code: 'invalid', message: 'Noen av feltene må rettes før du kan lagre.', fieldErrors: expectedErrors });
      expect(await snapshotDatabase(t.db)).toBe(before);
    });

    it('a member of another cooperation', async () => {
      const other = await insertCooperation();
      const { id, member } = await insertCooperation();
      const before = await snapshotDatabase(t.db);
      const result = await save({
        cooperationId: id,
        version: 0,
        sponsors: [
          { memberId: member('arendal'), kind: 'politisk', name: 'Gyldig' },
          { memberId: other.member('arendal'), kind: 'politisk', name: 'Feil samarbeid' },
        ],
        practicalSupport: 'Endret',
      });
      expect(result).toEqual({ ok: false, code: 'invalid', message: 'Noen av feltene må rettes før du kan lagre.', fieldErrors: { 'sponsors.1.memberId': ['Deltakeren er ikke med i dette samarbeidet.'] } });
      expect(await snapshotDatabase(t.db)).toBe(before);
    });

    it('a cooperation waiting for member decisions, or ended', async () => {
      for (const state of ['medlemsvedtak', 'avviklet'] as const) {
        const { id, member } = await insertCooperation((d) => {
          d.state = state;
        });
        const before = await snapshotDatabase(t.db);
        const result = await save(await fullInput(id, member));
        expect(result).toEqual({ ok: false, code: 'invalid', message: frozenMessage(state) });
        expect(await snapshotDatabase(t.db)).toBe(before);
      }
    });

    it('a save over someone else’s newer save: a conflict with the newer values, and nothing written', async () => {
      const { id, member } = await insertCooperation((d) => {
        d.state = 'drift';
      });
      const first = await fullInput(id, member);
      const second = await fullInput(id, member);
      expect(await save({ ...first, practicalSupport: 'Kontor hos Arendal.' })).toMatchObject({ ok: true, data: { version: 1 } });
      const before = await snapshotDatabase(t.db);
      const result = await save({ ...second, minimumFunding: 'Lederen er fullfinansiert.' }, editor, new Date('2026-03-01T09:05:00Z'));
      expect(result).toMatchObject({ ok: false, code: 'conflict', message: CONFLICT_MESSAGE, conflict: { version: 1 } });
      if (result.ok || !result.conflict) throw new Error('expected a conflict');
      expect((result.conflict.values as { support: { practicalSupport: string } }).support.practicalSupport).toBe('Kontor hos Arendal.');
      expect(result.conflict.changes).toContainEqual({
        section: 'Praktisk støtte og finansiering',
        field: 'Praktisk støtte',
        old: null,
        new: 'Kontor hos Arendal.',
        actorName: 'Rune Rådgiver',
        at: NOW.toISOString(),
      });
      expect(await snapshotDatabase(t.db)).toBe(before);
      // With the newer version (what «Behold endringene mine» sends), the second save goes through and keeps the first.
      expect(await save({ ...second, practicalSupport: 'Kontor hos Arendal.', minimumFunding: 'Lederen er fullfinansiert.', version: 1 })).toMatchObject({ ok: true, data: { version: 2 } });
      expect((await loadDossier(t.db, id))!.support).toMatchObject({ practicalSupport: 'Kontor hos Arendal.', minimumFunding: 'Lederen er fullfinansiert.' });
    });

    it('a user who may read but not edit, and a user from outside', async () => {
      const { id, member } = await insertCooperation();
      const before = await snapshotDatabase(t.db);
      expect(await save(await fullInput(id, member), reader)).toMatchObject({ ok: false, code: 'forbidden' });
      expect(await save(await fullInput(id, member), outsider)).toMatchObject({ ok: false, code: 'forbidden' });
      expect(await snapshotDatabase(t.db)).toBe(before);
    });

    it('a cooperation that does not exist', async () => {
      const result = await save({ cooperationId: '00000000-0000-4000-8000-000000000000', version: 0, sponsors: [] });
      expect(result).toMatchObject({ ok: false, code: 'not_found' });
    });
  });
});
