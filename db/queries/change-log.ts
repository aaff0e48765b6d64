import 'server-only';
// The change log and the content versions of the save units: locking a cooperation for a
// save, bumping a unit's version, appending what changed, and reading it back for the
// history timeline and for a conflict ("what did the other person change?").
import { and, asc, desc, eq, gt, inArray, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { changeLog, cooperations } from '../schema';
import { lockCooperation } from './cooperation-lock';
import type { FieldChange } from '@/lib/pure/domain/change-log';
import type { LifecycleState } from '@/lib/pure/domain/dossier';
import type { SaveUnit } from '@/lib/pure/domain/section-rules';

export interface SaveLock {
  state: LifecycleState;
  versions: Record<string, number>;
}

/**
 * Locks the cooperation row until the transaction ends, so neither a lifecycle step nor
 * another save can slip in between reading the version and writing; null when missing.
 */
export async function lockForSave(db: Db, cooperationId: string): Promise<SaveLock | null> {
  const row = await lockCooperation(db, cooperationId, { state: cooperations.state, versions: cooperations.contentVersions });
  return row ? { state: row.state as LifecycleState, versions: row.versions ?? {} } : null;
}

/** The unit's content version as a form loads it (0 before the first save). */
export async function contentVersion(db: Db, cooperationId: string, unit: SaveUnit): Promise<number> {
  const [row] = await db.select({ versions: cooperations.contentVersions }).from(cooperations).where(eq(cooperations.id, cooperationId));
  return row?.versions?.[unit] ?? 0;
}

export async function setContentVersion(db: Db, cooperationId: string, unit: SaveUnit, version: number, now: Date): Promise<void> {
  await db
    .update(cooperations)
    .set({ contentVersions: sql`${cooperations.contentVersions} || jsonb_build_object(${unit}::text, ${version}::int)`, updatedAt: now })
    .where(eq(cooperations.id, cooperationId));
}

export interface ChangeEntry {
  saveId: string;
  unit: SaveUnit;
  version: number;
  actor: { id: string | null; name: string };
  at: Date;
  changes: readonly FieldChange[];
}

export async function appendChanges(db: Db, cooperationId: string, entry: ChangeEntry): Promise<void> {
  if (entry.changes.length === 0) return;
  await db.insert(changeLog).values(
    entry.changes.map((c, position) => ({
      cooperationId,
      saveId: entry.saveId,
      position,
      unit: entry.unit,
      version: entry.version,
      section: c.section,
      fieldKey: c.key,
      field: c.field,
      oldValue: c.old,
      newValue: c.new,
      public: c.public,
      actorId: entry.actor.id,
      actorName: entry.actor.name,
      createdAt: entry.at,
    })),
  );
}

const ROW = {
  saveId: changeLog.saveId,
  unit: changeLog.unit,
  version: changeLog.version,
  section: changeLog.section,
  field: changeLog.field,
  oldValue: changeLog.oldValue,
  newValue: changeLog.newValue,
  public: changeLog.public,
  actorName: changeLog.actorName,
  createdAt: changeLog.createdAt,
};

export interface ChangeRow {
  saveId: string;
  unit: string;
  version: number;
  section: string;
  field: string;
  oldValue: string | null;
  newValue: string | null;
  public: boolean;
  actorName: string;
  createdAt: Date;
}

/** What was saved in a unit after the given version, oldest first: what a conflict shows. */
export async function changesSince(db: Db, cooperationId: string, unit: SaveUnit, version: number): Promise<ChangeRow[]> {
  return db
    .select(ROW)
    .from(changeLog)
    .where(and(eq(changeLog.cooperationId, cooperationId), eq(changeLog.unit, unit), gt(changeLog.version, version)))
    .orderBy(asc(changeLog.version), asc(changeLog.position))
    .limit(200);
}

export interface SaveGroup {
  saveId: string;
  unit: string;
  actorName: string;
  at: Date;
  changes: ChangeRow[];
}

/** The latest `limit` saves of a cooperation, newest first, each with its rows. */
export async function recentSaves(db: Db, cooperationId: string, limit: number): Promise<SaveGroup[]> {
  const saves = await db
    .select({ saveId: changeLog.saveId, at: sql<Date>`max(${changeLog.createdAt})`.mapWith(changeLog.createdAt) })
    .from(changeLog)
    .where(eq(changeLog.cooperationId, cooperationId))
    .groupBy(changeLog.saveId)
    .orderBy(desc(sql`max(${changeLog.createdAt})`))
    .limit(limit);
  if (saves.length === 0) return [];
  const rows = await db
    .select(ROW)
    .from(changeLog)
    .where(and(eq(changeLog.cooperationId, cooperationId), inArray(changeLog.saveId, saves.map((s) => s.saveId))))
    .orderBy(asc(changeLog.position));
  return saves.map((s) => {
    const changes = rows.filter((r) => r.saveId === s.saveId);
    return { saveId: s.saveId, unit: changes[0]!.unit, actorName: changes[0]!.actorName, at: s.at, changes };
  });
}
