import 'server-only';
// Writes a whole pure Dossier (lib/pure/domain/dossier.ts) into every table in one transaction:
// used by the demo seed and by tests. The lifecycle columns get the dossier's state as a
// version-0 row (no snapshot); from then on only the runner changes them.
import { createHash, randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Db } from '../client';
import {
  anchoringOccurrences,
  anchoringPoints,
  bodyDecisions,
  bodyMeetings,
  cooperationMembers,
  cooperations,
  goals,
  informationItems,
  instrumentUses,
  memberDecisions,
  membershipChanges,
  sponsors,
  taskAreas,
} from '../schema';
import type { Dossier } from '@/lib/pure/domain/dossier';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The database id for a fixture id: a UUID stays as it is; anything else ('m-arendal')
 * becomes a UUID derived from the cooperation and the id, so the same fixture can be
 * inserted many times and references between its parts still meet.
 */
export function fixtureUuid(cooperationId: string, id: string): string {
  if (UUID.test(id)) return id.toLowerCase();
  const hex = createHash('sha256').update(`${cooperationId}\u0000${id}`).digest('hex');
  // Version 8 (custom) and the RFC 4122 variant, so the result is a well-formed UUID.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Writes the dossier into every table in one transaction and returns the cooperation id. */
export async function insertCooperationFromDossier(db: Db, dossier: Dossier): Promise<string> {
  const id = UUID.test(dossier.id) ? dossier.id.toLowerCase() : randomUUID();
  const uuid = (value: string) => fixtureUuid(id, value);
  const optionalUuid = (value: string | null) => (value !== null && UUID.test(value) ? value : null);
  const pointById = new Map(dossier.anchoringPoints.map((p) => [p.id, p]));

  await db.transaction(async (tx) => {
    await tx.insert(cooperations).values({
      id,
      name: dossier.name,
      purpose: dossier.purpose,
      problemWhat: dossier.problemWhat,
      problemWhy: dossier.problemWhy,
      problemHow: dossier.problemHow,
      taskAreaId: await taskAreaId(tx, dossier.taskAreaId),
      geographicLevel: dossier.geographicLevel,
      initiatingKommunenummer: dossier.initiatingKommunenummer,
      startDate: dossier.startDate,
      documentsNoticeDays: dossier.documentsNoticeDays,
      // A row as the runner finds one it never wrote: the state, no snapshot (version 0).
      state: dossier.state,
      stateValue: dossier.state,
      snapshot: null,
      framing: dossier.framing,
      design: {
        ...dossier.design,
        bodies: dossier.design.bodies.map((b) => ({ ...b, seats: Object.fromEntries(Object.entries(b.seats).map(([m, n]) => [uuid(m), n])) })),
      },
      support: dossier.support,
      participation: dossier.participation,
    });
    // Every member the dossier knows, former, coming and proposed ones with their dates.
    const allMembers = [
      ...dossier.members.map((m) => ({ m, proposed: false })),
      ...dossier.upcomingMembers.map((m) => ({ m, proposed: false })),
      ...dossier.formerMembers.map((m) => ({ m, proposed: false })),
      ...dossier.proposedMembers.map((m) => ({ m, proposed: true })),
    ];
    if (allMembers.length > 0) {
      await tx.insert(cooperationMembers).values(
        allMembers.map(({ m, proposed }, index) => ({
          id: uuid(m.id),
          cooperationId: id,
          kommunenummer: m.kommunenummer,
          organisationName: m.kommunenummer === null ? m.name : null,
          role: m.role,
          population: m.population,
          usage: m.usage,
          fixedSharePercent: m.fixedSharePercent,
          representatives: m.representatives,
          contactPerson: m.contactPerson,
          expectedBenefit: m.expectedBenefit,
          joinedAt: m.joinedAt ?? null,
          leftAt: m.leftAt ?? null,
          proposed,
          expectedBenefitLevel: m.expectedBenefitLevel,
          sortOrder: index,
        })),
      );
    }
    const rows = <T>(list: readonly T[]) => list.length > 0;
    if (rows(dossier.goals)) {
      await tx.insert(goals).values(dossier.goals.map((g, index) => ({ ...g, id: uuid(g.id), cooperationId: id, sortOrder: index })));
    }
    if (rows(dossier.sponsors)) {
      await tx.insert(sponsors).values(
        dossier.sponsors.map((s) => ({
          id: uuid(s.id),
          cooperationId: id,
          memberId: uuid(s.memberId),
          kind: s.kind,
          name: s.name,
          title: s.title,
          userId: optionalUuid(s.userId),
          confirmedAt: s.confirmedAt === null ? null : new Date(s.confirmedAt),
          needsReconfirmation: s.needsReconfirmation,
        })),
      );
    }
    if (rows(dossier.anchoringPoints)) {
      await tx.insert(anchoringPoints).values(
        dossier.anchoringPoints.map((p) => ({
          id: uuid(p.id),
          cooperationId: id,
          kind: p.kind,
          level: p.level,
          body: p.body,
          triggerType: p.trigger.type,
          frequency: p.trigger.type === 'periodisk' ? p.trigger.frequency : null,
          event: p.trigger.type === 'hendelse' ? p.trigger.event : null,
          memberIds: p.memberIds.map(uuid),
          description: p.description,
        })),
      );
    }
    if (rows(dossier.occurrences)) {
      await tx.insert(anchoringOccurrences).values(
        dossier.occurrences.map((o) => {
          const point = pointById.get(o.anchoringPointId);
          if (!point) throw new Error(`Forekomsten ${o.id} viser til et forankringspunkt som ikke finnes.`);
          const { id: occurrenceId, anchoringPointId, memberId, kind, event, ...rest } = o;
          return {
            ...rest,
            id: uuid(occurrenceId),
            cooperationId: id,
            anchoringPointId: uuid(anchoringPointId),
            memberId: uuid(memberId),
            body: point.body,
            level: point.level,
            kind: kind ?? point.kind,
            event: event ?? null,
          };
        }),
      );
    }
    if (rows(dossier.informationItems)) {
      await tx.insert(informationItems).values(dossier.informationItems.map((i) => ({ ...i, id: uuid(i.id), cooperationId: id })));
    }
    if (rows(dossier.instruments)) {
      await tx.insert(instrumentUses).values(dossier.instruments.map((i) => ({ ...i, id: uuid(i.id), cooperationId: id })));
    }
    if (rows(dossier.memberDecisions)) {
      await tx.insert(memberDecisions).values(
        // Spaced a second apart: the dossier's order is the order of registration.
        dossier.memberDecisions.map((d, index) => ({ ...d, id: uuid(d.id), cooperationId: id, memberId: uuid(d.memberId), recordedAt: new Date(Date.UTC(2024, 0, 1) + index * 1000) })),
      );
    }
    if (rows(dossier.membershipChanges)) {
      await tx.insert(membershipChanges).values(
        dossier.membershipChanges.map((c) => ({ ...c, id: uuid(c.id), cooperationId: id, memberId: c.memberId === null ? null : uuid(c.memberId) })),
      );
    }
    if (rows(dossier.bodyMeetings)) {
      await tx.insert(bodyMeetings).values(
        dossier.bodyMeetings.map((m) => ({ id: uuid(m.id), cooperationId: id, bodyId: m.bodyId, bodyName: m.bodyName, meetingDate: m.date, documentsSentDate: m.documentsSentDate })),
      );
    }
    if (rows(dossier.bodyDecisions)) {
      await tx.insert(bodyDecisions).values(
        dossier.bodyDecisions.map((b) => ({
          id: uuid(b.id),
          cooperationId: id,
          meetingId: uuid(b.meetingId),
          title: b.title,
          political: b.political,
          outcome: b.outcome,
          withinMandate: b.withinMandate,
          prepared: b.prepared,
          preparedByMemberIds: b.preparedByMemberIds.map(uuid),
          anchoringEvent: b.anchoringEvent,
        })),
      );
    }
  });
  return id;
}

/** A numeric id as it is; otherwise a task area looked up by name ('legevakt' -> Legevakt); else none. */
async function taskAreaId(db: Db, value: string | null): Promise<number | null> {
  if (value === null) return null;
  if (/^\d+$/.test(value)) return Number(value);
  const [row] = await db.select({ id: taskAreas.id }).from(taskAreas).where(sql`lower(${taskAreas.name}) = ${value.toLowerCase()}`);
  return row?.id ?? null;
}
