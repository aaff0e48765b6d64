// A published minutes file, without sign-in: only when the cooperation is public and the
// meeting's minutes are marked public; everything else is the same 404 as an unknown id.
import { getDb } from '@/db/client';
import { minutesFileOf } from '@/db/queries/bodies';
import { publicVisibility } from '@/db/queries/register';
import { downloadHeaders } from '@/lib/pure/bodies/minutes-file';
import { isPubliclyVisible } from '@/lib/pure/register/public';
import { route } from '@/lib/server/route';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const notFound = () => new Response('Fant ikke referatet.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

export const GET = route({ access: 'public' }, async ({ params }) => {
  const id = typeof params.id === 'string' && UUID.test(params.id) ? params.id : null;
  const meetingId = typeof params.moteId === 'string' && UUID.test(params.moteId) ? params.moteId : null;
  if (!id || !meetingId) return notFound();
  const db = await getDb();
  const visibility = await publicVisibility(db, id);
  if (!visibility || !isPubliclyVisible(visibility)) return notFound();
  const file = await minutesFileOf(db, id, meetingId);
  if (!file?.minutesPublic) return notFound();
  return new Response(new Uint8Array(file.content), { headers: downloadHeaders(file.fileName, file.contentType, file.content.byteLength, 'public') });
});
