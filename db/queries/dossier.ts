import 'server-only';
// Assembles the pure Dossier (lib/domain/dossier.ts) of one cooperation from its tables.
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../client';
import {
  anchoringOccurrences,
  anchoringPoints,
  bodyDecisions,
  cooperationMembers,
  cooperations,
  evaluationRounds,
  goals,
  informationItems,
  instrumentUses,
  memberDecisions,
  municipalities,
  sponsors,
} from '../schema';
import { emptyDesign, emptyFraming, type AnchoringPoint, type Dossier, type GeographicLevel, type LifecycleState } from '@/lib/domain/dossier';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export async function loadDossier(db: Db, id: string): Promise<Dossier | null> {
  const [row] = await db.select().from(cooperations).where(eq(cooperations.id, id));
  if (!row) return null;
  const [members, goalRows, sponsorRows, pointRows, occurrenceRows, infoRows, instrumentRows, decisionRows, bodyRows, roundRows] = await Promise.all([
    db
      .select({ m: cooperationMembers, municipalityName: municipalities.name, municipalityPopulation: municipalities.population })
      .from(cooperationMembers)
      .leftJoin(municipalities, eq(municipalities.kommunenummer, cooperationMembers.kommunenummer))
      .where(eq(cooperationMembers.cooperationId, id))
      .orderBy(asc(cooperationMembers.sortOrder), asc(municipalities.name)),
    db.select().from(goals).where(eq(goals.cooperationId, id)).orderBy(asc(goals.sortOrder)),
    db.select().from(sponsors).where(eq(sponsors.cooperationId, id)),
    db.select().from(anchoringPoints).where(eq(anchoringPoints.cooperationId, id)),
    db.select().from(anchoringOccurrences).where(eq(anchoringOccurrences.cooperationId, id)).orderBy(asc(anchoringOccurrences.dueDate)),
    db.select().from(informationItems).where(eq(informationItems.cooperationId, id)),
    db.select().from(instrumentUses).where(eq(instrumentUses.cooperationId, id)),
    db.select().from(memberDecisions).where(eq(memberDecisions.cooperationId, id)).orderBy(asc(memberDecisions.recordedAt)),
    db.select().from(bodyDecisions).where(eq(bodyDecisions.cooperationId, id)).orderBy(asc(bodyDecisions.date)),
    db
      .select({ id: evaluationRounds.id, closedAt: evaluationRounds.closedAt, decision: evaluationRounds.decision })
      .from(evaluationRounds)
      .where(eq(evaluationRounds.cooperationId, id))
      .orderBy(asc(evaluationRounds.number)),
  ]);
  const activeMembers = members.filter((r) => r.m.leftAt === null);
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
    members: activeMembers.map(({ m, municipalityName, municipalityPopulation }) => ({
      id: m.id,
      kommunenummer: m.kommunenummer,
      name: municipalityName ? `${municipalityName} kommune` : (m.organisationName ?? 'Ukjent deltaker'),
      role: m.role,
      population: m.population ?? municipalityPopulation ?? null,
      usage: m.usage,
      fixedSharePercent: m.fixedSharePercent,
      representatives: m.representatives,
      contactPerson: m.contactPerson,
      expectedBenefit: m.expectedBenefit,
    })),
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
    })),
    informationItems: infoRows.map((i) => ({ id: i.id, audience: i.audience, content: i.content, timing: i.timing, channel: i.channel, place: i.place, responsible: i.responsible })),
    participation: { representation: null, informalContact: null, ...(row.participation ?? {}) },
    instruments: instrumentRows.map((i) => ({ id: i.id, family: i.family, code: i.code, label: i.label, status: i.status, documentUrl: i.documentUrl })),
    memberDecisions: decisionRows.map((d) => ({ id: d.id, memberId: d.memberId, body: d.body, date: d.date, saksnummer: d.saksnummer, outcome: d.outcome, url: d.url, round: d.round })),
    bodyDecisions: bodyRows.map((b) => ({
      id: b.id,
      body: b.body,
      date: b.date,
      title: b.title,
      political: b.political,
      withinMandate: b.withinMandate,
      documentsSentInTime: b.documentsSentInTime,
      preparedByMemberIds: b.preparedByMemberIds,
    })),
    evaluations: roundRows.map((r) => ({ id: r.id, closedAt: iso(r.closedAt), decision: r.decision })),
  };
}

/** The lifecycle columns only: what the runner reads and the page header shows. */
export async function loadLifecycle(db: Db, id: string) {
  const [row] = await db
    .select({
      id: cooperations.id,
      name: cooperations.name,
      state: cooperations.state,
      stateValue: cooperations.stateValue,
      snapshot: cooperations.snapshot,
      machineVersion: cooperations.machineVersion,
      rowVersion: cooperations.rowVersion,
      exitChecklist: cooperations.exitChecklist,
    })
    .from(cooperations)
    .where(eq(cooperations.id, id));
  return row ?? null;
}

/** Member municipality numbers, for authorisation. */
export async function memberKommunenummer(db: Db, id: string): Promise<string[]> {
  const rows = await db.select({ k: cooperationMembers.kommunenummer }).from(cooperationMembers).where(eq(cooperationMembers.cooperationId, id));
  return rows.map((r) => r.k).filter((k): k is string => k !== null);
}

/** The authorisation resource of a cooperation; null when it does not exist. */
export async function cooperationResource(db: Db, id: string) {
  const [row] = await db.select({ id: cooperations.id }).from(cooperations).where(eq(cooperations.id, id));
  if (!row) return null;
  return { kind: 'cooperation' as const, id, memberKommunenummer: await memberKommunenummer(db, id) };
}
