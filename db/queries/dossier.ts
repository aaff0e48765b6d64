import 'server-only';
// Assembles the pure Dossier (lib/pure/domain/dossier.ts) of cooperations from their tables.
import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../client';
import {
  anchoringOccurrences,
  anchoringPoints,
  bodyDecisions,
  bodyMeetings,
  cooperationMembers,
  cooperations,
  evaluationRounds,
  goals,
  informationItems,
  instrumentUses,
  meetingMinutesFiles,
  memberDecisions,
  municipalities,
  sponsors,
} from '../schema';
import { type AnchoringPoint, type Dossier, type GeographicLevel, type LifecycleState, type Member } from '@/lib/pure/domain/dossier';
import { emptyDesign, emptyFraming } from '@/lib/pure/domain/empty-dossier';
import { organisationTitle } from '@/lib/pure/domain/municipality';
import { membershipStatus, type MembershipChange } from '@/lib/pure/domain/membership';
import { osloDateOf, type IsoDate } from '@/lib/pure/domain/iso-date';
import { cooperationResource, type CooperationResource } from '@/lib/pure/auth/can';
import { loadMembershipChanges, membersOn } from './membership';

export interface DossierOptions {
  /** The day membership is judged on (lib/pure/domain/membership.ts); default today in Oslo. */
  today?: IsoDate;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export async function loadDossier(db: Db, id: string, options: DossierOptions = {}): Promise<Dossier | null> {
  return (await loadDossiers(db, [id], options))[0] ?? null;
}

/**
 * Several dossiers with one query per table (not per cooperation), in the order of `ids`;
 * unknown ids are left out. Registers and dashboards load dozens at a time.
 */
export async function loadDossiers(db: Db, ids: readonly string[], options: DossierOptions = {}): Promise<Dossier[]> {
  return (await loadDossiersWithOccurrences(db, ids, options)).dossiers;
}

export type OccurrenceRow = typeof anchoringOccurrences.$inferSelect;

/**
 * loadDossiers, plus the occurrence rows as stored (with the body copied onto each), so a
 * caller that needs those too (the dashboard) does not read the biggest table twice.
 */
export async function loadDossiersWithOccurrences(
  db: Db,
  ids: readonly string[],
  options: DossierOptions = {},
): Promise<{ dossiers: Dossier[]; occurrences: (id: string) => OccurrenceRow[] }> {
  const none = { dossiers: [], occurrences: () => [] };
  if (ids.length === 0) return none;
  const today = options.today ?? osloDateOf(new Date());
  const list = [...new Set(ids)];
  const rows = await db.select().from(cooperations).where(inArray(cooperations.id, list));
  if (rows.length === 0) return none;
  const found = rows.map((r) => r.id);
  const [members, goalRows, sponsorRows, pointRows, occurrenceRows, infoRows, instrumentRows, decisionRows, meetingRows, bodyRows, roundRows, changeRows] = await Promise.all([
    db
      .select({ m: cooperationMembers, municipalityName: municipalities.name, municipalityKind: municipalities.kind, municipalityPopulation: municipalities.population })
      .from(cooperationMembers)
      .leftJoin(municipalities, eq(municipalities.kommunenummer, cooperationMembers.kommunenummer))
      .where(inArray(cooperationMembers.cooperationId, found))
      .orderBy(asc(cooperationMembers.sortOrder), asc(municipalities.name)),
    db.select().from(goals).where(inArray(goals.cooperationId, found)).orderBy(asc(goals.sortOrder)),
    db.select().from(sponsors).where(inArray(sponsors.cooperationId, found)),
    db.select().from(anchoringPoints).where(inArray(anchoringPoints.cooperationId, found)),
    db.select().from(anchoringOccurrences).where(inArray(anchoringOccurrences.cooperationId, found)).orderBy(asc(anchoringOccurrences.dueDate)),
    db.select().from(informationItems).where(inArray(informationItems.cooperationId, found)),
    db.select().from(instrumentUses).where(inArray(instrumentUses.cooperationId, found)),
    db.select().from(memberDecisions).where(inArray(memberDecisions.cooperationId, found)).orderBy(asc(memberDecisions.recordedAt)),
    db
      .select({
        id: bodyMeetings.id,
        cooperationId: bodyMeetings.cooperationId,
        bodyId: bodyMeetings.bodyId,
        bodyName: bodyMeetings.bodyName,
        date: bodyMeetings.meetingDate,
        documentsSentDate: bodyMeetings.documentsSentDate,
        minutesPublished: sql<boolean>`${bodyMeetings.minutesPublic} and (${bodyMeetings.minutesUrl} is not null or ${meetingMinutesFiles.meetingId} is not null)`,
      })
      .from(bodyMeetings)
      .leftJoin(meetingMinutesFiles, eq(meetingMinutesFiles.meetingId, bodyMeetings.id))
      .where(inArray(bodyMeetings.cooperationId, found))
      .orderBy(asc(bodyMeetings.meetingDate)),
    db.select().from(bodyDecisions).where(inArray(bodyDecisions.cooperationId, found)).orderBy(asc(bodyDecisions.recordedAt)),
    db
      .select({
        id: evaluationRounds.id,
        cooperationId: evaluationRounds.cooperationId,
        number: evaluationRounds.number,
        closedAt: evaluationRounds.closedAt,
        decision: evaluationRounds.decision,
        // Only the small parts of the frozen results the rules read: perceived scores and goal attainment.
        perceived: sql<RoundPerceived | null>`case when ${evaluationRounds.results} is null then null else jsonb_build_object(
          'input', ${evaluationRounds.results}->'criteria'->'input'->'perceived'->'score',
          'throughput', ${evaluationRounds.results}->'criteria'->'throughput'->'perceived'->'score',
          'output', ${evaluationRounds.results}->'criteria'->'output'->'perceived'->'score') end`,
        goalAttainment: sql<{ goalId: string; mean: number | null }[] | null>`(select jsonb_agg(jsonb_build_object('goalId', g->>'goalId', 'mean', g->'tally'->'mean'))
          from jsonb_array_elements(case when jsonb_typeof(${evaluationRounds.results}->'goals') = 'array' then ${evaluationRounds.results}->'goals' else '[]'::jsonb end) g)`,
      })
      .from(evaluationRounds)
      .where(inArray(evaluationRounds.cooperationId, found))
      .orderBy(asc(evaluationRounds.number)),
    loadMembershipChanges(db, found),
  ]);
  const byCooperation = <T>(items: readonly T[], key: (item: T) => string) => {
    const map = new Map<string, T[]>();
    for (const item of items) {
      const k = key(item);
      const bucket = map.get(k);
      if (bucket) bucket.push(item);
      else map.set(k, [item]);
    }
    return (id: string) => map.get(id) ?? [];
  };
  const parts = {
    members: byCooperation(members, (r) => r.m.cooperationId),
    goals: byCooperation(goalRows, (r) => r.cooperationId),
    sponsors: byCooperation(sponsorRows, (r) => r.cooperationId),
    points: byCooperation(pointRows, (r) => r.cooperationId),
    occurrences: byCooperation(occurrenceRows, (r) => r.cooperationId),
    info: byCooperation(infoRows, (r) => r.cooperationId),
    instruments: byCooperation(instrumentRows, (r) => r.cooperationId),
    decisions: byCooperation(decisionRows, (r) => r.cooperationId),
    meetings: byCooperation(meetingRows, (r) => r.cooperationId),
    bodies: byCooperation(bodyRows, (r) => r.cooperationId),
    rounds: byCooperation(roundRows, (r) => r.cooperationId),
    changes: byCooperation(changeRows, (r) => r.cooperationId),
  };
  const rowById = new Map(rows.map((r) => [r.id, r]));
  const dossiers = list.flatMap((id) => {
    const row = rowById.get(id);
    if (!row) return [];
    return [
      assemble(row, {
        members: parts.members(id),
        goalRows: parts.goals(id),
        sponsorRows: parts.sponsors(id),
        pointRows: parts.points(id),
        occurrenceRows: parts.occurrences(id),
        infoRows: parts.info(id),
        instrumentRows: parts.instruments(id),
        decisionRows: parts.decisions(id),
        meetingRows: parts.meetings(id),
        bodyRows: parts.bodies(id),
        roundRows: parts.rounds(id),
        changeRows: parts.changes(id),
        today,
      }),
    ];
  });
  return { dossiers, occurrences: parts.occurrences };
}

type CooperationRow = typeof cooperations.$inferSelect;
type RoundPerceived = { input: number | null; throughput: number | null; output: number | null };
interface DossierParts {
  members: { m: typeof cooperationMembers.$inferSelect; municipalityName: string | null; municipalityKind: string | null; municipalityPopulation: number | null }[];
  goalRows: (typeof goals.$inferSelect)[];
  sponsorRows: (typeof sponsors.$inferSelect)[];
  pointRows: (typeof anchoringPoints.$inferSelect)[];
  occurrenceRows: (typeof anchoringOccurrences.$inferSelect)[];
  infoRows: (typeof informationItems.$inferSelect)[];
  instrumentRows: (typeof instrumentUses.$inferSelect)[];
  decisionRows: (typeof memberDecisions.$inferSelect)[];
  meetingRows: { id: string; bodyId: string; bodyName: string; date: string; documentsSentDate: string | null; minutesPublished: boolean }[];
  bodyRows: (typeof bodyDecisions.$inferSelect)[];
  roundRows: {
    id: string;
    number: number;
    closedAt: Date | null;
    decision: (typeof evaluationRounds.$inferSelect)['decision'];
    perceived: RoundPerceived | null;
    goalAttainment: { goalId: string; mean: number | null }[] | null;
  }[];
  changeRows: (MembershipChange & { cooperationId: string })[];
  today: IsoDate;
}

type MemberRow = DossierParts['members'][number];

function toMember({ m, municipalityName, municipalityKind, municipalityPopulation }: MemberRow): Member {
  return {
    id: m.id,
    kommunenummer: m.kommunenummer,
    name: municipalityName ? organisationTitle({ name: municipalityName, kind: municipalityKind }) : (m.organisationName ?? 'Ukjent deltaker'),
    role: m.role,
    population: m.population ?? municipalityPopulation ?? null,
    usage: m.usage,
    fixedSharePercent: m.fixedSharePercent,
    representatives: m.representatives,
    contactPerson: m.contactPerson,
    expectedBenefit: m.expectedBenefit,
    expectedBenefitLevel: m.expectedBenefitLevel,
    joinedAt: m.joinedAt,
    leftAt: m.leftAt,
  };
}

function assemble(
  row: CooperationRow,
  { members, goalRows, sponsorRows, pointRows, occurrenceRows, infoRows, instrumentRows, decisionRows, meetingRows, bodyRows, roundRows, changeRows, today }: DossierParts,
): Dossier {
  const meetingById = new Map(meetingRows.map((m) => [m.id, m]));
  const byStatus = (status: ReturnType<typeof membershipStatus>) => members.filter((r) => membershipStatus(r.m, today) === status).map(toMember);
  return {
    id: row.id,
    name: row.name,
    purpose: row.purpose,
    problemWhat: row.problemWhat,
    problemWhy: row.problemWhy,
    problemHow: row.problemHow,
    taskAreaId: row.taskAreaId === null ? null : String(row.taskAreaId),
    geographicLevel: row.geographicLevel as GeographicLevel | null,
    initiatingKommunenummer: row.initiatingKommunenummer,
    state: row.state as LifecycleState,
    startDate: row.startDate,
    members: byStatus('medlem'),
    formerMembers: byStatus('tidligere'),
    upcomingMembers: byStatus('kommende'),
    proposedMembers: byStatus('foreslatt'),
    membershipChanges: changeRows.map(({ cooperationId: _c, ...change }) => change),
    goals: goalRows.map((g) => ({ id: g.id, statement: g.statement, indicator: g.indicator, baseline: g.baseline, target: g.target, deadline: g.deadline })),
    framing: { ...emptyFraming(), ...(row.framing ?? {}) },
    design: { ...emptyDesign(), ...(row.design ?? {}) },
    sponsors: sponsorRows.map((s) => ({
      id: s.id,
      memberId: s.memberId,
      kind: s.kind,
      name: s.name,
      title: s.title,
      userId: s.userId,
      confirmedAt: iso(s.confirmedAt),
      needsReconfirmation: s.needsReconfirmation,
    })),
    support: { practicalSupport: null, minimumFunding: null, professionalCommunity: null, ...(row.support ?? {}) },
    anchoringPoints: pointRows.map(
      (p): AnchoringPoint => ({
        id: p.id,
        kind: p.kind,
        level: p.level,
        body: p.body,
        trigger: p.triggerType === 'periodisk' ? { type: 'periodisk', frequency: p.frequency ?? 'aarlig' } : { type: 'hendelse', event: p.event ?? 'stor_beslutning' },
        memberIds: p.memberIds,
        description: p.description,
      }),
    ),
    occurrences: occurrenceRows.map((o) => ({
      id: o.id,
      anchoringPointId: o.anchoringPointId ?? '',
      memberId: o.memberId,
      dueDate: o.dueDate,
      status: o.status,
      heldDate: o.heldDate,
      saksnummer: o.saksnummer,
      minutesUrl: o.minutesUrl,
      event: o.event,
      // Copied onto the row when it was planned, so a point removed or changed since does not rewrite history.
      kind: o.kind,
    })),
    informationItems: infoRows.map((i) => ({ id: i.id, audience: i.audience, content: i.content, timing: i.timing, channel: i.channel, place: i.place, responsible: i.responsible })),
    participation: { representation: null, informalContact: null, ...(row.participation ?? {}) },
    instruments: instrumentRows.map((i) => ({ id: i.id, family: i.family, code: i.code, label: i.label, status: i.status, documentUrl: i.documentUrl })),
    memberDecisions: decisionRows.map((d) => ({ id: d.id, memberId: d.memberId, body: d.body, date: d.date, saksnummer: d.saksnummer, outcome: d.outcome, url: d.url, round: d.round })),
    bodyMeetings: meetingRows.map((m) => ({
      id: m.id,
      bodyId: m.bodyId,
      bodyName: m.bodyName,
      date: m.date,
      documentsSentDate: m.documentsSentDate,
      minutesPublished: m.minutesPublished === true,
    })),
    bodyDecisions: bodyRows.flatMap((b) => {
      const meeting = meetingById.get(b.meetingId);
      if (!meeting) return [];
      return [
        {
          id: b.id,
          meetingId: b.meetingId,
          body: meeting.bodyName,
          date: meeting.date,
          title: b.title,
          political: b.political,
          outcome: b.outcome,
          withinMandate: b.withinMandate,
          prepared: b.prepared,
          preparedByMemberIds: b.preparedByMemberIds,
          anchoringEvent: b.anchoringEvent,
        },
      ];
    }),
    documentsNoticeDays: row.documentsNoticeDays,
    evaluations: roundRows.map((r) => ({
      id: r.id,
      number: r.number,
      closedAt: iso(r.closedAt),
      decision: r.decision,
      perceived: r.closedAt && r.perceived ? r.perceived : null,
      goalAttainment: r.goalAttainment ?? [],
    })),
  };
}

const LIFECYCLE_COLUMNS = {
  id: cooperations.id,
  name: cooperations.name,
  state: cooperations.state,
  stateValue: cooperations.stateValue,
  snapshot: cooperations.snapshot,
  machineVersion: cooperations.machineVersion,
  rowVersion: cooperations.rowVersion,
  exitChecklist: cooperations.exitChecklist,
};

/** The lifecycle columns only: what the runner reads and the page header shows. */
export async function loadLifecycle(db: Db, id: string) {
  const [row] = await db.select(LIFECYCLE_COLUMNS).from(cooperations).where(eq(cooperations.id, id));
  return row ?? null;
}

/** The lifecycle columns of several cooperations, by id. */
export async function loadLifecycles(db: Db, ids: readonly string[]) {
  const rows = ids.length === 0 ? [] : await db.select(LIFECYCLE_COLUMNS).from(cooperations).where(inArray(cooperations.id, [...ids]));
  return new Map(rows.map((r) => [r.id, r]));
}

/**
 * The authorisation resource of a cooperation (lib/pure/auth/can.ts cooperationResource) with its
 * members on `today` (the membership rule), without loading the dossier; null when it does not
 * exist.
 */
export async function loadCooperationResource(db: Db, id: string, today: IsoDate = osloDateOf(new Date())): Promise<CooperationResource | null> {
  const [row] = await db.select({ id: cooperations.id }).from(cooperations).where(eq(cooperations.id, id));
  if (!row) return null;
  return cooperationResource({ id, members: await membersOn(db, id, today) });
}
