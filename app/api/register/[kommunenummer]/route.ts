// The municipal register as CSV (for Excel), with the same filters and order as the page
// the link came from (every page of it, not only the one shown). Internal data: signed in
// with 'register.read' for the municipality. Streamed from a database cursor a batch at a
// time; a client that disconnects stops the export. Made for people (signed in), so its column
// headers and fixed words are in the requester's language; the public exports' are not.
import { getDb } from '@/db/client';
import { getMunicipality } from '@/db/queries/municipalities';
import { registerRowBatches } from '@/db/queries/register-page';
import { requestNow } from '@/lib/server/clock';
import { osloDateOf } from '@/lib/pure/domain/iso-date';
import { isMunicipalityNumber } from '@/lib/pure/domain/municipality';
import { csvFileName, registerCsvStream } from '@/lib/pure/register/csv';
import { csvWords } from '@/lib/pure/csv-words';
import { requestLocale } from '@/lib/server/i18n/server';
import { registerQuerySchema } from '@/lib/pure/register/query';
import { route } from '@/lib/server/route';

const kommunenummerOf = (params: Record<string, string | string[]>) => {
  const value = params.kommunenummer;
  return typeof value === 'string' && isMunicipalityNumber(value) ? value : null;
};

export const GET = route(
  {
    access: 'register.read',
    query: registerQuerySchema,
    resource: async (_query, params) => {
      const kommunenummer = kommunenummerOf(params);
      if (!kommunenummer || !(await getMunicipality(await getDb(), kommunenummer))) return null;
      return { kind: 'municipality', kommunenummer };
    },
  },
  async ({ query, params, request }) => {
    const kommunenummer = kommunenummerOf(params)!;
    const db = await getDb();
    const municipality = await getMunicipality(db, kommunenummer);
    const now = await requestNow();
    const fileName = csvFileName('samarbeidsregister', municipality?.name ?? kommunenummer, osloDateOf(now));
    return new Response(registerCsvStream(registerRowBatches(db, kommunenummer, query, now, request.signal), csvWords(await requestLocale())), {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${fileName}"`,
        'Cache-Control': 'private, no-store',
      },
    });
  },
);
