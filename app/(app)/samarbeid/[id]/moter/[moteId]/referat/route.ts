// The minutes file of one meeting: download (anyone who may read the cooperation), upload or
// replace, and remove (those who may edit it). Uploads are multipart form data with one
// field, «fil»; the bytes must agree with the declared type (lib/bodies/minutes-file.ts).
import { NextResponse } from 'next/server';
import { getDb } from '@/db/client';
import { meetingOf, minutesFileOf, removeMinutesFile, saveMinutesFile } from '@/db/queries/bodies';
import { cooperationResource } from '@/db/queries/dossier';
import { checkMinutesFile, downloadHeaders } from '@/lib/bodies/minutes-file';
import { requestNow } from '@/lib/clock';
import { route } from '@/lib/route';
import { MINUTES_FILE_MAX_BYTES } from '@/lib/validation/bodies';

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
  return (await meetingOf(db, cooperationId, meetingId)) ? cooperationResource(db, cooperationId) : null;
};

const json = (error: string, status: number) => NextResponse.json({ error }, { status });

export const GET = route({ access: 'cooperation.read', resource: meetingResource }, async ({ params }) => {
  const file = await minutesFileOf(await getDb(), uuidOf(params, 'id')!, uuidOf(params, 'moteId')!);
  if (!file) return json('Møtet har ingen opplastet referatfil.', 404);
  return new Response(new Uint8Array(file.content), { headers: downloadHeaders(file.fileName, file.contentType, file.content.byteLength, 'private') });
});

export const POST = route({ access: 'cooperation.edit', resource: meetingResource }, async ({ params, request, user }) => {
  const length = Number(request.headers.get('content-length') ?? '0');
  // Refuse before reading a body far above the limit; the exact check is on the file itself.
  if (length > MINUTES_FILE_MAX_BYTES + 64 * 1024) return json(`Filen er for stor. Største tillatte størrelse er ${MINUTES_FILE_MAX_BYTES / 1024 / 1024} MB.`, 413);
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return json('Skjemaet kunne ikke leses. Velg filen på nytt og prøv igjen.', 400);
  }
  const file = form.get('fil');
  if (!(file instanceof File)) return json('Velg en fil å laste opp.', 400);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const check = checkMinutesFile(file.name, file.type, bytes);
  if (!check.ok) return json(check.message, 400);
  await saveMinutesFile(await getDb(), uuidOf(params, 'moteId')!, { fileName: check.fileName, contentType: check.contentType, content: bytes }, user!.id, await requestNow());
  return NextResponse.json({ fileName: check.fileName });
});

export const DELETE = route({ access: 'cooperation.edit', resource: meetingResource }, async ({ params }) => {
  await removeMinutesFile(await getDb(), uuidOf(params, 'moteId')!);
  return NextResponse.json({ removed: true });
});
