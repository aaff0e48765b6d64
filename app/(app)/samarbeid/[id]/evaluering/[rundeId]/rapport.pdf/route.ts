// The evaluation report as a PDF to attach to a council case: the same model as the printable
// page, rendered with @react-pdf/renderer (Node only). The wrapper refuses whoever may not read
// the cooperation; readReport then applies the results' own rule (respondents, members'
// rådmannsteam and administrators, and only after the round is closed). The report is worded
// in the requester's language (profile, language cookie, browser), its dates and numbers too.
import { NextResponse } from 'next/server';
import { getDb } from '@/db/client';
import { roundResource } from '@/db/queries/evaluations';
import { ActionError, MESSAGES, actionContext } from '@/lib/server/action';
import { readReport } from '@/lib/server/actions/evaluation-report';
import { requestNow } from '@/lib/server/clock';
import { renderEvaluationReportPdf } from '@/lib/server/report/evaluation-report-pdf';
import { requestLocale } from '@/lib/server/i18n/server';
import { reportLanguage } from '@/lib/pure/report/evaluation-report';
import { route } from '@/lib/server/route';

export const runtime = 'nodejs';

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
      // A round reached through another cooperation's address does not exist there.
      return resource?.id === cooperationId ? resource : null;
    },
  },
  async ({ params, user }) => {
    if (!user) return NextResponse.json({ error: MESSAGES.unauthenticated }, { status: 401 }); // route() has signed in already
    const lang = reportLanguage(await requestLocale());
    let read;
    try {
      read = await readReport({ roundId: uuidOf(params, 'rundeId')! }, actionContext(await getDb(), user, await requestNow()), await requestNow(), lang);
    } catch (err) {
      if (err instanceof ActionError && (err.code === 'forbidden' || err.code === 'not_found')) {
        return NextResponse.json({ error: err.message }, { status: err.code === 'forbidden' ? 403 : 404 });
      }
      throw err;
    }
    const pdf = await renderEvaluationReportPdf(read.report, lang);
    return new Response(new Uint8Array(pdf), {
      headers: {
        'Content-Type': 'application/pdf',
        'Content-Disposition': `attachment; filename="${read.report.fileName}"`,
        'Content-Length': String(pdf.length),
        'Cache-Control': 'private, no-store',
      },
    });
  },
);
