// The minutes file of one meeting: download (anyone who may read the cooperation), upload or
// replace, and remove (those who may edit it). Uploads are multipart form data with one
// field, «fil»; the bytes must agree with the declared type (lib/pure/bodies/minutes-file.ts).
// Writes run in route()'s transaction with their audit row, which names the file and its
// SHA-256 (the wrapper's input digest cannot see a file's bytes).
import { createHash } from 'node:crypto';
import { NextResponse } from 'next/server';
import { createTranslator } from 'use-intl/core';
import { getLocale } from 'next-intl/server';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import type { Locale } from '@/lib/pure/i18n/locales';
import { getDb } from '@/db/client';
import { meetingOf, minutesFileOf, removeMinutesFile, saveMinutesFile } from '@/db/queries/bodies';
import { loadCooperationResource } from '@/db/queries/dossier';
import { checkMinutesFile, downloadHeaders } from '@/lib/pure/bodies/minutes-file';
import { requestNow } from '@/lib/server/clock';
import { route, type RouteContext } from '@/lib/server/route';
import { LENGTH_REQUIRED_MESSAGE, MULTIPART_OVERHEAD_BYTES } from '@/lib/pure/security/limits';
import { MINUTES_FILE_MAX_BYTES } from '@/lib/pure/validation/bodies';

export const runtime = 'nodejs';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const uuidOf = (params: Record<string, string | string[]>, key: string) => {
  const value = params[key];
  return typeof value === 'string' && UUID.test(value) ? value : null;
};

/** The cooperation, but only when the meeting belongs to it: another cooperation's meeting does not exist here. */
const meetingResource = async (_query: unknown, params: Record<string, string | string[]>) => {
  const cooperationId = uuidOf(params, 'id');
  const meetingId = uuidOf(params, 'moteId');
  if (!cooperationId || !meetingId) return null;
  const db = await getDb();
  return (await meetingOf(db, cooperationId, meetingId)) ? loadCooperationResource(db, cooperationId) : null;
};

const json = (error: string, status: number) => NextResponse.json({ error }, { status });
const MB = MINUTES_FILE_MAX_BYTES / 1024 / 1024;
/** The answers' words in the request's language (catalogue `moter.referatfil`; bokmål as before). */
async function words() {
  let locale: Locale = 'nb';
  try {
    locale = await getLocale();
  } catch {
    // outside a request (the route's tests): bokmål
  }
  return createTranslator({ locale, messages: CATALOGUES[locale], namespace: 'moter.referatfil' });
}

/** The write's transaction: route() always gives one to a method that writes. */
function txOf(ctx: RouteContext<unknown>) {
  if (!ctx.db) throw new Error('A write outside the route transaction');
  return ctx.db;
}

export const GET = route({ access: 'cooperation.read', resource: meetingResource }, async ({ params }) => {
  const file = await minutesFileOf(await getDb(), uuidOf(params, 'id')!, uuidOf(params, 'moteId')!);
  if (!file) return json((await words())('noFile'), 404);
  return new Response(new Uint8Array(file.content), { headers: downloadHeaders(file.fileName, file.contentType, file.content.byteLength, 'private') });
});

export const POST = route({ access: 'cooperation.edit', resource: meetingResource }, async (ctx) => {
  const { params, request, user } = ctx;
  // Refuse before reading a body above the limit (the proxy lets a body without a length
  // through to route handlers, so one is required here); the exact check is on the file itself.
  const declared = request.headers.get('content-length');
  if (declared === null || !/^\d+$/.test(declared)) return json(LENGTH_REQUIRED_MESSAGE, 411);
  const t = await words();
  if (Number(declared) > MINUTES_FILE_MAX_BYTES + MULTIPART_OVERHEAD_BYTES) return json(t('tooLarge', { mb: MB }), 413);
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return json(t('unreadable'), 400);
  }
  const file = form.get('fil');
  if (!(file instanceof File)) return json(t('chooseFile'), 400);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const check = checkMinutesFile(file.name, file.type, bytes, (key, values) => (key === 'tooLarge' ? t('tooLarge', { mb: values?.mb ?? MB }) : t(key)));
  if (!check.ok) return json(check.message, 400);
  const meetingId = uuidOf(params, 'moteId')!;
  await saveMinutesFile(txOf(ctx), meetingId, { fileName: check.fileName, contentType: check.contentType, content: bytes }, user!.id, await requestNow());
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  ctx.audit?.set({ details: { mote: meetingId, fil: check.fileName, type: check.contentType, storrelse: bytes.byteLength, filSha256: sha256 } });
  return NextResponse.json({ fileName: check.fileName });
});

export const DELETE = route({ access: 'cooperation.edit', resource: meetingResource }, async (ctx) => {
  const meetingId = uuidOf(ctx.params, 'moteId')!;
  const removed = await removeMinutesFile(txOf(ctx), meetingId);
  if (!removed) return json((await words())('noFile'), 404);
  ctx.audit?.set({ details: { mote: meetingId, fjernet: removed.fileName } });
  return NextResponse.json({ removed: true });
});
