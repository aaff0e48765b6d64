import 'server-only';
// Støtte og tilrettelegging: the sponsors (with the internal note on their link to the
// operative leader) and the support jsonb, read for the form and replaced on save.
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../client';
import { cooperations, sponsors } from '../../schema';
import type { SponsorKind, Support } from '@/lib/pure/domain/dossier';
import { samePerson, type StoredSponsor, type StoredStotte } from '@/lib/pure/validation/phases/stotte';
import type { IsoDate } from '@/lib/pure/domain/iso-date';
import { memberNamesFrom, type MemberName } from '../member-names';

export type StotteSponsor = StoredSponsor;

export async function loadStotteSponsors(db: Db, cooperationId: string): Promise<StotteSponsor[]> {
  const rows = await db.select().from(sponsors).where(eq(sponsors.cooperationId, cooperationId)).orderBy(sponsors.kind, sponsors.name);
  return rows.map((s) => ({
    id: s.id,
    memberId: s.memberId,
    kind: s.kind,
    name: s.name,
    title: s.title,
    leaderContact: s.note,
    confirmedAt: s.confirmedAt ? s.confirmedAt.toISOString() : null,
    needsReconfirmation: s.needsReconfirmation,
  }));
}

export interface StottePhase extends StoredStotte {
  /** Members on `today`, coming and proposed ones: who may have sponsors, with their names. */
  members: MemberName[];
}

/** What the Støtte form edits, as stored now; null when the cooperation is missing. */
export async function loadStottePhase(db: Db, cooperationId: string, today: IsoDate): Promise<StottePhase | null> {
  const [row] = await db.select({ support: cooperations.support }).from(cooperations).where(eq(cooperations.id, cooperationId));
  if (!row) return null;
  return {
    sponsors: await loadStotteSponsors(db, cooperationId),
    support: { practicalSupport: null, minimumFunding: null, professionalCommunity: null, ...(row.support ?? {}) },
    members: await memberNamesFrom(db, cooperationId, today),
  };
}

export interface SponsorToSave {
  id: string | null;
  memberId: string;
  kind: SponsorKind;
  name: string;
  title: string | null;
  leaderContact: string | null;
  reconfirm: boolean;
}

/**
 * Replaces the sponsor list. A row whose person is unchanged keeps its id, confirmation and
 * re-confirmation flag (cleared only when ticked as re-confirmed); a new or replaced person
 * counts as confirmed now. Ids not belonging to this cooperation are treated as new rows.
 */
export async function replaceSponsors(db: Db, cooperationId: string, incoming: readonly SponsorToSave[], now: Date) {
  const existing = await db.select().from(sponsors).where(eq(sponsors.cooperationId, cooperationId));
  const byId = new Map(existing.map((s) => [s.id, s]));
  const kept = new Set<string>();
  let created = 0;
  for (const s of incoming) {
    const values = { memberId: s.memberId, kind: s.kind, name: s.name, title: s.title, note: s.leaderContact };
    const old = s.id ? byId.get(s.id) : undefined;
    if (old && !kept.has(old.id)) {
      kept.add(old.id);
      const confirmation = !samePerson(old, s)
        ? { confirmedAt: now, needsReconfirmation: false, userId: null }
        : s.reconfirm
          ? { confirmedAt: now, needsReconfirmation: false }
          : {};
      await db
        .update(sponsors)
        .set({ ...values, ...confirmation })
        .where(and(eq(sponsors.id, old.id), eq(sponsors.cooperationId, cooperationId)));
    } else {
      await db.insert(sponsors).values({ ...values, cooperationId, confirmedAt: now, needsReconfirmation: false });
      created++;
    }
  }
  const removed = existing.filter((s) => !kept.has(s.id)).map((s) => s.id);
  if (removed.length > 0) {
    await db.delete(sponsors).where(and(eq(sponsors.cooperationId, cooperationId), inArray(sponsors.id, removed)));
  }
  return { created, updated: kept.size, deleted: removed.length };
}

export async function saveSupport(db: Db, cooperationId: string, support: Support, now: Date): Promise<void> {
  await db.update(cooperations).set({ support, updatedAt: now }).where(eq(cooperations.id, cooperationId));
}
