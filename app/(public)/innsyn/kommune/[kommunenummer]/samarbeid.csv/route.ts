// A municipality's public register as CSV for Excel; no sign-in. The same rows as the public
// pages (a database test holds them equal to the public projection), streamed from a cursor;
// a client that disconnects stops the export.
import { getDb } from '@/db/client';
import { getMunicipality } from '@/db/queries/municipalities';
import { publicRegisterBatches } from '@/db/queries/public-register-page';
import { publicBaseUrl } from '@/lib/pure/calendar/urls';
import { osloDateOf } from '@/lib/pure/domain/iso-date';
import { isMunicipalityNumber } from '@/lib/pure/domain/municipality';
import { csvFileName, publicRegisterCsvStream } from '@/lib/pure/register/csv';
import { route } from '@/lib/server/route';

const notFound = () =>
  new Response('Fant ikke kommunen. Sjekk at kommunenummeret i adressen er riktig.', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });

export const GET = route({ access: 'public' }, async ({ params, request }) => {
  const kommunenummer = typeof params.kommunenummer === 'string' && isMunicipalityNumber(params.kommunenummer) ? params.kommunenummer : null;
  if (!kommunenummer) return notFound();
  const db = await getDb();
  const municipality = await getMunicipality(db, kommunenummer);
  if (!municipality) return notFound();
  const fileName = csvFileName('interkommunale-samarbeid', municipality.name, osloDateOf(new Date()));
  // Behind `npm start` the request's own origin is the bind address (http://0.0.0.0:3000).
  return new Response(publicRegisterCsvStream(publicRegisterBatches(db, { memberOf: kommunenummer }, request.signal), publicBaseUrl(request.nextUrl.origin)), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${fileName}"`,
      'Cache-Control': 'public, max-age=300',
    },
  });
});
