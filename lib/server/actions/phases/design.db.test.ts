import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import { contentVersion } from '@/db/queries/change-log';
import { loadDossier } from '@/db/queries/dossier';
import { changeLog, cooperations } from '@/db/schema';
import { seedReferenceData } from '@/db/seed/reference';
import { runAction } from '@/lib/server/action';
import type { SessionUser } from '@/lib/pure/auth/roles';
import { type Dossier } from '@/lib/pure/domain/dossier';
import { emptyDesign } from '@/lib/pure/domain/empty-dossier';
import { lockedMessage } from '@/lib/pure/domain/section-locked';
import { readyDossier } from '@/testing/fixtures/domain';
import { phaseReadiness } from '@/lib/pure/domain/readiness';
import { createTestDb, type TestDb } from '@/testing/db';
import { createTestUser, insertCooperationFromDossier, snapshotDatabase } from '@/testing/cooperation';
import { designDefaults, type DesignInput } from '@/lib/pure/validation/phases/design';
import { CONFLICT_MESSAGE } from '../section-save';
import { LEGACY_FORM_MESSAGE, NOT_A_MEMBER_MESSAGE, saveDesign, saveDesignSpec } from './design';

const users = new Map<string, SessionUser>();
function userWith(role: 'radmannsteam' | 'folkevalgt', kommunenummer: string): SessionUser {
  const user = users.get(`${role}:${kommunenummer}`);
  if (!user) throw new Error(`no test user ${role} ${kommunenummer}`);
  return user;
}
const radmannsteamUserFor = (kommunenummer: string) => userWith('radmannsteam', kommunenummer);

/** Members and framing of readyDossier(), every member a plain participant, no design yet. */
function undesignedDossier(state: Dossier['state']): Dossier {
  const d = readyDossier();
  d.id = randomUUID();
  d.state = state;
  d.design = emptyDesign();
  d.members = d.members.map((m) => ({ ...m, role: 'deltaker' }));
  return d;
}

let t: TestDb;
let id: string;
let driftId: string;
let stored: Dossier;
let version: number;
const NOW = new Date('2026-05-04T08:30:00Z');

const run = (payload: unknown, user: SessionUser = radmannsteamUserFor('4202')) =>
  runAction(saveDesignSpec, saveDesign, payload, { getUser: async () => user, getDb: async () => t.db, getNow: () => NOW });

function validPayload(cooperationId = id, members = stored.members, v = version): DesignInput {
  return {
    scope: 'alt',
    cooperationId,
    version: v,
    legalForm: 'vertskommune_nemnd',
    legalFormRationale: 'Legevakt krever enkeltvedtak; nemnda gir alle kommunene innflytelse.',
    members: members.map((m, i) => ({ id: m.id, role: i === 0 ? 'vertskommune' : 'samarbeidskommune' })),
    bodies: [
      {
        id: '',
        name: 'Felles folkevalgt nemnd for legevakt',
        kind: 'felles_folkevalgt_nemnd',
        seats: Object.fromEntries(members.map((m, i) => [m.id, i === 0 ? '2' : '1'])),
        rotatingChair: true,
      },
    ],
    leader: { name: 'Kari Nordmann', title: 'Legevaktsjef', recruitment: 'ekstern', funding: 'Full stilling i budsjettet.' },
    mandate: {
      alone: [{ text: 'Vaktplaner innenfor budsjett' }, { text: '   ' }],
      administrative: [{ text: 'Endringer i åpningstid' }],
      political: [{ text: 'Budsjett og økonomiplan' }, { text: 'Lokalisering' }],
    },
    workingMethods: 'Månedlige driftsmøter med kommuneoverlegene.',
  };
}

beforeAll(async () => {
  t = await createTestDb();
  await seedReferenceData(t.db);
  for (const [role, kommunenummer] of [['radmannsteam', '4202'], ['radmannsteam', '5001'], ['folkevalgt', '4202']] as const) {
    users.set(`${role}:${kommunenummer}`, await createTestUser(t.db, { name: `Test ${role}`, role, kommunenummer }));
  }
  id = await insertCooperationFromDossier(t.db, undesignedDossier('etablering'));
  driftId = await insertCooperationFromDossier(t.db, undesignedDossier('drift'));
});
afterAll(async () => t?.close());
beforeEach(async () => {
  version = await contentVersion(t.db, id, 'design');
  stored = (await loadDossier(t.db, id))!;
});

describe('saving the design phase', () => {
  it('saves form, roles, bodies, leader and mandate, and the phase becomes ready', async () => {
    expect(phaseReadiness(stored).design.missing).toEqual(
      expect.arrayContaining([
        'Mangler valg av organisasjonsform',
        'Mangler begrunnelse for valg av organisasjonsform',
        'Mangler minst ett styringsorgan',
        'Mangler navn på operativ leder',
        'Mandatet mangler beslutninger som krever politisk forankring',
        'Mangler beskrivelse av arbeidsform',
      ]),
    );
    const lifecycle = () =>
      t.db
        .select({ state: cooperations.state, stateValue: cooperations.stateValue, snapshot: cooperations.snapshot, rowVersion: cooperations.rowVersion })
        .from(cooperations)
        .where(eq(cooperations.id, id));
    const lifecycleBefore = await lifecycle();

    const result = await run(validPayload());
    expect(result).toMatchObject({ ok: true, data: { cooperationId: id, version: 1, result: null } });

    const after = (await loadDossier(t.db, id))!;
    expect(phaseReadiness(after).design).toEqual({ ready: true, missing: [] });
    expect(after.members.map((m) => m.role)).toEqual(['vertskommune', 'samarbeidskommune', 'samarbeidskommune', 'samarbeidskommune']);
    expect(after.design.mandate).toEqual({
      alone: ['Vaktplaner innenfor budsjett'],
      administrative: ['Endringer i åpningstid'],
      political: ['Budsjett og økonomiplan', 'Lokalisering'],
    });
    const [body] = after.design.bodies;
    expect(body).toMatchObject({ name: 'Felles folkevalgt nemnd for legevakt', kind: 'felles_folkevalgt_nemnd', rotatingChair: true });
    expect(body!.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(body!.seats).toEqual(Object.fromEntries(after.members.map((m, i) => [m.id, i === 0 ? 2 : 1])));
    expect(after.design.leader).toEqual({ name: 'Kari Nordmann', title: 'Legevaktsjef', recruitment: 'ekstern', funding: 'Full stilling i budsjettet.' });
    expect(await lifecycle()).toEqual(lifecycleBefore);
  });

  it('keeps a body’s id when saved again and drops empty seats', async () => {
    const bodyId = stored.design.bodies[0]!.id;
    const payload = validPayload();
    payload.bodies = [{ ...payload.bodies[0]!, id: bodyId, seats: { [stored.members[0]!.id]: '3', [stored.members[1]!.id]: '' } }];
    expect((await run(payload)).ok).toBe(true);
    const after = (await loadDossier(t.db, id))!;
    expect(after.design.bodies.map((b) => b.id)).toEqual([bodyId]);
    expect(after.design.bodies[0]!.seats).toEqual({ [stored.members[0]!.id]: 3 });
  });
});

type Case = [name: string, change: (p: DesignInput) => unknown, field: string | (() => string), message: string];
const firstMemberSeat = () => `bodies.0.seats.${stored.members[0]!.id}`;
const strangerId = randomUUID();

const cases: Case[] = [
  ['unknown legal form code', (p) => ({ ...p, legalForm: 'kommunesammenslaing' }), 'legalForm', 'Velg en organisasjonsform fra listen.'],
  ['legacy form chosen anew', (p) => ({ ...p, legalForm: 'legacy_27_styre' }), 'legalForm', LEGACY_FORM_MESSAGE],
  ['rationale too short', (p) => ({ ...p, legalFormRationale: 'Fordi.' }), 'legalFormRationale', 'Begrunn valget av organisasjonsform med minst 20 tegn.'],
  ['missing rationale', ({ legalFormRationale: _, ...rest }) => rest, 'legalFormRationale', 'Begrunn valget av organisasjonsform med minst 20 tegn.'],
  ['leader of the wrong type', (p) => ({ ...p, leader: 'Kari' }), 'leader', 'Ugyldige opplysninger om operativ leder.'],
  ['bodies of the wrong type', (p) => ({ ...p, bodies: { navn: 'Styret' } }), 'bodies', 'Ugyldige organer.'],
  ['body without a name', (p) => ({ ...p, bodies: [{ ...p.bodies[0]!, name: '' }] }), 'bodies.0.name', 'Gi organet et navn.'],
  ['body of an unknown kind', (p) => ({ ...p, bodies: [{ ...p.bodies[0]!, kind: 'hemmelig_råd' }] }), 'bodies.0.kind', 'Velg hva slags organ dette er.'],
  ['negative seats', (p) => ({ ...p, bodies: [{ ...p.bodies[0]!, seats: { ...p.bodies[0]!.seats, [stored.members[0]!.id]: '-1' } }] }), firstMemberSeat, 'Skriv antall plasser som et helt tall mellom 0 og 50.'],
  ['seats for a stranger', (p) => ({ ...p, members: [...p.members, { id: strangerId, role: 'deltaker' }], bodies: [{ ...p.bodies[0]!, seats: { [strangerId]: '1' } }] }), `bodies.0.seats.${strangerId}`, NOT_A_MEMBER_MESSAGE],
  ['unknown role', (p) => ({ ...p, members: p.members.map((m, i) => (i === 1 ? { ...m, role: 'sjef' } : m)) }), 'members.1.role', 'Velg en rolle for deltakeren.'],
  ['two host municipalities', (p) => ({ ...p, members: p.members.map((m, i) => (i === 2 ? { ...m, role: 'vertskommune' } : m)) }), 'members.2.role', 'Bare én deltaker kan være vertskommune.'],
  ['unknown member id', (p) => ({ ...p, members: p.members.map((m, i) => (i === 3 ? { ...m, id: randomUUID() } : m)) }), 'members.3.id', NOT_A_MEMBER_MESSAGE],
  ['recruitment outside the list', (p) => ({ ...p, leader: { ...p.leader, recruitment: 'headhunter' } }), 'leader.recruitment', 'Velg intern eller ekstern rekruttering.'],
  ['mandate line too long', (p) => ({ ...p, mandate: { ...p.mandate, political: [{ text: 'x'.repeat(301) }] } }), 'mandate.political.0.text', 'Teksten kan være høyst 300 tegn.'],
];

describe('in drift', () => {
  it('changes the operative leader directly (scope drift) and logs it; the locked sections stay as stored', async () => {
    const before = (await loadDossier(t.db, driftId))!;
    const v = await contentVersion(t.db, driftId, 'design');
    const form = { ...designDefaults(before, v), scope: 'drift', legalForm: 'iks', leader: { name: 'Siri Ny', title: 'Daglig leder', recruitment: 'intern', funding: '' } };
    expect(await run(form)).toMatchObject({ ok: true, data: { version: v + 1 } });
    const after = (await loadDossier(t.db, driftId))!;
    expect(after.design.leader).toEqual({ name: 'Siri Ny', title: 'Daglig leder', recruitment: 'intern', funding: null });
    expect(after.design.legalForm).toBe(before.design.legalForm);
    const log = await t.db.select().from(changeLog).where(eq(changeLog.cooperationId, driftId)).orderBy(asc(changeLog.position));
    expect(log.map((r) => [r.section, r.field, r.oldValue, r.newValue])).toEqual([
      ['design.leder', 'Operativ leder', null, 'Siri Ny'],
      ['design.leder', 'Stillingen til operativ leder', null, 'Daglig leder'],
      ['design.leder', 'Rekruttering av operativ leder', null, 'Intern'],
    ]);
    expect(log.every((r) => r.createdAt.getTime() === NOW.getTime() && r.actorName === 'Test radmannsteam')).toBe(true);
  });

  it('accepts a whole-design save from a page loaded before the start, when only what may change in drift changed', async () => {
    const current = (await loadDossier(t.db, driftId))!;
    const v = await contentVersion(t.db, driftId, 'design');
    const form = designDefaults(current, v);
    expect(await run({ ...form, workingMethods: 'Samlinger hvert kvartal.' })).toMatchObject({ ok: true, data: { version: v + 1, changed: 1 } });
  });
});

describe('refused design payloads leave the database unchanged', () => {
  it.each(cases)('%s', async (_name, change, field, message) => {
    const before = await snapshotDatabase(t.db);
    const result = await run(change(validPayload()));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe('invalid');
    expect(result.fieldErrors?.[typeof field === 'function' ? field() : field]).toEqual([message]);
    for (const messages of Object.values(result.fieldErrors ?? {})) {
      for (const m of messages) expect(m).not.toMatch(/invalid|expected|received|required/i);
    }
    expect(await snapshotDatabase(t.db)).toBe(before);
  });

  it('refuses changes that need member decisions in drift, naming them and how to propose them', async () => {
    // A complete design: everything in those sections is recorded, so nothing is a blank to fill in.
    const completeId = await insertCooperationFromDossier(t.db, { ...readyDossier(), id: randomUUID(), state: 'drift' });
    const complete = (await loadDossier(t.db, completeId))!;
    const before = await snapshotDatabase(t.db);
    // The roles it sends are the ones recorded, so they are no change.
    expect(await run(validPayload(completeId, complete.members, 0))).toEqual({
      ok: false,
      code: 'invalid',
      message: lockedMessage('drift', ['design.organisasjonsform', 'design.organer', 'design.mandat']),
    });
    expect(await snapshotDatabase(t.db)).toBe(before);
  });

  it('in drift, fills in the blanks (form, rationale, bodies, mandate) but refuses the recorded roles, writing nothing', async () => {
    // The undesigned cooperation in drift is one registered as existing: its design is blank,
    // its members' roles are recorded (lib/pure/domain/completion.ts).
    const drift = (await loadDossier(t.db, driftId))!;
    const before = await snapshotDatabase(t.db);
    expect(await run(validPayload(driftId, drift.members, await contentVersion(t.db, driftId, 'design')))).toEqual({
      ok: false,
      code: 'invalid',
      message: lockedMessage('drift', ['design.roller']),
    });
    expect(await snapshotDatabase(t.db)).toBe(before);
  });

  it('refuses a save over someone else’s newer save, with the newer values', async () => {
    const first = validPayload();
    expect(await run({ ...first, workingMethods: 'Ukentlige driftsmøter.' })).toMatchObject({ ok: true, data: { version: version + 1 } });
    const before = await snapshotDatabase(t.db);
    const result = await run({ ...first, leader: { ...first.leader, name: 'Ola Normann' } });
    expect(result).toMatchObject({ ok: false, code: 'conflict', message: CONFLICT_MESSAGE, conflict: { version: version + 1 } });
    if (result.ok || !result.conflict) throw new Error('expected a conflict');
    expect((result.conflict.values as DesignInput).workingMethods).toBe('Ukentlige driftsmøter.');
    expect(result.conflict.changes.map((c) => [c.section, c.field, c.new])).toContainEqual(['Arbeidsform', 'Arbeidsform', 'Ukentlige driftsmøter.']);
    expect(await snapshotDatabase(t.db)).toBe(before);
  });

  it('refuses users without edit rights', async () => {
    const before = await snapshotDatabase(t.db);
    expect(await run(validPayload(), radmannsteamUserFor('5001'))).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await run(validPayload(), userWith('folkevalgt', '4202'))).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await snapshotDatabase(t.db)).toBe(before);
  });
});
