import 'server-only';
// The evaluation report's data for the printable page and the PDF. Read through readResults,
// so exactly the people who may read the round's results get the report, and only after the
// round is closed; then the round's outcome and the cooperation's basics are added. The PDF
// passes the requester's language; the printable page keeps bokmål for now.
import type { z } from 'zod';
import { loadDossier } from '@/db/queries/dossier';
import { roundById } from '@/db/queries/evaluations';
import { ActionError, type ActionContext } from '@/lib/server/action';
import { BOKMAAL_REPORT, buildEvaluationReport, type EvaluationReport, type ReportLanguage } from '@/lib/pure/report/evaluation-report';
import type { roundInputSchema } from '@/lib/pure/validation/evaluation';
import { EVALUATION_MESSAGES, readResults, readResultsSpec } from './evaluation';

export const readReportSpec = readResultsSpec;

export interface ReportRead {
  cooperationId: string;
  roundId: string;
  report: EvaluationReport;
}

export async function readReport(input: z.output<typeof roundInputSchema>, ctx: ActionContext, now: Date = new Date(), lang: ReportLanguage = BOKMAAL_REPORT): Promise<ReportRead> {
  const { round, results } = await readResults(input, ctx);
  const [row, dossier] = await Promise.all([roundById(ctx.db, round.id), loadDossier(ctx.db, round.cooperationId)]);
  if (!row || !dossier) throw new ActionError('not_found', EVALUATION_MESSAGES.noRound); // deleted in between
  const report = buildEvaluationReport({
    cooperation: { name: dossier.name, legalForm: dossier.design.legalForm, members: dossier.members },
    results,
    outcome: {
      summary: row.summary,
      recommendation: row.recommendation,
      recommendationNote: row.recommendationNote,
      decision: row.decision,
      decisionNote: row.decisionNote,
      decidedAt: row.decidedAt,
    },
    now,
  }, lang);
  return { cooperationId: round.cooperationId, roundId: round.id, report };
}
