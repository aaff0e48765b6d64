import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import { createTestDb, testDatabaseKind, type TestDb } from '@/testing/db';
import { createTestUser, snapshotDatabase } from '@/testing/cooperation';
import { seedReferenceData } from '@/db/seed/reference';
import { taskAreaIdByName } from '@/db/queries/cooperations';
import { loadDossier } from '@/db/queries/dossier';
import { auditLog, cooperations, workflowEvents } from '@/db/schema';
import { cooperationStateDigest } from '@/db/queries/audit';
import { runAction } from '@/lib/server/action';
import type { SessionUser } from '@/lib/pure/auth/roles';
import type { ExistingCooperationInput } from '@/lib/pure/validation/existing-cooperation';
import { publicRegisterRows, registerRows } from '@/db/queries/register';
import { checkConsistency } from '@/workflows/cooperation/consistency';
import { registerExistingHandler, registerExistingSpec } from './existing-cooperation';

const NOW = new Date('2026-03-01T09:00:00Z');
let t: TestDb;
let legevakt: number;
beforeAll(async () => {
  t = await createTestDb();
  await seedReferenceData(t.db);
  legevakt = (await taskAreaIdByName(t.db, 'Legevakt'))!;
});
afterAll(async () => t?.close());

const deps = (user: SessionUser) => ({ getUser: async () => user, getDb: async () => t.db, getNow: () => NOW });
const register = (input: unknown, user: SessionUser) => runAction(registerExistingSpec, registerExistingHandler, input, deps(user));

function iks(change: Partial<ExistingCooperationInput> = {}): ExistingCooperationInput {
  return {
    registeringKommunenummer: '4204',
    name: 'Agder Renovasjon IKS',
    purpose: 'Felles innsamling og behandling av avfall.',
    taskAreaId: legevakt,
    legalForm: 'iks',
    startDate: '01.01.2009',
    organisationNumber: '974 760 673',
    agreementUrl: 'https://arkiv.example/selskapsavtale.pdf',
    operativeLeader: 'Dagny Daglig',
    isPublic: true,
    members: [
      { kommunenummer: '4204', role: 'vertskommune', contactPerson: 'Kari Kontakt', politicalSponsor: 'Ola Ordfører', administrativeSponsor: 'Anne Admin' },
      { kommunenummer: '4223', role: 'deltaker', contactPerson: '', politicalSponsor: '', administrativeSponsor: '' },
      { kommunenummer: '42', role: 'deltaker' },
    ],
    ...change,
  };
}

describe(`registering an existing cooperation (${testDatabaseKind})`, () => {
  it('goes straight into drift with its real start date, its members, sponsors and leader, and a history entry', async () => {
    const radmann = await createTestUser(t.db, { name: 'Rune Rådgiver', role: 'radmannsteam', kommunenummer: '4204' });
    const result = await register(iks(), radmann);
    expect(result).toMatchObject({ ok: true });
    const id = (result as { data: { id: string } }).data.id;
    const [row] = await t.db.select().from(cooperations).where(eq(cooperations.id, id));
    expect(row).toMatchObject({ state: 'drift', startDate: '2009-01-01', organisationNumber: '974760673', agreementUrl: 'https://arkiv.example/selskapsavtale.pdf', rowVersion: 1 });
    const dossier = (await loadDossier(t.db, id))!;
    expect(dossier.design.legalForm).toBe('iks');
    expect(dossier.design.leader.name).toBe('Dagny Daglig');
    expect(dossier.members.map((m) => [m.name, m.role, m.contactPerson])).toEqual([
      ['Kristiansand kommune', 'vertskommune', 'Kari Kontakt'],
      ['Vennesla kommune', 'deltaker', null],
      ['Agder fylkeskommune', 'deltaker', null],
    ]);
    expect(dossier.sponsors.map((s) => [s.kind, s.name]).sort()).toEqual([['administrativ', 'Anne Admin'], ['politisk', 'Ola Ordfører']]);
    const events = await t.db.select().from(workflowEvents).where(eq(workflowEvents.cooperationId, id)).orderBy(asc(workflowEvents.seq));
    expect(events).toMatchObject([
      { seq: 1, eventType: 'REGISTRER_EKSISTERENDE', fromState: 'utkast', toState: 'drift', actorId: radmann.id, actorName: 'Rune Rådgiver', comment: 'I drift siden 01.01.2009.', createdAt: NOW },
    ]);
    expect(events[0]!.payload).toMatchObject({ details: { startDate: '2009-01-01', kilde: 'registrering' }, decisionRound: 0 });
    expect(await checkConsistency(t.db, id)).toMatchObject({ ok: true, events: 1 });
    // The county municipality has a register of its own, internal and public, like a municipality.
    const county = (await registerRows(t.db, '42', NOW)).find((r) => r.id === id);
    expect(county).toMatchObject({ organisationNumber: '974760673', startDate: '2009-01-01', legalFormCode: 'iks', state: 'drift', ownShare: { ok: false } });
    expect((await publicRegisterRows(t.db, '42')).find((r) => r.id === id)).toMatchObject({ startDate: '2009-01-01', members: ['Kristiansand kommune', 'Vennesla kommune', 'Agder fylkeskommune'] });
    // Audited like every write: who, on which municipality, the new cooperation and what it became.
    const [audit] = await t.db.select().from(auditLog).where(eq(auditLog.actorId, radmann.id));
    expect(audit).toMatchObject({ action: 'cooperation.register', operation: 'registerExisting', resourceKind: 'municipality', resourceId: '4204', details: JSON.stringify({ opprettet: id }) });
    expect(audit!.afterDigest).toBe(await cooperationStateDigest(t.db, id));
  });

  it('accepts an older-law form and a cooperation without organisation number', async () => {
    const radmann = await createTestUser(t.db, { name: 'Randi Rådgiver', role: 'radmannsteam', kommunenummer: '4215' });
    const result = await register(
      iks({ registeringKommunenummer: '4215', name: 'Barnevern Lillesand–Grimstad', legalForm: 'legacy_28_vertskommune', organisationNumber: '', startDate: '1995-06-15', members: [{ kommunenummer: '4215', role: 'samarbeidskommune' }, { kommunenummer: '4202', role: 'vertskommune' }] }),
      radmann,
    );
    expect(result).toMatchObject({ ok: true });
  });

  it('refuses a duplicate by organisation number, or by name and the same members, writing nothing', async () => {
    const radmann = await createTestUser(t.db, { name: 'Ragnhild Rådgiver', role: 'radmannsteam', kommunenummer: '4204' });
    const before = await snapshotDatabase(t.db);
    const byNumber = await register(iks({ name: 'Et annet navn' }), radmann);
    expect(byNumber).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { organisationNumber: ['Organisasjonsnummeret 974 760 673 er allerede registrert på «Agder Renovasjon IKS».'] } });
    const byName = await register(iks({ name: 'agder renovasjon iks', organisationNumber: '' }), radmann);
    expect(byName).toMatchObject({ ok: false, fieldErrors: { name: ['«Agder Renovasjon IKS» med de samme deltakerne er allerede registrert.'] } });
    expect(await snapshotDatabase(t.db)).toBe(before);
  });

  it('refuses bad input in Norwegian: organisation number, future date, unknown municipality, own municipality missing', async () => {
    const radmann = await createTestUser(t.db, { name: 'Roar Rådgiver', role: 'radmannsteam', kommunenummer: '4204' });
    const bad = await register(iks({ name: 'Nytt', organisationNumber: '974760674', startDate: '31.02.2009' }), radmann);
    expect(bad).toMatchObject({ ok: false, code: 'invalid' });
    const errors = (bad as { fieldErrors: Record<string, string[]> }).fieldErrors;
    expect(errors.organisationNumber![0]).toMatch(/kontrollsifferet stemmer ikke/);
    expect(errors.startDate).toEqual(['Skriv startdatoen som dd.mm.åååå, for eksempel 01.01.2009.']);
    const future = await register(iks({ name: 'Framtid', organisationNumber: '', startDate: '02.03.2026' }), radmann);
    expect(future).toMatchObject({ ok: false, fieldErrors: { startDate: ['Startdatoen kan ikke være fram i tid.'] } });
    const unknown = await register(iks({ name: 'Ukjent', organisationNumber: '', members: [{ kommunenummer: '4204', role: 'deltaker' }, { kommunenummer: '4299', role: 'deltaker' }] }), radmann);
    expect(unknown).toMatchObject({ ok: false, fieldErrors: { 'members.1.kommunenummer': ['Ukjent kommunenummer.'] } });
    const notMember = await register(iks({ name: 'Uten meg', organisationNumber: '', members: [{ kommunenummer: '4223', role: 'deltaker' }, { kommunenummer: '4202', role: 'deltaker' }] }), radmann);
    expect(notMember).toMatchObject({ ok: false, fieldErrors: { registeringKommunenummer: ['Kommunen som registrerer samarbeidet må også være deltaker.'] } });
  });

  it('judges "in the future" by the day in Norway: at 00:30 on 2 March a start on 2 March is today', async () => {
    const radmann = await createTestUser(t.db, { name: 'Nina Natt', role: 'radmannsteam', kommunenummer: '4204' });
    const at = (iso: string) => ({ getUser: async () => radmann, getDb: async () => t.db, getNow: () => new Date(iso) });
    const input = iks({ name: 'Startet i natt', organisationNumber: '', startDate: '02.03.2026' });
    // 23:30 UTC on 1 March is 00:30 on 2 March in Oslo (UTC+1 in winter).
    expect(await runAction(registerExistingSpec, registerExistingHandler, input, at('2026-03-01T22:30:00Z'))).toMatchObject({ ok: false, fieldErrors: { startDate: ['Startdatoen kan ikke være fram i tid.'] } });
    expect(await runAction(registerExistingSpec, registerExistingHandler, input, at('2026-03-01T23:30:00Z'))).toMatchObject({ ok: true });
  });

  it('lets only the municipality’s rådmannsteam or an administrator register', async () => {
    const other = await createTestUser(t.db, { name: 'Vera Vestland', role: 'radmannsteam', kommunenummer: '4601' });
    const folkevalgt = await createTestUser(t.db, { name: 'Frida Folkevalgt', role: 'folkevalgt', kommunenummer: '4204' });
    const admin = await createTestUser(t.db, { name: 'Ada Admin', role: 'administrator' });
    const input = iks({ name: 'Tilgangstest', organisationNumber: '' });
    expect(await register(input, other)).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await register(input, folkevalgt)).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await register(input, admin)).toMatchObject({ ok: true });
  });
});
