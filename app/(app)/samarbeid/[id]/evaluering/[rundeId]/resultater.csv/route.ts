// A closed round's results as CSV: read through readResults, so the same people as for the
// page get it, only after the round is closed, and always anonymous. Headers and fixed words in
// the requester's language (a file for people, not an open-data interface).
import { NextResponse } from 'next/server';
import { getDb } from '@/db/client';
import { loadDossier } from '@/db/queries/dossier';
import { roundResource } from '@/db/queries/evaluations';
import { actionContext, ActionError, MESSAGES } from '@/lib/server/action';
import { requestNow } from '@/lib/server/clock';
import { readResults } from '@/lib/server/actions/evaluation';
import { resultsFileName } from '@/lib/pure/report/evaluation-report';
import { resultsCsv } from '@/lib/pure/report/results-csv';
import { csvWords } from '@/lib/pure/csv-words';
import { requestLocale } from '@/lib/server/i18n/server';
import { route } from '@/lib/server/route';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const uuidOf = (params: Record<string, string | string[]>, key: string) => {
  const value = params[key];
  return typeof value === 'string' && UUID.test(value) ? value : null;
};

export const GET = route(
  {
    access: 'cooperation.read',
    resource: async (_query, params) => {
      const cooperationId = uuidOf(params, 'id');
      const roundId = uuidOf(params, 'rundeId');
      if (!cooperationId || !roundId) return null;
      const resource = await roundResource(await getDb(), roundId);
      return resource?.id === cooperationId ? resource : null;
    },
  },
  async ({ params, user }) => {
    if (!user) return NextResponse.json({ error: MESSAGES.unauthenticated }, { status: 401 });
    const db = await getDb();
    let read;
    try {
      read = await readResults({ roundId: uuidOf(params, 'rundeId')! }, actionContext(db, user, await requestNow()));
    } catch (err) {
      if (err instanceof ActionError && (err.code === 'forbidden' || err.code === 'not_found')) {
        return NextResponse.json({ error: err.message }, { status: err.code === 'forbidden' ? 403 : 404 });
      }
      throw err;
    }
    const dossier = await loadDossier(db, read.round.cooperationId);
    const fileName = resultsFileName(dossier?.name ?? 'samarbeid', read.results.roundNumber);
    return new Response(resultsCsv(read.results, csvWords(await requestLocale())), {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${fileName}"`,
        'Cache-Control': 'private, no-store',
      },
    });
  },
);
