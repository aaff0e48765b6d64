// Every public cooperation in the country as one CSV file for Excel; no sign-in. The same rows
// and columns as a municipality's public CSV, by name, streamed from a database cursor (the
// whole country never sits in memory); a client that disconnects stops the export.
import { getDb } from '@/db/client';
import { publicRegisterBatches } from '@/db/queries/public-register-page';
import { publicBaseUrl } from '@/lib/pure/calendar/urls';
import { osloDateOf } from '@/lib/pure/domain/iso-date';
import { publicRegisterCsvStream } from '@/lib/pure/register/csv';
import { route } from '@/lib/server/route';

export const GET = route({ access: 'public' }, async ({ request }) => {
  const db = await getDb();
  return new Response(publicRegisterCsvStream(publicRegisterBatches(db, {}, request.signal), publicBaseUrl(request.nextUrl.origin)), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="interkommunale-samarbeid-norge-${osloDateOf(new Date())}.csv"`,
      'Cache-Control': 'public, max-age=300',
    },
  });
});
