// The minutes-file route of a meeting through route(): an upload and a removal are each one
// audited write (the row names the file and its SHA-256, and the cooperation's digest changes
// with the file); a refused upload (wrong type, no length, too large, no such file to remove)
// changes nothing and logs nothing; only those who may edit the cooperation may write.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createHash } from 'node:crypto';
import { NextRequest } from 'next/server';
import type { DbHandle } from '@/db/client';
import { listAudit } from '@/db/queries/audit';
import { insertMeeting } from '@/db/queries/bodies';
import { seedReferenceData } from '@/db/seed/reference';
import type { SessionUser } from '@/lib/pure/auth/roles';
import { readyDossier } from '@/testing/fixtures/domain';
import { createTestUser, insertCooperationFromDossier, snapshotDatabase } from '@/testing/cooperation';
import { createTestDb, testDatabaseKind, type TestDb } from '@/testing/db';
import { MINUTES_FILE_MAX_BYTES } from '@/lib/pure/validation/bodies';

const hooks = vi.hoisted(() => ({ user: null as SessionUser | null, handle: null as DbHandle | null }));
vi.mock('@/lib/server/auth/session', () => ({ currentUser: async () => hooks.user, requireUser: async () => hooks.user }));
vi.mock('@/db/client', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/db/client')>()),
  getDb: async () => hooks.handle!.db,
  getDbHandle: async () => hooks.handle!,
}));
vi.mock('next/headers', () => ({ cookies: async () => ({ get: () => undefined }), headers: async () => new Headers() }));

let t: TestDb;
let editor: SessionUser;
let reader: SessionUser;
let cooperationId: string;
let meetingId: string;
const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a]);

beforeAll(async () => {
  t = await createTestDb();
  hooks.handle = t;
  await seedReferenceData(t.db);
  const d = readyDossier();
  d.state = 'drift';
  d.startDate = '2025-01-01';
  cooperationId = await insertCooperationFromDossier(t.db, d);
  editor = await createTestUser(t.db, { name: 'Rune Rådgiver', role: 'radmannsteam', kommunenummer: '4203' });
  reader = await createTestUser(t.db, { name: 'Frida Folkevalgt', role: 'folkevalgt', kommunenummer: '4203' });
  meetingId = await insertMeeting(
    t.db,
    cooperationId,
    { bodyId: 'b-nemnd', bodyName: 'Nemnd', meetingDate: '2026-03-12', documentsSentDate: null, minutesUrl: null, minutesPublic: false },
    editor.id,
    new Date('2026-03-13T10:00:00Z'),
  );
});
afterAll(async () => t?.close());

async function call(method: 'GET' | 'POST' | 'DELETE', user: SessionUser, file?: File, headers: Record<string, string> = {}) {
  hooks.user = user;
  let body: Uint8Array | undefined;
  const h = new Headers(headers);
  if (file) {
    const form = new FormData();
    form.set('fil', file);
    const encoded = new Response(form);
    h.set('content-type', encoded.headers.get('content-type')!);
    body = new Uint8Array(await encoded.arrayBuffer());
    if (!('content-length' in headers)) h.set('content-length', String(body.byteLength));
  }
  if (headers['content-length'] === '') h.delete('content-length');
  const { GET, POST, DELETE } = await import('@/app/(app)/samarbeid/[id]/moter/[moteId]/referat/route');
  const handler = { GET, POST, DELETE }[method];
  const request = new NextRequest(`http://brobygger.test/samarbeid/${cooperationId}/moter/${meetingId}/referat`, { method, headers: h, body: body as BodyInit | undefined });
  return handler(request, { params: Promise.resolve({ id: cooperationId, moteId: meetingId }) });
}

const auditRows = async () => (await listAudit(t.db, { resourceId: cooperationId })).rows;

describe(`minutes file route (${testDatabaseKind})`, () => {
  it('refuses without writing or logging: wrong type, lying bytes, no length, too large, a reader, nothing to remove', async () => {
    const before = await snapshotDatabase(t.db);
    const refusals = [
      await call('POST', editor, new File(['MZ\u0090\u0000'], 'virus.exe', { type: 'application/octet-stream' })),
      await call('POST', editor, new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04])], 'r.pdf', { type: 'application/pdf' })),
      await call('POST', editor, new File([PDF], 'r.pdf', { type: 'application/pdf' }), { 'content-length': '' }),
      await call('POST', editor, new File([PDF], 'r.pdf', { type: 'application/pdf' }), { 'content-length': String(MINUTES_FILE_MAX_BYTES * 2) }),
      await call('POST', reader, new File([PDF], 'r.pdf', { type: 'application/pdf' })),
      await call('DELETE', editor),
    ];
    expect(refusals.map((r) => r.status)).toEqual([400, 400, 411, 413, 403, 404]);
    const messages = await Promise.all(refusals.map(async (r) => ((await r.json()) as { error: string }).error));
    expect(messages[0]).toBe('Last opp referatet som PDF, Word (.docx) eller OpenDocument-tekst (.odt).');
    expect(messages[3]).toBe('Filen er for stor. Største tillatte størrelse er 8 MB.');
    expect(messages[5]).toBe('Møtet har ingen opplastet referatfil.');
    expect(await snapshotDatabase(t.db)).toBe(before);
    expect(await auditRows()).toEqual([]);
  });

  it('an upload is one audited write naming the file and its SHA-256, and the reader can download it', async () => {
    const response = await call('POST', editor, new File([PDF], 'Protokoll 12.03.pdf', { type: 'application/pdf' }));
    expect(response.status).toBe(200);
    const [row] = await auditRows();
    expect(row).toMatchObject({ action: 'cooperation.edit', actorEmail: editor.email, resourceKind: 'cooperation', operation: `POST /samarbeid/${cooperationId}/moter/${meetingId}/referat` });
    expect(row!.beforeDigest).not.toBe(row!.afterDigest);
    expect(JSON.parse(row!.details as string)).toMatchObject({ mote: meetingId, fil: 'Protokoll 12.03.pdf', storrelse: PDF.byteLength, filSha256: createHash('sha256').update(PDF).digest('hex') });

    const download = await call('GET', reader);
    expect(download.status).toBe(200);
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(PDF);
    expect(await auditRows()).toHaveLength(1); // reading logs nothing
  });

  it('a removal is one audited write too', async () => {
    const response = await call('DELETE', editor);
    expect(response.status).toBe(200);
    const rows = await auditRows();
    expect(rows).toHaveLength(2);
    expect(rows[0]!.beforeDigest).not.toBe(rows[0]!.afterDigest);
    expect(rows[0]!.afterDigest).toBe(rows[1]!.beforeDigest);
    expect(JSON.parse(rows[0]!.details as string)).toEqual({ mote: meetingId, fjernet: 'Protokoll 12.03.pdf' });
    expect((await call('GET', reader)).status).toBe(404);
  });
});
