import 'server-only';
// Støtte og tilrettelegging: the sponsors (with the internal note on their link to the
// operative leader) and the support jsonb, read for the form and replaced on save.
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../client';
import { cooperationMembers, cooperations, sponsors } from '../../schema';
import type { LifecycleState, SponsorKind, Support } from '@/lib/domain/dossier';

export interface StotteSponsor {
  id: string;
  memberId: string;
  kind: SponsorKind;
  name: string;
  title: string | null;
  leaderContact: string | null;
  confirmedAt: string | null;
  needsReconfirmation: boolean;
}

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

export interface StottePhase {
  sponsors: StotteSponsor[];
  support: Support;
}

/** What the Støtte form edits, as stored now; null when the cooperation is missing. */
export async function loadStottePhase(db: Db, cooperationId: string): Promise<StottePhase | null> {
  const [row] = await db.select({ support: cooperations.support }).from(cooperations).where(eq(cooperations.id, cooperationId));
  if (!row) return null;
  return {
    sponsors: await loadStotteSponsors(db, cooperationId),
    support: { practicalSupport: null, minimumFunding: null, professionalCommunity: null, ...(row.support ?? {}) },
  };
}

export interface EditLock {
  state: LifecycleState;
  support: Support | null;
  /** Current (not departed) members. */
  memberIds: Set<string>;
}

/**
 * Locks the cooperation row for the rest of the transaction, so a lifecycle step cannot
 * slip in between checking the state and writing; null when the cooperation is missing.
 */
export async function lockForStotte(db: Db, cooperationId: string): Promise<EditLock | null> {
  const [row] = await db
    .select({ state: cooperations.state, support: cooperations.support })
    .from(cooperations)
    .where(eq(cooperations.id, cooperationId))
    .for('update');
  if (!row) return null;
  const members = await db
    .select({ id: cooperationMembers.id })
    .from(cooperationMembers)
    .where(and(eq(cooperationMembers.cooperationId, cooperationId), isNull(cooperationMembers.leftAt)));
  return { state: row.state as LifecycleState, support: row.support, memberIds: new Set(members.map((m) => m.id)) };
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

const samePerson = (a: { memberId: string; kind: string; name: string }, b: { memberId: string; kind: string; name: string }) =>
  a.memberId === b.memberId && a.kind === b.kind && a.name.trim().toLocaleLowerCase('nb') === b.name.trim().toLocaleLowerCase('nb');

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
