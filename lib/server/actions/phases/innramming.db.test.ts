import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import { contentVersion } from '@/db/queries/change-log';
import { loadDossier } from '@/db/queries/dossier';
import { changeLog, cooperationMembers, cooperations } from '@/db/schema';
import { seedReferenceData } from '@/db/seed/reference';
import { runAction } from '@/lib/server/action';
import type { SessionUser } from '@/lib/pure/auth/roles';
import { type Dossier } from '@/lib/pure/domain/dossier';
import { emptyFraming } from '@/lib/pure/domain/empty-dossier';
import { lockedMessage } from '@/lib/pure/domain/section-locked';
import { readyDossier } from '@/testing/fixtures/domain';
import { legalForm } from '@/lib/pure/domain/legal-forms';
import { phaseReadiness } from '@/lib/pure/domain/readiness';
import { createTestDb, type TestDb } from '@/testing/db';
import { createTestUser, insertCooperationFromDossier, snapshotDatabase } from '@/testing/cooperation';
import { NOK_FORMAT_MESSAGE, NOK_NEGATIVE_MESSAGE } from '@/lib/pure/validation/phases/common';
import { innrammingDefaults, type InnrammingInput } from '@/lib/pure/validation/phases/innramming';
import { CONFLICT_MESSAGE } from '../section-save';
import { NOT_A_MEMBER_MESSAGE, saveInnramming, saveInnrammingSpec } from './innramming';
import { nb } from '@/testing/validation-words';

const users = new Map<string, SessionUser>();
function userWith(role: 'radmannsteam' | 'folkevalgt', kommunenummer: string): SessionUser {
  const user = users.get(`${role}:${kommunenummer}`);
  if (!user) throw new Error(`no test user ${role} ${kommunenummer}`);
  return user;
}
const radmannsteamUserFor = (kommunenummer: string) => userWith('radmannsteam', kommunenummer);

/** Members, roles and design of readyDossier(), but nothing of the framing filled in yet. */
function unframedDossier(state: Dossier['state']): Dossier {
  const d = readyDossier();
  d.id = randomUUID();
  d.state = state;
  d.goals = [];
  d.framing = emptyFraming();
  d.members = d.members.map((m) => ({ ...m, population: null, expectedBenefit: null }));
  return d;
}

let t: TestDb;
let id: string;
let driftId: string;
let otherMemberId: string;
let stored: Dossier;
let version: number;
const NOW = new Date('2026-05-04T08:30:00Z');

const run = (payload: unknown, user: SessionUser = radmannsteamUserFor('4203')) =>
  runAction(saveInnrammingSpec, saveInnramming, payload, { getUser: async () => user, getDb: async () => t.db, getNow: () => NOW });

function validPayload(cooperationId = id, members = stored.members, v = version): InnrammingInput {
  const shares = ['40', '30', '20', '10'];
  const items = legalForm(stored.design.legalForm)?.agreementItems ?? [];
  return {
    scope: 'alt',
    cooperationId,
    version: v,
    goals: [
      { id: '', statement: 'Kortere ventetid på legevakten', indicator: 'Median ventetid', baseline: '75 minutter', target: '45 minutter', deadline: '31.12.2027' },
    ],
    budget: '1 250 000,50',
    financing: 'Bidrag fra kommunene etter fordelingsnøkkel.',
    costKeyKind: 'faste_andeler',
    fixedPartPercent: '',
    members: members.map((m, i) => ({
      id: m.id,
      population: '10 000',
      usage: '',
      fixedSharePercent: shares[i] ?? '0',
      expectedBenefit: `${m.name} får en stabil legevakt.`,
    })),
    hostCompensation: '450 000',
    hostCompensationNote: '',
    agreementChecklist: Object.fromEntries(items.map((item) => [item.id, true])),
    strategyPlan: 'Strategiplan 2026–2029',
    actionPlan: '',
    annualReport: true,
    accounts: true,
    ownerStrategy: '',
    evaluationIntervalMonths: '12',
  };
}

beforeAll(async () => {
  t = await createTestDb();
  await seedReferenceData(t.db);
  for (const [role, kommunenummer] of [['radmannsteam', '4203'], ['radmannsteam', '0301'], ['folkevalgt', '4203']] as const) {
    users.set(`${role}:${kommunenummer}`, await createTestUser(t.db, { name: `Test ${role}`, role, kommunenummer }));
  }
  id = await insertCooperationFromDossier(t.db, unframedDossier('etablering'));
  driftId = await insertCooperationFromDossier(t.db, unframedDossier('drift'));
  const drift = await loadDossier(t.db, driftId);
  otherMemberId = drift!.members[0]!.id;
});
afterAll(async () => t?.close());
beforeEach(async () => {
  version = await contentVersion(t.db, id, 'innramming');
  stored = (await loadDossier(t.db, id))!;
});

describe('saving the innramming phase', () => {
  it('saves goals, budget, cost key, members and reporting, and the phase becomes ready', async () => {
    const before = phaseReadiness(stored).innramming.missing;
    expect(before).toEqual(
      expect.arrayContaining([
        'Mangler minst ett mål for samarbeidet',
        'Mangler årsbudsjett',
        'Mangler fordelingsnøkkel for kostnadene',
        'Mangler forventet nytte for Arendal kommune',
        'Mangler kompensasjon til Arendal kommune som vertskommune',
        'Mangler ordning for årsmelding',
        'Mangler ordning for regnskap',
      ]),
    );
    const [lifecycleBefore] = await t.db
      .select({ state: cooperations.state, stateValue: cooperations.stateValue, snapshot: cooperations.snapshot, rowVersion: cooperations.rowVersion })
      .from(cooperations)
      .where(eq(cooperations.id, id));

    const result = await run(validPayload());
    expect(result).toMatchObject({ ok: true, data: { cooperationId: id, version: 1, result: null } });

    const after = (await loadDossier(t.db, id))!;
    expect(phaseReadiness(after).innramming).toEqual({ ready: true, missing: [] });
    expect(after.framing).toMatchObject({
      budgetOre: 125_000_050,
      costKey: { kind: 'faste_andeler', fixedPartPercent: null },
      hostCompensationOre: 45_000_000,
      hostCompensationNote: null,
      strategyPlan: 'Strategiplan 2026–2029',
      actionPlan: null,
      evaluationIntervalMonths: 12,
    });
    expect(after.goals).toEqual([
      expect.objectContaining({ statement: 'Kortere ventetid på legevakten', indicator: 'Median ventetid', deadline: '2027-12-31' }),
    ]);
    expect(after.members.map((m) => [m.fixedSharePercent, m.population])).toEqual([
      [40, 10_000],
      [30, 10_000],
      [20, 10_000],
      [10, 10_000],
    ]);
    expect(after.members[0]!.expectedBenefit).toBe('Arendal kommune får en stabil legevakt.');
    const [lifecycleAfter] = await t.db
      .select({ state: cooperations.state, stateValue: cooperations.stateValue, snapshot: cooperations.snapshot, rowVersion: cooperations.rowVersion })
      .from(cooperations)
      .where(eq(cooperations.id, id));
    expect(lifecycleAfter).toEqual(lifecycleBefore);
  });

  it('keeps the ids of existing goals, drops removed ones and keeps ticks of other forms', async () => {
    await t.db
      .update(cooperations)
      .set({ framing: { ...stored.framing, agreementChecklist: { ...stored.framing.agreementChecklist, 'punkt-fra-annen-form': true } } })
      .where(eq(cooperations.id, id));
    const first = (await loadDossier(t.db, id))!.goals[0]!;
    const payload = validPayload();
    payload.goals = [
      { id: randomUUID(), statement: 'Nytt mål med fremmed id', indicator: '', baseline: '', target: '', deadline: '' },
      { ...payload.goals[0]!, id: first.id, statement: 'Kortere ventetid (justert)' },
    ];
    payload.agreementChecklist = { ...payload.agreementChecklist, 'ukjent-punkt': true };
    expect((await run(payload)).ok).toBe(true);
    const after = (await loadDossier(t.db, id))!;
    expect(after.goals.map((g) => g.statement)).toEqual(['Nytt mål med fremmed id', 'Kortere ventetid (justert)']);
    expect(after.goals[1]!.id).toBe(first.id);
    expect(after.goals[0]!.id).not.toBe(payload.goals[0]!.id);
    expect(after.framing.agreementChecklist['punkt-fra-annen-form']).toBe(true);
    expect(after.framing.agreementChecklist['ukjent-punkt']).toBeUndefined();
    expect(phaseReadiness(after).innramming.missing).toEqual([
      'Mål «Nytt mål med fremmed id» mangler indikator',
      'Mål «Nytt mål med fremmed id» mangler utgangsverdi',
      'Mål «Nytt mål med fremmed id» mangler målverdi',
      'Mål «Nytt mål med fremmed id» mangler frist',
    ]);
  });
});

describe('in drift', () => {
  it('changes expected benefit and reporting directly (scope drift) and logs them; the cost key stays as stored', async () => {
    const before = (await loadDossier(t.db, driftId))!;
    const v = await contentVersion(t.db, driftId, 'innramming');
    const form = innrammingDefaults(before, v);
    form.members = form.members.map((m, i) => (i === 0 ? { ...m, expectedBenefit: 'Kortere reisevei for innbyggerne.', population: '1' } : m));
    const result = await run({ ...form, scope: 'drift', costKeyKind: 'likt', evaluationIntervalMonths: '24' });
    expect(result).toMatchObject({ ok: true, data: { version: v + 1, changed: 2 } });
    const after = (await loadDossier(t.db, driftId))!;
    expect(after.members[0]!.expectedBenefit).toBe('Kortere reisevei for innbyggerne.');
    expect(after.members[0]!.population).toBe(before.members[0]!.population);
    expect(after.framing.costKey).toEqual(before.framing.costKey);
    expect(after.framing.evaluationIntervalMonths).toBe(24);
    const log = await t.db.select().from(changeLog).where(eq(changeLog.cooperationId, driftId)).orderBy(asc(changeLog.position));
    expect(log.map((r) => [r.section, r.field, r.oldValue, r.newValue])).toEqual([
      ['innramming.nytte', 'Forventet nytte for Arendal kommune', null, 'Kortere reisevei for innbyggerne.'],
      ['innramming.rapportering', 'Måneder mellom evalueringene', '12', '24'],
    ]);
  });

  it("assesses a member's expected benefit on the scale in drift (scope drift) and logs the level", async () => {
    const v = await contentVersion(t.db, driftId, 'innramming');
    const form = innrammingDefaults((await loadDossier(t.db, driftId))!, v);
    form.members = form.members.map((m, i) => (i === 1 ? { ...m, expectedBenefitLevel: 'lav' } : m));
    expect(await run({ ...form, scope: 'drift' })).toMatchObject({ ok: true, data: { version: v + 1, changed: 1 } });
    const after = (await loadDossier(t.db, driftId))!;
    expect(after.members[1]!.expectedBenefitLevel).toBe('lav');
    const log = await t.db.select().from(changeLog).where(eq(changeLog.cooperationId, driftId)).orderBy(asc(changeLog.position));
    expect(log.filter((r) => r.version === v + 1).map((r) => [r.section, r.field, r.oldValue, r.newValue])).toEqual([['innramming.nytte', `Nytte for ${after.members[1]!.name}`, 'Høy', 'Lav']]);
  });

  it('saves for a member whose decided leave is still ahead: a member until then (notEndedOn), not skipped', async () => {
    const loaded = (await loadDossier(t.db, driftId))!;
    const leaving = loaded.members[1]!;
    await t.db.update(cooperationMembers).set({ leftAt: '2026-12-31' }).where(eq(cooperationMembers.id, leaving.id));
    const form = innrammingDefaults((await loadDossier(t.db, driftId))!, await contentVersion(t.db, driftId, 'innramming'));
    form.members = form.members.map((m) => (m.id === leaving.id ? { ...m, expectedBenefit: 'Ordnet overgang til egen tjeneste.' } : m));
    expect(await run({ ...form, scope: 'drift' })).toMatchObject({ ok: true, data: { changed: 1 } });
    const [row] = await t.db.select({ benefit: cooperationMembers.expectedBenefit }).from(cooperationMembers).where(eq(cooperationMembers.id, leaving.id));
    expect(row!.benefit).toBe('Ordnet overgang til egen tjeneste.');
    await t.db.update(cooperationMembers).set({ leftAt: null }).where(eq(cooperationMembers.id, leaving.id));
  });
});

type Case = [name: string, change: (p: InnrammingInput) => unknown, field: string, message: string | RegExp];

const cases: Case[] = [
  ['budget of the wrong type', (p) => ({ ...p, budget: true }), 'budget', nb(NOK_FORMAT_MESSAGE)],
  ['checkbox of the wrong type', (p) => ({ ...p, annualReport: 'ja' }), 'annualReport', 'Velg ja eller nei.'],
  ['member list of the wrong type', (p) => ({ ...p, members: 'alle' }), 'members', 'Ugyldig deltakerliste.'],
  ['population with decimals', (p) => ({ ...p, members: p.members.map((m, i) => (i === 2 ? { ...m, population: '10,5' } : m)) }), 'members.2.population', 'Skriv innbyggertallet som et helt tall, 0 eller mer.'],
  ['missing cooperation', ({ cooperationId: _, ...rest }) => rest, 'cooperationId', 'Ugyldig samarbeid.'],
  ['goal without statement', (p) => ({ ...p, goals: [{ ...p.goals[0]!, statement: '  ' }] }), 'goals.0.statement', 'Beskriv målet.'],
  ['goal with an impossible deadline', (p) => ({ ...p, goals: [{ ...p.goals[0]!, deadline: '31.02.2027' }] }), 'goals.0.deadline', 'Skriv fristen som en gyldig dato, for eksempel 31.12.2027.'],
  ['missing evaluation interval', (p) => ({ ...p, evaluationIntervalMonths: '' }), 'evaluationIntervalMonths', 'Skriv hvor mange måneder det skal gå mellom evalueringene.'],
  ['negative budget', (p) => ({ ...p, budget: '-1 000 000' }), 'budget', nb(NOK_NEGATIVE_MESSAGE)],
  ['fixed shares not summing to 100', (p) => ({ ...p, members: p.members.map((m, i) => (i === 3 ? { ...m, fixedSharePercent: '5' } : m)) }), 'costKeyKind', 'De faste andelene er til sammen 95 %, men må være nøyaktig 100 %.'],
  ['mixed key without the equal part', (p) => ({ ...p, costKeyKind: 'fast_og_innbyggere', fixedPartPercent: '' }), 'fixedPartPercent', 'Oppgi hvor mange prosent av budsjettet som skal deles likt (mellom 0 og 100).'],
  ['unknown cost key', (p) => ({ ...p, costKeyKind: 'etter_humør' }), 'costKeyKind', 'Velg en fordelingsnøkkel fra listen.'],
  ['unknown member id', (p) => ({ ...p, members: p.members.map((m, i) => (i === 2 ? { ...m, id: randomUUID() } : m)) }), 'members.2.id', NOT_A_MEMBER_MESSAGE],
  ['member of another cooperation', (p) => ({ ...p, members: p.members.map((m, i) => (i === 1 ? { ...m, id: otherMemberId } : m)) }), 'members.1.id', NOT_A_MEMBER_MESSAGE],
  ['the same member twice', (p) => ({ ...p, members: [p.members[0]!, p.members[0]!] }), 'members.1.id', 'Deltakeren står to ganger i listen.'],
  ['host without compensation', (p) => ({ ...p, hostCompensation: '', hostCompensationNote: '' }), 'hostCompensation', /^Oppgi kompensasjonen til Arendal kommune som vertskommune/],
];

describe('refused innramming payloads leave the database unchanged', () => {
  it.each(cases)('%s', async (_name, change, field, message) => {
    const before = await snapshotDatabase(t.db);
    const result = await run(change(validPayload()));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe('invalid');
    expect(result.message).toBe('Noen av feltene må rettes før du kan lagre.');
    expect(result.fieldErrors?.[field]?.[0]).toMatch(message);
    for (const messages of Object.values(result.fieldErrors ?? {})) {
      for (const m of messages) expect(m).not.toMatch(/invalid|expected|received|required/i);
    }
    expect(await snapshotDatabase(t.db)).toBe(before);
  });

  it('refuses changes that need member decisions in drift, naming them and how to propose them', async () => {
    // A complete framing: everything in those sections is recorded, so nothing is a blank to fill in.
    const completeId = await insertCooperationFromDossier(t.db, { ...readyDossier(), id: randomUUID(), state: 'drift' });
    const complete = (await loadDossier(t.db, completeId))!;
    const before = await snapshotDatabase(t.db);
    const result = await run(validPayload(completeId, complete.members, 0));
    // Its statutory items are all ticked already, as the payload ticks them: no change there.
    expect(result).toEqual({
      ok: false,
      code: 'invalid',
      message: lockedMessage('drift', ['innramming.maal', 'innramming.okonomi', 'innramming.kostnadsfordeling']),
    });
    expect(await snapshotDatabase(t.db)).toBe(before);
  });

  it('in drift, fills in blank goals, budget and cost key, but refuses recorded figures and unasked checklist ticks, writing nothing', async () => {
    // The unframed cooperation in drift is one registered as existing: no goals, budget or cost
    // key yet (blanks its follow-ups ask for), but its members' populations are recorded, and no
    // statutory item of its form is missing (lib/pure/domain/completion.ts).
    const drift = (await loadDossier(t.db, driftId))!;
    const before = await snapshotDatabase(t.db);
    const result = await run(validPayload(driftId, drift.members, await contentVersion(t.db, driftId, 'innramming')));
    expect(result).toEqual({
      ok: false,
      code: 'invalid',
      message: lockedMessage('drift', ['innramming.kostnadsfordeling', 'innramming.avtale'], ['innramming.maal', 'innramming.okonomi', 'innramming.kostnadsfordeling']),
    });
    expect(await snapshotDatabase(t.db)).toBe(before);
  });

  it('refuses a save over someone else’s newer save, with the newer values, and writes nothing', async () => {
    const loaded = innrammingDefaults(stored, version);
    expect(await run({ ...loaded, financing: 'Etter innbyggertall fra 2027.' })).toMatchObject({ ok: true, data: { version: version + 1, changed: 1 } });
    const before = await snapshotDatabase(t.db);
    const result = await run({ ...loaded, strategyPlan: 'Ny strategiplan' });
    expect(result).toMatchObject({ ok: false, code: 'conflict', message: CONFLICT_MESSAGE, conflict: { version: version + 1 } });
    if (result.ok || !result.conflict) throw new Error('expected a conflict');
    expect((result.conflict.values as InnrammingInput).financing).toBe('Etter innbyggertall fra 2027.');
    expect(result.conflict.changes.map((c) => [c.section, c.field, c.new])).toEqual([['Budsjett og finansiering', 'Finansiering', 'Etter innbyggertall fra 2027.']]);
    expect(await snapshotDatabase(t.db)).toBe(before);
  });

  it('refuses users without edit rights and unknown cooperations', async () => {
    const before = await snapshotDatabase(t.db);
    expect(await run(validPayload(), radmannsteamUserFor('0301'))).toMatchObject({ ok: false, code: 'forbidden' });
    // Elected members may read their municipality's cooperations but not edit them.
    expect(await run(validPayload(), userWith('folkevalgt', '4203'))).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await run(validPayload(randomUUID()))).toMatchObject({ ok: false, code: 'not_found' });
    expect(await snapshotDatabase(t.db)).toBe(before);
  });
});
