// The open tasks of one cooperation for the "Mine samarbeid" dashboard: sponsors to
// re-confirm after an election, member decisions still missing, an evaluation falling due,
// information-plan items not carried out in time, and phase data a running cooperation
// still lacks (typically one registered as existing). Each task links to where it is done.
import type { Action } from '@/lib/pure/auth/can';
import { completeness } from '@/lib/pure/domain/completeness';
import type { Dossier } from '@/lib/pure/domain/dossier';
import { addDays, addMonths, formatDateNb, toIsoDate, type IsoDate } from '@/lib/pure/domain/iso-date';
import { evaluationIntervalMonths, lastClosedEvaluation } from '@/lib/pure/domain/legitimacy-throughput-output';
import { countNb, joinSome } from '@/lib/pure/domain/nb-text';
import { memberDecisionStatus } from '@/lib/pure/domain/readiness';
import { dueInformationItems, type ExecutionLike } from './information';

export type TaskKind = 'sponsor' | 'vedtak' | 'evaluering' | 'informasjon' | 'fullfor';

/**
 * What a task asks of the one who acts on it (lib/pure/auth/can.ts decides who may); everyone
 * else who reads the card sees the task as status. A sponsor is re-confirmed and missing phase
 * data filled in through the phase pages, member decisions are recorded by those who may
 * decide, evaluations opened by those who may evaluate, and the information plan is logged.
 */
export const TASK_ACTIONS: Record<TaskKind, Action> = {
  sponsor: 'cooperation.edit',
  fullfor: 'cooperation.edit',
  vedtak: 'lifecycle.decide',
  evaluering: 'lifecycle.evaluate',
  informasjon: 'information.log',
};

export interface DashboardTask {
  kind: TaskKind;
  /** What to do, for someone who may do it. */
  text: string;
  /** The same as a state of affairs, for someone who reads the card but may not act on it. */
  status: string;
  href: string;
  /** Past its deadline (sorts the card up and shows the task as urgent). */
  overdue: boolean;
  /**
   * «Fullfør»: the first follow-up's rule, how many more there are and the score, so a reader in
   * another language gets the text worded from them (the text above is the bokmål one).
   */
  followUp?: { ruleId: string; more: number; score: number };
}

/** An evaluation is shown as coming this many days before it falls due. */
export const EVALUATION_NOTICE_DAYS = 60;

const EVALUATED_STATES: readonly Dossier['state'][] = ['drift'];
/** Running states where missing phase data is a task (establishing shows it as readiness). */
const RUNNING_STATES: readonly Dossier['state'][] = ['drift', 'evaluering', 'beslutning'];

export function openTasks(dossier: Dossier, context: { today: IsoDate; decisionRound: number | null; executions: readonly ExecutionLike[] }): DashboardTask[] {
  const base = `/samarbeid/${dossier.id}`;
  const tasks: DashboardTask[] = [];

  const reconfirm = dossier.sponsors.filter((s) => s.needsReconfirmation);
  if (reconfirm.length > 0) {
    tasks.push({
      kind: 'sponsor',
      text: `Bekreft ${countNb(reconfirm.length, 'sponsor', 'sponsorer')} etter valget: ${joinSome(reconfirm.map((s) => s.name), 3)}.`,
      status: `${countNb(reconfirm.length, 'sponsor venter', 'sponsorer venter')} på ny bekreftelse etter valget: ${joinSome(reconfirm.map((s) => s.name), 3)}.`,
      href: base,
      overdue: true,
    });
  }

  if (dossier.state === 'medlemsvedtak' && context.decisionRound !== null) {
    const pending = memberDecisionStatus(dossier, context.decisionRound).pending;
    if (pending.length > 0) {
      const text = `Vedtak mangler fra ${joinSome(pending, 3)}.`;
      tasks.push({ kind: 'vedtak', text, status: text, href: `${base}/vedtak`, overdue: false });
    }
  }

  const evaluation = evaluationDue(dossier, context.today);
  if (evaluation) tasks.push(evaluation);

  const due = dueInformationItems(dossier.informationItems, context.executions, { state: dossier.state, startDate: dossier.startDate, today: context.today });
  if (due.length > 0) {
    const text = `${countNb(due.length, 'tiltak', 'tiltak')} i informasjonsplanen er ikke gjennomført i tide.`;
    tasks.push({
      kind: 'informasjon',
      text,
      status: text,
      href: `${base}/informasjon`,
      overdue: true,
    });
  }

  const complete = completeness(dossier);
  if (RUNNING_STATES.includes(dossier.state) && complete.followUps.length > 0) {
    const first = complete.followUps[0]!.text;
    const more = complete.followUps.length - 1;
    tasks.push({
      kind: 'fullfor',
      text: `${first}${more > 0 ? ` (og ${countNb(more, 'punkt', 'punkter')} til)` : ''}. Samarbeidet er ${complete.score} % komplett.`,
      status: `Samarbeidet er ${complete.score} % komplett i Brobygger; ${countNb(complete.followUps.length, 'punkt', 'punkter')} gjenstår.`,
      href: base,
      overdue: false,
      followUp: { ruleId: complete.followUps[0]!.ruleId, more, score: complete.score },
    });
  }
  return tasks;
}

/** From the last closed evaluation (or the start of drift) plus the cooperation's interval. */
export function evaluationDueDate(dossier: Dossier): IsoDate | null {
  const reference = lastClosedEvaluation(dossier) ?? (dossier.startDate ? toIsoDate(dossier.startDate) : null);
  return reference === null ? null : addMonths(reference, evaluationIntervalMonths(dossier));
}

function evaluationDue(dossier: Dossier, today: IsoDate): DashboardTask | null {
  if (!EVALUATED_STATES.includes(dossier.state)) return null;
  const due = evaluationDueDate(dossier);
  if (due === null || addDays(due, -EVALUATION_NOTICE_DAYS) > today) return null;
  const overdue = due < today;
  const text = overdue ? `Evalueringen skulle vært gjennomført innen ${formatDateNb(due)}.` : `Evalueringen skal gjennomføres innen ${formatDateNb(due)}.`;
  return {
    kind: 'evaluering',
    text,
    status: text,
    href: `/samarbeid/${dossier.id}`,
    overdue,
  };
}
