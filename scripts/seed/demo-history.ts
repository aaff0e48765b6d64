// Plays a demo cooperation's script (scripts/seed/demo-cooperations) against the database: every
// lifecycle step goes through the runner with a back-dated clock, so the history, snapshots
// and start dates are exactly what real use would have written. Between the steps it records
// member decisions, plans and logs anchoring, and makes the few later edits a script asks for.
import { and, asc, eq, inArray, lt } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { syncOccurrences } from '@/db/queries/anchoring';
import { loadDossier } from '@/db/queries/dossier';
import { fixtureUuid } from '@/db/queries/dossier-import';
import { anchoringOccurrences, bodyMeetings, cooperations, informationItems, memberDecisions } from '@/db/schema';
import type { Dossier, Framing } from '@/lib/pure/domain/dossier';
import { addMonths, inWindow, lastTwelveMonths, osloDateOf } from '@/lib/pure/domain/iso-date';
import { CHANGE_KINDS } from '@/lib/pure/validation/lifecycle';
import { transitionAsSystem, type Actor } from '@/workflows/cooperation/runner';
import type { DemoCooperation, DemoDecision, OccurrenceLogger } from './demo-cooperations/types';
import { playEvaluation } from './demo-evaluation';

export const DEMO_ACTOR: Actor = { id: null, name: 'Demodata' };

/**
 * Plays the script of one cooperation already inserted under `cooperationId`. A step the
 * runner refuses stops the script there and is returned as a problem (the cooperation stays
 * consistent in the state it reached), so a changed readiness rule degrades the demo rather
 * than the start of the application; the demo test insists on no problems.
 */
export async function playScript(db: Db, cooperationId: string, demo: DemoCooperation, now: Date): Promise<string[]> {
  const today = osloDateOf(now);
  let previous = 0;
  try {
    for (const [index, step] of demo.steps.entries()) {
      switch (step.kind) {
        case 'event': {
          // 08:00 UTC on the day, a minute per step, so same-day steps keep their order.
          const at = new Date(Date.parse(`${step.at}T08:00:00.000Z`) + index * 60_000);
          if (step.at >= today || at.getTime() <= previous) throw new Error(`steget ${step.type} den ${step.at} er ikke i fortiden eller ikke i rekkefølge`);
          previous = at.getTime();
          // Worded as lib/server/actions/lifecycle.ts words a change proposal sent from the overview.
          const details = step.change ? { kind: step.change.kind, description: step.change.description } : undefined;
          const comment = step.change ? [CHANGE_KINDS[step.change.kind], step.change.description, step.comment].filter(Boolean).join(': ') : (step.comment ?? null);
          const result = await transitionAsSystem(db, cooperationId, { type: step.type, phase: step.phase, comment, details }, DEMO_ACTOR, { now: at });
          if (!result.ok) {
            const missing = result.reason === 'not_ready' ? ` Mangler: ${result.missing.join('; ')}` : '';
            throw new Error(`${step.type} ble avvist: ${result.message}${missing}`);
          }
          break;
        }
        case 'decisions':
          await recordDecisions(db, cooperationId, step.decisions);
          break;
        case 'anchoring':
          await planAndLogAnchoring(db, cooperationId, demo.dossier, step.log, now);
          break;
        case 'framing':
          await patchFraming(db, cooperationId, step.patch, now);
          break;
        case 'evaluation': {
          const first = Date.parse(`${step.round.openedAt}T08:00:00.000Z`);
          const days = [step.round.openedAt, ...step.round.answers.map((a) => a.at), step.round.closedAt, step.round.decision.at];
          if (first <= previous || days.some((d, i) => d >= today || (i > 0 && d < days[i - 1]!))) throw new Error(`evalueringen fra ${step.round.openedAt} er ikke i fortiden eller ikke i rekkefølge`);
          await playEvaluation(db, cooperationId, step.round, DEMO_ACTOR);
          previous = Date.parse(`${step.round.decision.at}T23:59:00.000Z`);
          break;
        }
        case 'drop-information':
          await db.delete(informationItems).where(and(eq(informationItems.cooperationId, cooperationId), eq(informationItems.audience, step.audience)));
          break;
        case 'minutes':
          await db
            .update(bodyMeetings)
            .set({ minutesUrl: step.url, minutesPublic: step.isPublic })
            .where(and(eq(bodyMeetings.cooperationId, cooperationId), eq(bodyMeetings.id, fixtureUuid(cooperationId, step.meetingId))));
          break;
      }
    }
    return [];
  } catch (err) {
    return [`Demodata for «${demo.dossier.name}»: ${err instanceof Error ? err.message : String(err)}`];
  }
}

async function recordDecisions(db: Db, cooperationId: string, decisions: readonly DemoDecision[]): Promise<void> {
  if (decisions.length === 0) return;
  await db.insert(memberDecisions).values(
    decisions.map((d, i) => ({
      id: fixtureUuid(cooperationId, `vedtak-${d.round}-${d.memberId}-${d.date}`),
      cooperationId,
      memberId: fixtureUuid(cooperationId, d.memberId),
      round: d.round,
      body: d.body,
      date: d.date,
      saksnummer: d.saksnummer,
      outcome: d.outcome,
      url: d.url,
      // Registered the day after the meeting, in the script's order.
      recordedAt: new Date(Date.parse(`${d.date}T12:00:00.000Z`) + 86_400_000 + i * 1000),
    })),
  );
}

/**
 * The runner planned the first twelve months on entering drift; the application plans the
 * following years as time passes, so this does the same year by year up to today, logs
 * every occurrence that fell due before today, and finally plans the coming twelve months.
 */
async function planAndLogAnchoring(db: Db, cooperationId: string, source: Dossier, log: OccurrenceLogger, now: Date): Promise<void> {
  const today = osloDateOf(now);
  const [row] = await db.select({ startDate: cooperations.startDate }).from(cooperations).where(eq(cooperations.id, cooperationId));
  if (!row?.startDate) throw new Error('forankring kan bare planlegges for et samarbeid i drift');
  for (let from = addMonths(row.startDate, 12); from < today; from = addMonths(from, 12)) {
    await syncOccurrences(db, await dossierOf(db, cooperationId), new Date(`${from}T00:00:00.000Z`));
  }

  const localId = new Map<string, string>([
    ...source.members.map((m): [string, string] => [fixtureUuid(cooperationId, m.id), m.id]),
    ...source.anchoringPoints.map((p): [string, string] => [fixtureUuid(cooperationId, p.id), p.id]),
  ]);
  const past = await db
    .select()
    .from(anchoringOccurrences)
    .where(and(eq(anchoringOccurrences.cooperationId, cooperationId), lt(anchoringOccurrences.dueDate, today)))
    .orderBy(asc(anchoringOccurrences.dueDate));
  const window = lastTwelveMonths(today);
  const seen = new Map<string, number>();
  const logged = past.flatMap((o) => {
    const memberId = localId.get(o.memberId) ?? o.memberId;
    const pointId = o.anchoringPointId === null ? '' : (localId.get(o.anchoringPointId) ?? o.anchoringPointId);
    const inLastYear = inWindow(o.dueDate, window);
    const slot = `${pointId}\u0000${memberId}`;
    const indexInLastYear = inLastYear ? (seen.get(slot) ?? 0) : -1;
    if (inLastYear) seen.set(slot, indexInLastYear + 1);
    const entry = log({ memberId, pointId, body: o.body, kind: o.kind, level: o.level, dueDate: o.dueDate, inLastYear, indexInLastYear });
    return entry ? [{ ...o, ...entry, loggedAt: new Date(`${entry.heldDate ?? o.dueDate}T15:00:00.000Z`) }] : [];
  });
  // Hundreds of rows: replaced in two statements instead of updated one by one, which keeps
  // the first start of the application fast. Ids and plan references stay the same.
  if (logged.length > 0) {
    await db.transaction(async (tx) => {
      await tx.delete(anchoringOccurrences).where(inArray(anchoringOccurrences.id, logged.map((o) => o.id)));
      await tx.insert(anchoringOccurrences).values(logged);
    });
  }
  await syncOccurrences(db, await dossierOf(db, cooperationId), now);
}

async function patchFraming(db: Db, cooperationId: string, patch: Partial<Framing>, now: Date): Promise<void> {
  const dossier = await dossierOf(db, cooperationId);
  await db.update(cooperations).set({ framing: { ...dossier.framing, ...patch }, updatedAt: now }).where(eq(cooperations.id, cooperationId));
}

async function dossierOf(db: Db, cooperationId: string): Promise<Dossier> {
  const dossier = await loadDossier(db, cooperationId);
  if (!dossier) throw new Error('fant ikke samarbeidet');
  return dossier;
}
