import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, eq, inArray, like } from 'drizzle-orm';
import { createTestDb, testDatabaseKind, type TestDb } from '@/testing/db';
import { createTestUser, snapshotDatabase } from '@/testing/cooperation';
import { seedReferenceData } from '@/db/seed/reference';
import { listTaskAreas } from '@/db/queries/municipalities';
import { registerRows } from '@/db/queries/register';
import { createHash } from 'node:crypto';
import { auditLog, cooperationMembers, cooperations, workflowEvents } from '@/db/schema';
import { verifyAuditLog } from '@/lib/server/audit/verify';
import { loadDossier } from '@/db/queries/dossier';
import { readinessFacts } from '@/lib/pure/domain/readiness';
import { runAction } from '@/lib/server/action';
import type { SessionUser } from '@/lib/pure/auth/roles';
import { BAD_ROWS, importFixture, type FixtureRecord } from '@/testing/fixtures/import';
import { importWorkbook } from '@/lib/pure/import/template';
import { checkAllConsistency } from '@/workflows/cooperation/consistency';
import { transition } from '@/workflows/cooperation/runner';
import { insertExistingCooperations } from '@/db/queries/existing-cooperations';
import { importSpec, previewImport, runImport, type ImportPreview, type ImportSummary } from './import';

const NOW = new Date('2026-03-01T09:00:00Z');
let t: TestDb;
let radmann: SessionUser;
beforeAll(async () => {
  t = await createTestDb();
  await seedReferenceData(t.db);
  radmann = await createTestUser(t.db, { name: 'Ingrid Importør', role: 'radmannsteam', kommunenummer: '4204' });
});
afterAll(async () => t?.close());

const deps = (user: SessionUser) => ({ getUser: async () => user, getDb: async () => t.db, getNow: () => NOW });
async function file(records: FixtureRecord[], name = 'samarbeid.xlsx') {
  return new File([new Uint8Array(await importWorkbook(records, await listTaskAreas(t.db)))], name);
}
const preview = async (f: File, user = radmann) => runAction(importSpec, previewImport, { kommunenummer: '4204', file: f }, deps(user));
const run = async (f: File, user = radmann) => runAction(importSpec, runImport, { kommunenummer: '4204', file: f }, deps(user));
const data = <T>(result: unknown) => (result as { data: T }).data;

describe(`importing a municipality's list (${testDatabaseKind})`, () => {
  it('previews 40 rows with the 3 bad ones named, and imports nothing while any row is bad', async () => {
    const bad = await file(importFixture(40, { seed: 1, withErrors: true }));
    const shown = data<ImportPreview>(await preview(bad));
    expect(shown.counts).toEqual({ ny: 37, finnes: 0, feil: 3 });
    const errors = shown.rows.filter((r) => r.status === 'feil').map((r) => [r.line, r.errors]);
    expect(errors).toEqual([
      [BAD_ROWS.unknownMunicipality + 2, ['Ukjent kommunenummer: 4299.']],
      [BAD_ROWS.badDate + 2, ['Ugyldig startdato «31.02.2009». Skriv startdatoen som dd.mm.åååå, for eksempel 01.01.2009.']],
      [BAD_ROWS.badOrganisationNumber + 2, ['Organisasjonsnummeret er ikke gyldig: kontrollsifferet stemmer ikke. Sjekk nummeret i Enhetsregisteret. Verdien i filen er «123456789».']],
    ]);
    const before = await snapshotDatabase(t.db);
    expect(await run(bad)).toEqual({ ok: false, code: 'invalid', message: '3 rader har feil. Ingenting er importert. Rett feilene og last opp filen på nytt.' });
    expect(await snapshotDatabase(t.db)).toBe(before);
  });

  it('imports all 40 of the corrected file into drift, each with its history, consistent, in the register', async () => {
    const good = await file(importFixture(40, { seed: 1 }));
    expect(data<ImportPreview>(await preview(good)).counts).toEqual({ ny: 40, finnes: 0, feil: 0 });
    expect(await run(good)).toEqual({ ok: true, data: { imported: 40, existing: 0 } });
    const rows = await t.db.select().from(cooperations).where(like(cooperations.name, 'Samarbeid 1-%')).orderBy(asc(cooperations.name));
    expect(rows).toHaveLength(40);
    expect(rows.every((r) => r.state === 'drift' && r.rowVersion === 1)).toBe(true);
    expect(rows[0]).toMatchObject({ name: 'Samarbeid 1-001 Renovasjon', startDate: '1995-01-01', createdBy: radmann.id });
    const events = await t.db.select().from(workflowEvents).where(inArray(workflowEvents.cooperationId, rows.map((r) => r.id)));
    expect(events).toHaveLength(40);
    expect(events.every((e) => e.eventType === 'REGISTRER_EKSISTERENDE' && e.seq === 1 && e.actorId === radmann.id && e.actorName === 'Ingrid Importør')).toBe(true);
    expect(events.find((e) => e.cooperationId === rows[0]!.id)!.comment).toBe('Importert fra «samarbeid.xlsx», rad 2. I drift siden 01.01.1995.');
    const consistency = await checkAllConsistency(t.db);
    expect(consistency.reports.filter((r) => !r.ok)).toEqual([]);
    const register = await registerRows(t.db, '4204', NOW);
    expect(register.filter((r) => r.name.startsWith('Samarbeid 1-'))).toHaveLength(40);
    // One audit row for the import (previews are reads and leave none), naming the file and every cooperation.
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.action, 'cooperation.register'));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: radmann.id, operation: 'runImport', resourceKind: 'municipality', resourceId: '4204', beforeDigest: null });
    expect(audit[0]!.inputDigest).toMatch(/^[0-9a-f]{64}$/);
    expect(audit[0]!.afterDigest).toMatch(/^[0-9a-f]{64}$/);
    const details = JSON.parse(audit[0]!.details!) as { fil: string; filSha256: string; importert: number; opprettet: string[] };
    expect(details).toMatchObject({ fil: 'samarbeid.xlsx', importert: 40 });
    expect(details.filSha256).toBe(createHash('sha256').update(Buffer.from(await good.arrayBuffer())).digest('hex'));
    expect([...details.opprettet].sort()).toEqual(rows.map((r) => r.id).sort());
    expect((await verifyAuditLog(t.db)).problems).toEqual([]);
  });

  it('imports nothing new when the same file is uploaded again', async () => {
    const again = await file(importFixture(40, { seed: 1 }));
    expect(data<ImportPreview>(await preview(again)).counts).toEqual({ ny: 0, finnes: 40, feil: 0 });
    const before = await snapshotDatabase(t.db);
    expect(data<ImportSummary>(await run(again))).toEqual({ imported: 0, existing: 40 });
    expect(await snapshotDatabase(t.db)).toBe(before);
  });

  it('writes exactly the snapshot and history row the one-at-a-time runner writes', async () => {
    const [record] = importFixture(1, { seed: 2 });
    expect(await run(await file([record!]))).toMatchObject({ ok: true, data: { imported: 1 } });
    const [bulk] = await t.db.select().from(cooperations).where(eq(cooperations.name, record!.navn!));
    const [bulkEvent] = await t.db.select().from(workflowEvents).where(eq(workflowEvents.cooperationId, bulk!.id));
    // The same cooperation written alone and registered through transition().
    const [id] = await insertExistingCooperations(t.db, [
      { name: 'Enkeltvis', purpose: bulk!.purpose, taskAreaId: bulk!.taskAreaId, legalForm: bulk!.design!.legalForm!, startDate: bulk!.startDate!, organisationNumber: null, agreementUrl: null, operativeLeader: bulk!.design!.leader.name, isPublic: bulk!.isPublic, initiatingKommunenummer: '4204', createdBy: radmann.id, members: [] },
    ]);
    await t.db.insert(cooperationMembers).values([{ cooperationId: id!, kommunenummer: '4204' }, { cooperationId: id!, kommunenummer: '4223' }]);
    const single = await transition(t.db, id!, { type: 'REGISTRER_EKSISTERENDE', comment: bulkEvent!.comment, details: (bulkEvent!.payload as { details: Record<string, string> }).details }, radmann, { now: NOW });
    expect(single).toMatchObject({ ok: true, state: 'drift', seq: 1 });
    const [one] = await t.db.select().from(cooperations).where(eq(cooperations.id, id!));
    const [oneEvent] = await t.db.select().from(workflowEvents).where(eq(workflowEvents.cooperationId, id!));
    const lifecycle = (r: typeof one) => ({ state: r!.state, stateValue: r!.stateValue, snapshot: r!.snapshot, machineVersion: r!.machineVersion, rowVersion: r!.rowVersion, startDate: r!.startDate, updatedAt: r!.updatedAt });
    expect(lifecycle(bulk)).toEqual(lifecycle(one));
    const history = (e: typeof oneEvent) => ({ ...e!, id: 'x', cooperationId: 'x', payload: { ...(e!.payload as object), facts: 'sammenlignes under' } });
    expect(history(bulkEvent)).toEqual(history(oneEvent));
    // The facts are what the runner computes from the dossier it loads before the step.
    const dossier = (await loadDossier(t.db, bulk!.id))!;
    expect((bulkEvent!.payload as { facts: unknown }).facts).toEqual(readinessFacts({ ...dossier, state: 'utkast' }, { decisionRound: 0, exitChecklistComplete: false }));
  });

  it('lets only the municipality’s rådmannsteam import', async () => {
    const outsider = await createTestUser(t.db, { name: 'Vera Vestland', role: 'radmannsteam', kommunenummer: '4601' });
    const f = await file(importFixture(2, { seed: 3 }));
    expect(await preview(f, outsider)).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await run(f, outsider)).toMatchObject({ ok: false, code: 'forbidden' });
  });

  it('refuses a file it cannot read, and a file without the required columns, in Norwegian', async () => {
    expect(data<ImportPreview>(await preview(new File(['Navn;Startdato\nX;01.01.2020\n'], 'liste.csv'))).fileErrors).toEqual([
      'Filen mangler kolonnene «Organisasjonsform», «Deltakere». Bruk malen, eller gi kolonnene de samme overskriftene.',
    ]);
    expect(await run(new File(['ikke et regneark'], 'x.xlsx'))).toMatchObject({ ok: false, code: 'invalid' });
    expect(await preview(new File([], 'tom.csv'))).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { file: ['Filen er tom.'] } });
  });
});
