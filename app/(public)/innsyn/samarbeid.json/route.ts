// Every public cooperation in the country as one JSON array (the same rows as the national CSV,
// with the link to each public page); no sign-in. Streamed from a database cursor; a client
// that disconnects stops the export. The open API (/api/v1) pages the same data.
import { getDb } from '@/db/client';
import { publicRegisterBatches } from '@/db/queries/public-register-page';
import { publicBaseUrl } from '@/lib/pure/calendar/urls';
import { publicRegisterJsonStream } from '@/lib/pure/register/json-stream';
import { route } from '@/lib/server/route';

export const GET = route({ access: 'public' }, async ({ request }) => {
  const db = await getDb();
  return new Response(publicRegisterJsonStream(publicRegisterBatches(db, {}, request.signal), publicBaseUrl(request.nextUrl.origin)), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'public, max-age=300',
      'Access-Control-Allow-Origin': '*',
    },
  });
});
