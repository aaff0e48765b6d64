import 'server-only';
// Deltakelse: member representation, the anchoring plan, the information plan and the
// participation jsonb. Anchoring points and information items are upserted by id, so
// logged anchoring occurrences keep pointing at the point they were logged against.
import { planningView } from '@/lib/pure/domain/membership';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../client';
import { anchoringPoints, cooperationMembers, cooperations, informationItems } from '../../schema';
import type { AnchoringPoint, InformationItem, LifecycleState, Participation } from '@/lib/pure/domain/dossier';
import type { StoredDeltakelse, StoredDeltakelseMember } from '@/lib/pure/validation/phases/deltakelse-values';
import { loadDossier } from '../dossier';
import type { IsoDate } from '@/lib/pure/domain/iso-date';

export interface MemberContact {
  memberId: string;
  contactPublic: boolean;
}

/**
 * Whether the given members' contact details are public; the dossier does not carry it. Who
 * the members are is the caller's (the membership rule's) answer, never decided here.
 */
export async function loadMemberContacts(db: Db, cooperationId: string, memberIds: readonly string[]): Promise<MemberContact[]> {
  if (memberIds.length === 0) return [];
  const rows = await db
    .select({ memberId: cooperationMembers.id, contactPublic: cooperationMembers.contactPublic })
    .from(cooperationMembers)
    .where(and(eq(cooperationMembers.cooperationId, cooperationId), inArray(cooperationMembers.id, [...memberIds])))
    .orderBy(asc(cooperationMembers.sortOrder));
  return rows;
}

export type DeltakelseMember = StoredDeltakelseMember;

export interface DeltakelsePhase extends StoredDeltakelse {
  state: LifecycleState;
  /** A calendar of anchoring occurrences exists, so saving the plan moves its future. */
  hasOccurrences: boolean;
}

/** What the Deltakelse form edits, as stored now; null when the cooperation is missing. */
export async function loadDeltakelsePhase(db: Db, cooperationId: string, today?: IsoDate): Promise<DeltakelsePhase | null> {
  const dossier = await loadDossier(db, cooperationId, { today });
  if (!dossier) return null;
  const members = planningView(dossier).members;
  const contacts = new Map((await loadMemberContacts(db, cooperationId, members.map((m) => m.id))).map((c) => [c.memberId, c.contactPublic]));
  return {
    state: dossier.state,
    members: members.map((m) => ({
      id: m.id,
      name: m.name,
      isMunicipality: m.kommunenummer !== null,
      representatives: m.representatives,
      contactPerson: m.contactPerson,
      contactPublic: contacts.get(m.id) ?? false,
    })),
    anchoringPoints: dossier.anchoringPoints,
    informationItems: dossier.informationItems,
    participation: dossier.participation,
    hasOccurrences: dossier.occurrences.length > 0,
  };
}

export interface MemberRepresentation {
  memberId: string;
  representatives: number;
  contactPerson: string | null;
  contactPublic: boolean;
}

export async function saveRepresentation(db: Db, cooperationId: string, members: readonly MemberRepresentation[]): Promise<void> {
  for (const m of members) {
    await db
      .update(cooperationMembers)
      .set({ representatives: m.representatives, contactPerson: m.contactPerson, contactPublic: m.contactPublic })
      .where(and(eq(cooperationMembers.id, m.memberId), eq(cooperationMembers.cooperationId, cooperationId)));
  }
}

/** A point to save; id null (or an id this cooperation does not have) makes a new one. */
export type AnchoringPointToSave = Omit<AnchoringPoint, 'id'> & { id: string | null };

function pointColumns(p: AnchoringPointToSave) {
  return {
    kind: p.kind,
    level: p.level,
    body: p.body,
    triggerType: p.trigger.type,
    frequency: p.trigger.type === 'periodisk' ? p.trigger.frequency : null,
    event: p.trigger.type === 'hendelse' ? p.trigger.event : null,
    memberIds: p.memberIds,
    description: p.description,
  };
}

/**
 * Upserts the plan by id and removes points no longer in it. Occurrences of a removed point
 * keep their copied body and level (ON DELETE SET NULL), so logged history survives.
 */
export async function upsertAnchoringPoints(db: Db, cooperationId: string, points: readonly AnchoringPointToSave[]) {
  const existing = await db.select({ id: anchoringPoints.id }).from(anchoringPoints).where(eq(anchoringPoints.cooperationId, cooperationId));
  const known = new Set(existing.map((p) => p.id));
  const kept = new Set<string>();
  for (const p of points) {
    if (p.id && known.has(p.id) && !kept.has(p.id)) {
      kept.add(p.id);
      await db
        .update(anchoringPoints)
        .set(pointColumns(p))
        .where(and(eq(anchoringPoints.id, p.id), eq(anchoringPoints.cooperationId, cooperationId)));
    } else {
      await db.insert(anchoringPoints).values({ ...pointColumns(p), cooperationId });
    }
  }
  const removed = [...known].filter((id) => !kept.has(id));
  if (removed.length > 0) {
    await db.delete(anchoringPoints).where(and(eq(anchoringPoints.cooperationId, cooperationId), inArray(anchoringPoints.id, removed)));
  }
}

export type InformationItemToSave = Omit<InformationItem, 'id'> & { id: string | null };

export async function upsertInformationItems(db: Db, cooperationId: string, items: readonly InformationItemToSave[]) {
  const existing = await db.select({ id: informationItems.id }).from(informationItems).where(eq(informationItems.cooperationId, cooperationId));
  const known = new Set(existing.map((i) => i.id));
  const kept = new Set<string>();
  for (const { id, ...values } of items) {
    if (id && known.has(id) && !kept.has(id)) {
      kept.add(id);
      await db
        .update(informationItems)
        .set(values)
        .where(and(eq(informationItems.id, id), eq(informationItems.cooperationId, cooperationId)));
    } else {
      await db.insert(informationItems).values({ ...values, cooperationId });
    }
  }
  const removed = [...known].filter((id) => !kept.has(id));
  if (removed.length > 0) {
    await db.delete(informationItems).where(and(eq(informationItems.cooperationId, cooperationId), inArray(informationItems.id, removed)));
  }
}

export async function saveParticipation(db: Db, cooperationId: string, participation: Participation, now: Date): Promise<void> {
  await db.update(cooperations).set({ participation, updatedAt: now }).where(eq(cooperations.id, cooperationId));
}
