import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import { createTestDb, testDatabaseKind, type TestDb } from '@/testing/db';
import { createTestUser, fixtureUuid, insertCooperationFromDossier, snapshotDatabase } from '@/testing/cooperation';
import { seedReferenceData } from '@/db/seed/reference';
import { loadDossier } from '@/db/queries/dossier';
import { anchoringOccurrences, anchoringPoints, changeLog, cooperationMembers } from '@/db/schema';
import { runAction, type ActionContext } from '@/lib/server/action';
import type { SessionUser } from '@/lib/pure/auth/roles';
import type { AnchoringOccurrence, Dossier } from '@/lib/pure/domain/dossier';
import { frozenMessage } from '@/lib/pure/domain/section-rules';
import { loadDeltakelsePhase } from '@/db/queries/phases/deltakelse';
import { deltakelseValues } from '@/lib/pure/validation/phases/deltakelse-values';
import { CONFLICT_MESSAGE } from '../section-save';
import { READY_MEMBER_IDS, readyDossier } from '@/testing/fixtures/domain';
import { phaseReadiness } from '@/lib/pure/domain/readiness';
import type { AnchoringPointInput, DeltakelseInput } from '@/lib/pure/validation/phases/deltakelse';
import { saveDeltakelse, saveDeltakelseSpec } from './deltakelse';

type MemberKey = keyof typeof READY_MEMBER_IDS;
const KEYS = Object.keys(READY_MEMBER_IDS) as MemberKey[];

let t: TestDb;
let editor: SessionUser;
const NOW = new Date('2026-03-01T09:00:00Z');

beforeAll(async () => {
  t = await createTestDb();
  await seedReferenceData(t.db);
  editor = await createTestUser(t.db, { name: 'Rune Rådgiver', role: 'radmannsteam', kommunenummer: '4202' });
});
afterAll(async () => t?.close());

const save = (input: unknown, user: SessionUser = editor) =>
  runAction(saveDeltakelseSpec, (i, ctx: ActionContext) => saveDeltakelse(i, ctx), input, { getUser: async () => user, getDb: async () => t.db, getNow: () => NOW });

async function insertCooperation(change: (d: Dossier) => void) {
  const d = readyDossier();
  change(d);
  const id = await insertCooperationFromDossier(t.db, d);
  return { id, member: (key: MemberKey) => fixtureUuid(id, READY_MEMBER_IDS[key]), uuid: (fixtureId: string) => fixtureUuid(id, fixtureId) };
}

/** The ready fixture with the whole deltakelse phase emptied. */
const emptyPhase = (d: Dossier) => {
  d.anchoringPoints = [];
  d.informationItems = [];
  d.participation = { representation: null, informalContact: null };
  for (const m of d.members) m.representatives = 0;
};

const point = (p: Partial<AnchoringPointInput>): AnchoringPointInput => ({
  kind: 'formell',
  level: 'politisk',
  body: 'Formannskapet',
  triggerType: 'periodisk',
  frequency: 'kvartalsvis',
  event: '',
  scope: 'alle',
  memberIds: [],
  description: '',
  ...p,
});

function fullInput(id: string, member: (key: MemberKey) => string): DeltakelseInput {
  return {
    cooperationId: id,
    version: 0,
    members: KEYS.map((k, i) => ({ memberId: member(k), representatives: i === 0 ? 2 : 1, contactPerson: `Kontakt ${k}`, contactPublic: i === 0 })),
    representation: 'Arendal har to representanter.',
    anchoringPoints: [point({}), point({ body: 'Kommunestyret', triggerType: 'hendelse', event: 'aarsmelding', frequency: '' })],
    informationItems: [
      { audience: 'politikere', content: 'Status', timing: 'Kvartalsvis', channel: 'Orienteringssak', place: 'Formannskapet', responsible: 'Legevaktsjef' },
      { audience: 'innbyggere', content: 'Referater', timing: 'Etter hvert møte', channel: 'Publiserte referater', place: '', responsible: 'Legevaktsjef' },
    ],
    informalContact: 'Månedlige samtaler med kommunalsjefene.',
  };
}

describe(`saveDeltakelse on ${testDatabaseKind}`, () => {
  it('saves representation and both plans, and the deltakelse gaps close', async () => {
    const { id, member } = await insertCooperation(emptyPhase);
    expect(phaseReadiness((await loadDossier(t.db, id))!).deltakelse.missing).toHaveLength(4 + 1 + 4 + 2 + 1);

    const result = await save(fullInput(id, member));
    expect(result).toMatchObject({ ok: true, data: { cooperationId: id, version: 1, result: { created: 0, deleted: 0 } } });

    const d = (await loadDossier(t.db, id))!;
    expect(phaseReadiness(d).deltakelse).toEqual({ ready: true, missing: [] });
    expect(d.members.map((m) => m.representatives)).toEqual([2, 1, 1, 1]);
    expect(d.anchoringPoints.map((p) => p.trigger)).toEqual(expect.arrayContaining([{ type: 'periodisk', frequency: 'kvartalsvis' }, { type: 'hendelse', event: 'aarsmelding' }]));
    expect(d.participation).toEqual({ representation: 'Arendal har to representanter.', informalContact: 'Månedlige samtaler med kommunalsjefene.' });
    const publicFlags = await t.db.select({ p: cooperationMembers.contactPublic }).from(cooperationMembers).where(eq(cooperationMembers.cooperationId, id)).orderBy(asc(cooperationMembers.sortOrder));
    expect(publicFlags.map((r) => r.p)).toEqual([true, false, false, false]);
    // Not running yet: no calendar is generated.
    expect(d.occurrences).toEqual([]);
  });

  it('in drift, changes a public contact person and adds an information item, each logged old → new', async () => {
    const { id } = await insertCooperation((d) => {
      d.state = 'drift';
    });
    const input = deltakelseValues(id, (await loadDeltakelsePhase(t.db, id))!, 0);
    input.members[0] = { ...input.members[0]!, contactPerson: 'Kari Nordmann', contactPublic: true };
    input.informationItems.push({ id: '', audience: 'innbyggere', content: 'Nye åpningstider', timing: 'Fra 1. mai', channel: 'Nettside', place: 'arendal.kommune.no', responsible: 'Legevaktsjef' });
    expect(await save(input)).toMatchObject({ ok: true, data: { version: 1 } });
    const log = await t.db.select().from(changeLog).where(eq(changeLog.cooperationId, id)).orderBy(asc(changeLog.position));
    expect(log.map((r) => [r.section, r.field, r.oldValue, r.newValue, r.public])).toEqual([
      ['deltakelse.representasjon', 'Kontaktperson for Arendal kommune', 'Kontaktperson i Arendal kommune', 'Kari Nordmann', true],
      ['deltakelse.representasjon', 'Kontaktperson for Arendal kommune vises på innsyn', 'Nei', 'Ja', true],
      ['deltakelse.informasjon', 'Tiltak i informasjonsplanen', null, 'Innbyggere: Nye åpningstider – Fra 1. mai – Nettside – arendal.kommune.no – ansvar: Legevaktsjef', false],
    ]);
    expect(log.every((r) => r.unit === 'deltakelse' && r.version === 1 && r.actorName === 'Rune Rådgiver' && r.createdAt.getTime() === NOW.getTime())).toBe(true);
  });

  it('keeps the id of an anchoring point that is sent back and stores named members', async () => {
    const { id, member, uuid } = await insertCooperation(() => {});
    const kept = uuid('a-formannskap');
    const input = fullInput(id, member);
    input.anchoringPoints = [point({ id: kept, frequency: 'halvaarlig' }), point({ body: 'Kontrollutvalget', scope: 'utvalgte', memberIds: [member('arendal'), member('arendal')] })];
    expect((await save(input)).ok).toBe(true);
    const rows = await t.db.select().from(anchoringPoints).where(eq(anchoringPoints.cooperationId, id));
    expect(rows).toHaveLength(2);
    expect(rows.find((r) => r.id === kept)).toMatchObject({ frequency: 'halvaarlig', memberIds: [] });
    expect(rows.find((r) => r.id !== kept)).toMatchObject({ body: 'Kontrollutvalget', memberIds: [member('arendal')] });
  });

  it('in redesign, regenerates future planned occurrences and never touches logged ones', async () => {
    const occurrence = (o: Partial<AnchoringOccurrence> & Pick<AnchoringOccurrence, 'id' | 'anchoringPointId' | 'memberId' | 'dueDate'>): AnchoringOccurrence => ({
      status: 'planlagt',
      heldDate: null,
      saksnummer: null,
      minutesUrl: null,
      ...o,
    });
    const { id, member, uuid } = await insertCooperation((d) => {
      d.state = 'redesign';
      d.occurrences = [
        occurrence({ id: 'o-held', anchoringPointId: 'a-formannskap', memberId: READY_MEMBER_IDS.arendal, dueDate: '2025-12-31', status: 'holdt', heldDate: '2025-12-10', saksnummer: '25/100' }),
        occurrence({ id: 'o-moved', anchoringPointId: 'a-ledergruppe', memberId: READY_MEMBER_IDS.arendal, dueDate: '2026-06-30', status: 'utsatt' }),
        occurrence({ id: 'o-overdue', anchoringPointId: 'a-formannskap', memberId: READY_MEMBER_IDS.grimstad, dueDate: '2025-12-31' }),
        occurrence({ id: 'o-q1', anchoringPointId: 'a-formannskap', memberId: READY_MEMBER_IDS.grimstad, dueDate: '2026-03-31' }),
        occurrence({ id: 'o-leder', anchoringPointId: 'a-ledergruppe', memberId: READY_MEMBER_IDS.grimstad, dueDate: '2026-06-30' }),
      ];
    });
    const rowsOf = async () => t.db.select().from(anchoringOccurrences).where(eq(anchoringOccurrences.cooperationId, id));
    const before = await rowsOf();
    const byId = (rows: typeof before, fixtureId: string) => rows.find((r) => r.id === uuid(fixtureId));

    const input = fullInput(id, member);
    input.anchoringPoints = [
      point({ id: uuid('a-budsjett'), body: 'kommunestyre', triggerType: 'hendelse', event: 'budsjett', frequency: '' }),
      point({ id: uuid('a-formannskap'), body: 'formannskap', frequency: 'halvaarlig' }),
      point({ body: 'Kontrollutvalget', frequency: 'aarlig', scope: 'utvalgte', memberIds: [member('arendal')] }),
    ];
    const result = await save(input);
    // Formannskap twice a year x 4 members, budget once x 4, kontrollutvalg once for Arendal.
    expect(result).toMatchObject({ ok: true, data: { cooperationId: id, result: { created: 13, deleted: 2 } } });

    const after = await rowsOf();
    expect(byId(after, 'o-held')).toEqual(byId(before, 'o-held'));
    expect(byId(after, 'o-overdue')).toEqual(byId(before, 'o-overdue'));
    // The logged occurrence of the removed point survives with its own copy of the facts.
    expect(byId(after, 'o-moved')).toEqual({ ...byId(before, 'o-moved'), anchoringPointId: null });
    expect(byId(after, 'o-q1')).toBeUndefined();
    expect(byId(after, 'o-leder')).toBeUndefined();
    const created = after.filter((r) => !before.some((b) => b.id === r.id));
    expect(created.every((r) => r.status === 'planlagt' && r.dueDate >= '2026-03-01')).toBe(true);
    expect(created.filter((r) => r.body === 'Kontrollutvalget').map((r) => [r.memberId, r.dueDate])).toEqual([[member('arendal'), '2026-12-31']]);
  });

  describe('refusals leave the database unchanged', () => {
    const INVALID = 'Noen av feltene må rettes før du kan lagre.';

    it.each([
      [
        'wrong types',
        (id: string) => ({ cooperationId: id, version: 0, members: [{ memberId: 'x', representatives: '2', contactPublic: 'ja' }], anchoringPoints: {}, informationItems: [] }),
        {
          'members.0.memberId': ['Ukjent deltaker.'],
          'members.0.representatives': ['Skriv antall representanter som et helt tall.'],
          'members.0.contactPublic': ['Velg om kontaktopplysningene skal være offentlige.'],
          anchoringPoints: ['Ugyldig forankringsplan.'],
        },
      ],
      [
        'missing fields',
        (id: string) => ({ cooperationId: id, version: 0, members: [], anchoringPoints: [point({ body: '', frequency: '' })], informationItems: [{ audience: 'innbyggere' }] }),
        {
          'anchoringPoints.0.body': ['Velg eller skriv inn organet.'],
          'anchoringPoints.0.frequency': ['Velg hvor ofte.'],
          'informationItems.0.content': ['Skriv hva som skal formidles.'],
          'informationItems.0.timing': ['Skriv når eller hvor ofte.'],
          'informationItems.0.channel': ['Velg eller skriv inn kanal.'],
          'informationItems.0.responsible': ['Skriv hvem som har ansvaret.'],
        },
      ],
    ])('%s', async (_name, payload, fieldErrors) => {
      const { id } = await insertCooperation(emptyPhase);
      const before = await snapshotDatabase(t.db);
      expect(await save(payload(id))).toEqual({ ok: false, code: 'invalid', message: INVALID, fieldErrors });
      expect(await snapshotDatabase(t.db)).toBe(before);
    });

    it('members of another cooperation, in the member list and in a point', async () => {
      const other = await insertCooperation(emptyPhase);
      const { id, member } = await insertCooperation(emptyPhase);
      const input = fullInput(id, member);
      input.members[2] = { ...input.members[2]!, memberId: other.member('lillesand') };
      input.anchoringPoints.push(point({ scope: 'utvalgte', memberIds: [member('arendal'), other.member('arendal')] }));
      const before = await snapshotDatabase(t.db);
      expect(await save(input)).toEqual({
        ok: false,
        code: 'invalid',
        message: INVALID,
        fieldErrors: { 'members.2.memberId': ['Deltakeren er ikke med i dette samarbeidet.'], 'anchoringPoints.2.memberIds': ['Deltakeren er ikke med i dette samarbeidet.'] },
      });
      expect(await snapshotDatabase(t.db)).toBe(before);
    });

    it('a cooperation waiting for member decisions, or broken off', async () => {
      for (const state of ['medlemsvedtak', 'avbrutt'] as const) {
        const { id, member } = await insertCooperation((d) => {
          emptyPhase(d);
          d.state = state;
        });
        const before = await snapshotDatabase(t.db);
        expect(await save(fullInput(id, member))).toEqual({ ok: false, code: 'invalid', message: frozenMessage(state) });
        expect(await snapshotDatabase(t.db)).toBe(before);
      }
    });

    it('a save over someone else’s newer save: a conflict, nothing written, and the newer values returned', async () => {
      const { id } = await insertCooperation((d) => {
        d.state = 'drift';
      });
      const loaded = deltakelseValues(id, (await loadDeltakelsePhase(t.db, id))!, 0);
      const first = structuredClone(loaded);
      first.informationItems.push({ id: '', audience: 'media', content: 'Pressemelding om åpningstider', timing: 'Ved endringer', channel: 'Nyhetsbrev', place: '', responsible: 'Legevaktsjef' });
      expect(await save(first)).toMatchObject({ ok: true, data: { version: 1, changed: 1 } });
      const before = await snapshotDatabase(t.db);
      const second = structuredClone(loaded);
      second.informalContact = 'Ukentlige samtaler.';
      const result = await save(second);
      expect(result).toMatchObject({ ok: false, code: 'conflict', message: CONFLICT_MESSAGE, conflict: { version: 1 } });
      if (result.ok || !result.conflict) throw new Error('expected a conflict');
      expect(result.conflict.changes.map((c) => [c.field, c.old, c.new])).toEqual([
        ['Tiltak i informasjonsplanen', null, 'Media: Pressemelding om åpningstider – Ved endringer – Nyhetsbrev – ansvar: Legevaktsjef'],
      ]);
      expect((result.conflict.values as { informationItems: unknown[] }).informationItems).toHaveLength(loaded.informationItems.length + 1);
      expect(await snapshotDatabase(t.db)).toBe(before);
    });

    it('a sponsor may not edit; the operative leader may', async () => {
      const { id, member } = await insertCooperation(emptyPhase);
      const sponsor = await createTestUser(t.db, { name: 'Per Politiker', role: 'politisk_sponsor', cooperationId: id });
      const leader = await createTestUser(t.db, { name: 'Ola Operativ', role: 'operativ_leder', cooperationId: id });
      const before = await snapshotDatabase(t.db);
      expect(await save(fullInput(id, member), sponsor)).toMatchObject({ ok: false, code: 'forbidden' });
      expect(await snapshotDatabase(t.db)).toBe(before);
      expect((await save(fullInput(id, member), leader)).ok).toBe(true);
    });
  });
});
