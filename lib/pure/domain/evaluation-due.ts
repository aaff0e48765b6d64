// When a cooperation's next evaluation is due by schedule (domain.md section 5): the
// interval of the framing (default 12 months) after the last closed evaluation, or after
// the start of drift when there has been none. Pure; the overview and dashboard read it.
import type { Dossier } from './dossier';
import { addMonths, osloDateOf, toIsoDate, type IsoDate } from './iso-date';
import { evaluationIntervalMonths, lastClosedEvaluation } from './legitimacy-throughput-output';

export interface EvaluationDue {
  /** In drift, and the scheduled day has come: a round should be opened. */
  due: boolean;
  /** The scheduled day of the next evaluation; null before the cooperation has started. */
  dueDate: IsoDate | null;
  /** What the schedule counts from. */
  basis: 'siste_evaluering' | 'oppstart' | null;
  intervalMonths: number;
  /** A round is open now (the cooperation is being evaluated). */
  inProgress: boolean;
}

export function evaluationDue(dossier: Dossier, now: Date): EvaluationDue {
  const intervalMonths = evaluationIntervalMonths(dossier);
  const inProgress = dossier.evaluations.some((e) => e.closedAt === null);
  const last = lastClosedEvaluation(dossier);
  const reference = last ?? (dossier.startDate ? toIsoDate(dossier.startDate) : null);
  if (reference === null) return { due: false, dueDate: null, basis: null, intervalMonths, inProgress };
  const dueDate = addMonths(reference, intervalMonths);
  return {
    due: dossier.state === 'drift' && !inProgress && osloDateOf(now) >= dueDate,
    dueDate,
    basis: last ? 'siste_evaluering' : 'oppstart',
    intervalMonths,
    inProgress,
  };
}
