import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDb, testDatabaseKind, type TestDb } from '@/testing/db';
import { createTestUser, fixtureUuid, insertCooperationFromDossier, snapshotDatabase } from '@/testing/cooperation';
import { seedReferenceData } from '@/db/seed/reference';
import { anchoringOccurrences, informationExecutions } from '@/db/schema';
import { MESSAGES, runAction, type ActionContext } from '@/lib/server/action';
import type { SessionUser } from '@/lib/pure/auth/roles';
import type { AnchoringOccurrence, Dossier } from '@/lib/pure/domain/dossier';
import { READY_MEMBER_IDS, readyDossier } from '@/testing/fixtures/domain';
import type { LogExecutionInput, LogOccurrenceInput } from '@/lib/pure/validation/follow-up';
import { CLOSED_MESSAGE, logExecution, logExecutionSpec, logOccurrence, logOccurrenceSpec } from './follow-up';

type MemberKey = keyof typeof READY_MEMBER_IDS;

let t: TestDb;
const NOW = new Date('2026-03-01T09:00:00Z');

beforeAll(async () => {
  t = await createTestDb();
  await seedReferenceData(t.db);
});
afterAll(async () => t?.close());

const deps = (user: SessionUser) => ({ getUser: async () => user, getDb: async () => t.db });
const logO = (input: unknown, user: SessionUser) => runAction(logOccurrenceSpec, (i, ctx: ActionContext) => logOccurrence(i, ctx, NOW), input, deps(user));
const logE = (input: unknown, user: SessionUser) => runAction(logExecutionSpec, (i, ctx: ActionContext) => logExecution(i, ctx, NOW), input, deps(user));

const planned = (id: string, memberId: string, dueDate: string): AnchoringOccurrence => ({
  id,
  anchoringPointId: 'a-formannskap',
  memberId,
  dueDate,
  status: 'planlagt',
  heldDate: null,
  saksnummer: null,
  minutesUrl: null,
});

/** A cooperation in drift with the Q1 formannskap briefing planned for every member, and its people. */
async function setup(change: (d: Dossier) => void = () => {}) {
  const d = readyDossier();
  d.state = 'drift';
  d.startDate = '2025-01-01';
  d.occurrences = (Object.keys(READY_MEMBER_IDS) as MemberKey[]).map((k) => planned(`o-${k}`, READY_MEMBER_IDS[k], '2026-03-31'));
  change(d);
  const id = await insertCooperationFromDossier(t.db, d);
  const people = {
    leader: await createTestUser(t.db, { name: 'Ola Operativ', role: 'operativ_leder', cooperationId: id }),
    lillesandSponsor: await createTestUser(t.db, { name: 'Per Politiker', role: 'politisk_sponsor', kommunenummer: '4215', cooperationId: id }),
    grimstadRadmann: await createTestUser(t.db, { name: 'Rune Rådgiver', role: 'radmannsteam', kommunenummer: '4202' }),
    folkevalgt: await createTestUser(t.db, { name: 'Frida Folkevalgt', role: 'folkevalgt', kommunenummer: '4203' }),
    outsider: await createTestUser(t.db, { name: 'Vera Vestland', role: 'radmannsteam', kommunenummer: '4601' }),
  };
  return { id, occurrence: (k: MemberKey) => fixtureUuid(id, `o-${k}`), item: (fixtureId: string) => fixtureUuid(id, fixtureId), people };
}

const rowOf = async (id: string) => (await t.db.select().from(anchoringOccurrences).where(eq(anchoringOccurrences.id, id)))[0]!;

const held = (cooperationId: string, occurrenceId: string, extra: Partial<LogOccurrenceInput> = {}): LogOccurrenceInput => ({
  cooperationId,
  occurrenceId,
  status: 'holdt',
  heldDate: '2026-02-24',
  saksnummer: '26/1207',
  minutesUrl: 'https://innsyn.lillesand.kommune.no/mote/2026-02-24',
  newDate: '',
  note: '',
  ...extra,
});

describe(`logOccurrence on ${testDatabaseKind}`, () => {
  it('the operative leader records a point as held, with case number and minutes', async () => {
    const { id, occurrence, people } = await setup();
    expect(await logO(held(id, occurrence('lillesand')), people.leader)).toEqual({
      ok: true,
      data: { cooperationId: id, occurrenceId: occurrence('lillesand'), status: 'holdt', kommunenummer: '4215' },
    });
    expect(await rowOf(occurrence('lillesand'))).toMatchObject({
      status: 'holdt',
      heldDate: '2026-02-24',
      saksnummer: '26/1207',
      minutesUrl: 'https://innsyn.lillesand.kommune.no/mote/2026-02-24',
      note: null,
      loggedBy: people.leader.id,
      loggedAt: NOW,
    });
  });

  it('moved keeps the due date and stores the new one; held later keeps the reason', async () => {
    const { id, occurrence, people } = await setup();
    const move = { status: 'utsatt' as const, heldDate: '2026-02-24', newDate: '2026-04-14', note: 'Formannskapet flyttet møtet etter påske.' };
    expect((await logO(held(id, occurrence('grimstad'), move), people.grimstadRadmann)).ok).toBe(true);
    // Fields the outcome does not use are dropped, whatever the form sent.
    expect(await rowOf(occurrence('grimstad'))).toMatchObject({ status: 'utsatt', dueDate: '2026-03-31', heldDate: '2026-04-14', saksnummer: null, minutesUrl: null, note: move.note });
    expect((await logO(held(id, occurrence('grimstad'), { heldDate: '2026-03-01' }), people.grimstadRadmann)).ok).toBe(true);
    expect(await rowOf(occurrence('grimstad'))).toMatchObject({ status: 'holdt', heldDate: '2026-03-01', note: move.note });
  });

  it('missed, with a reason', async () => {
    const { id, occurrence, people } = await setup();
    const input = held(id, occurrence('lillesand'), { status: 'ikke_holdt', note: 'Saken falt ut av møteplanen.' });
    expect((await logO(input, people.lillesandSponsor)).ok).toBe(true);
    expect(await rowOf(occurrence('lillesand'))).toMatchObject({ status: 'ikke_holdt', heldDate: null, saksnummer: null, note: 'Saken falt ut av møteplanen.' });
  });

  describe('refusals leave the database unchanged', () => {
    it.each([
      ['a sponsor, for another member', 'lillesandSponsor', 'arendal', 'forbidden'],
      ["a rådmannsteam, for another member's point", 'grimstadRadmann', 'froland', 'forbidden'],
      ['an elected member who may only read', 'folkevalgt', 'arendal', 'forbidden'],
      ['someone outside the cooperation', 'outsider', 'arendal', 'forbidden'],
    ] as const)('%s', async (_name, who, member, code) => {
      const { id, occurrence, people } = await setup();
      const before = await snapshotDatabase(t.db);
      expect(await logO(held(id, occurrence(member)), people[who])).toEqual({ ok: false, code, message: MESSAGES[code] });
      expect(await snapshotDatabase(t.db)).toBe(before);
    });

    it.each([
      ['held without a date', { heldDate: '' }, { heldDate: ['Skriv inn datoen forankringen ble holdt.'] }],
      ['moved without date and reason', { status: 'utsatt', newDate: ' ', note: '' }, { newDate: ['Skriv inn den nye datoen.'], note: ['Skriv kort hvorfor forankringen ble flyttet.'] }],
      ['a bad date and a bad link', { heldDate: '31.02.2026', minutesUrl: 'referat' }, { heldDate: ['Skriv en gyldig dato, for eksempel 12.03.2026.'], minutesUrl: ['Skriv inn en gyldig nettadresse som begynner med https://'] }],
      ['wrong types', { status: 'avlyst', occurrenceId: 7, saksnummer: ['26/1'] }, { occurrenceId: ['Ugyldig forankring. Last siden på nytt og prøv igjen.'], status: ['Velg om forankringen ble holdt, ikke holdt eller flyttet.'], saksnummer: ['Feltet må inneholde tekst.'] }],
      ['held in the future', { heldDate: '2026-03-02' }, { heldDate: ['Datoen kan ikke være fram i tid.'] }],
      ['moved into the past', { status: 'utsatt', newDate: '2026-02-27', note: 'Flyttet.' }, { newDate: ['Den nye datoen kan ikke være tilbake i tid.'] }],
    ])('%s', async (_name, extra, fieldErrors) => {
      const { id, occurrence, people } = await setup();
      const before = await snapshotDatabase(t.db);
      const result = await logO({ ...held(id, occurrence('arendal')), ...extra }, people.leader);
      expect(result).toEqual({ ok: false, code: 'invalid', message: MESSAGES.invalid, fieldErrors });
      expect(await snapshotDatabase(t.db)).toBe(before);
    });

    it("another cooperation's occurrence, and a closed cooperation", async () => {
      const other = await setup();
      const { id, people } = await setup();
      const before = await snapshotDatabase(t.db);
      expect(await logO(held(id, other.occurrence('arendal')), people.leader)).toEqual({ ok: false, code: 'not_found', message: MESSAGES.not_found });
      expect(await snapshotDatabase(t.db)).toBe(before);
      const closed = await setup((d) => {
        d.state = 'avviklet';
      });
      const beforeClosed = await snapshotDatabase(t.db);
      expect(await logO(held(closed.id, closed.occurrence('arendal')), closed.people.leader)).toEqual({ ok: false, code: 'invalid', message: CLOSED_MESSAGE });
      expect(await snapshotDatabase(t.db)).toBe(beforeClosed);
    });
  });
});

const execution = (cooperationId: string, informationItemId: string, extra: Partial<LogExecutionInput> = {}): LogExecutionInput => ({
  cooperationId,
  informationItemId,
  executedOn: '2026-02-12',
  description: 'Orientering om økonomi og ventetider i formannskapet.',
  url: '',
  ...extra,
});

describe(`logExecution on ${testDatabaseKind}`, () => {
  it('the operative leader and a sponsor log executions of the plan', async () => {
    const { id, item, people } = await setup();
    const first = await logE(execution(id, item('i-politikere')), people.leader);
    expect(first).toMatchObject({ ok: true, data: { cooperationId: id } });
    expect((await logE(execution(id, item('i-innbyggere'), { executedOn: '01.03.2026', url: 'https://legevakt.no/nytt' }), people.lillesandSponsor)).ok).toBe(true);
    const rows = await t.db.select().from(informationExecutions).where(eq(informationExecutions.cooperationId, id));
    expect(rows.map((r) => [r.informationItemId, r.executedOn, r.url, r.loggedBy])).toEqual(
      expect.arrayContaining([
        [item('i-politikere'), '2026-02-12', null, people.leader.id],
        [item('i-innbyggere'), '2026-03-01', 'https://legevakt.no/nytt', people.lillesandSponsor.id],
      ]),
    );
  });

  describe('refusals leave the database unchanged', () => {
    it('an elected member who may only read', async () => {
      const { id, item, people } = await setup();
      const before = await snapshotDatabase(t.db);
      expect(await logE(execution(id, item('i-politikere')), people.folkevalgt)).toEqual({ ok: false, code: 'forbidden', message: MESSAGES.forbidden });
      expect(await snapshotDatabase(t.db)).toBe(before);
    });

    it.each([
      ['empty', { executedOn: '', description: '  ' }, { executedOn: ['Skriv inn datoen tiltaket ble gjennomført.'], description: ['Beskriv kort hva som ble gjort.'] }],
      ['a bad link and wrong types', { url: 'nettside', informationItemId: null, description: 5 }, { informationItemId: ['Ugyldig tiltak. Last siden på nytt og prøv igjen.'], description: ['Beskriv kort hva som ble gjort.'], url: ['Skriv inn en gyldig nettadresse som begynner med https://'] }],
      ['in the future', { executedOn: '2026-03-02' }, { executedOn: ['Datoen kan ikke være fram i tid.'] }],
    ])('%s', async (_name, extra, fieldErrors) => {
      const { id, item, people } = await setup();
      const before = await snapshotDatabase(t.db);
      expect(await logE({ ...execution(id, item('i-politikere')), ...extra }, people.leader)).toEqual({ ok: false, code: 'invalid', message: MESSAGES.invalid, fieldErrors });
      expect(await snapshotDatabase(t.db)).toBe(before);
    });

    it("another cooperation's item", async () => {
      const other = await setup();
      const { id, people } = await setup();
      const before = await snapshotDatabase(t.db);
      expect(await logE(execution(id, other.item('i-politikere')), people.leader)).toEqual({ ok: false, code: 'not_found', message: MESSAGES.not_found });
      expect(await snapshotDatabase(t.db)).toBe(before);
    });
  });
});
