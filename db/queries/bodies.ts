import 'server-only';
// Meetings and decisions of a cooperation's own bodies, and their minutes files. Lists are
// paged in SQL (year five of a busy representantskap is many meetings); a meeting is saved
// with the version the form was loaded with, so a save over someone else's is refused.
import { and, count, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { bodyDecisions, bodyMeetings, cooperations, meetingMinutesFiles } from '../schema';
import { lockCooperation } from './cooperation-lock';

export type MeetingRow = typeof bodyMeetings.$inferSelect & { minutesFileName: string | null };
export type DecisionRow = typeof bodyDecisions.$inferSelect;

export const MEETINGS_PER_PAGE = 10;

/** One page of meetings, newest first, with their decisions and whether a minutes file exists. */
export async function listMeetings(db: Db, cooperationId: string, page: number) {
  const [total] = await db.select({ n: count() }).from(bodyMeetings).where(eq(bodyMeetings.cooperationId, cooperationId));
  const meetings = await db
    .select({ m: bodyMeetings, minutesFileName: meetingMinutesFiles.fileName })
    .from(bodyMeetings)
    .leftJoin(meetingMinutesFiles, eq(meetingMinutesFiles.meetingId, bodyMeetings.id))
    .where(eq(bodyMeetings.cooperationId, cooperationId))
    .orderBy(desc(bodyMeetings.meetingDate), desc(bodyMeetings.recordedAt))
    .limit(MEETINGS_PER_PAGE)
    .offset(Math.max(0, page - 1) * MEETINGS_PER_PAGE);
  const ids = meetings.map((r) => r.m.id);
  const decisions = ids.length === 0 ? [] : await db.select().from(bodyDecisions).where(inArray(bodyDecisions.meetingId, ids)).orderBy(bodyDecisions.recordedAt);
  return {
    total: total?.n ?? 0,
    meetings: meetings.map(({ m, minutesFileName }): MeetingRow & { decisions: DecisionRow[] } => ({
      ...m,
      minutesFileName,
      decisions: decisions.filter((d) => d.meetingId === m.id),
    })),
  };
}

/** The cooperation's lifecycle state and design bodies, locked for the rest of the transaction. */
export async function lockForBodies(db: Db, cooperationId: string) {
  return lockCooperation(db, cooperationId, { state: cooperations.state, design: cooperations.design });
}

export interface MeetingValues {
  bodyId: string;
  bodyName: string;
  meetingDate: string;
  documentsSentDate: string | null;
  minutesUrl: string | null;
  minutesPublic: boolean;
}

export async function insertMeeting(db: Db, cooperationId: string, values: MeetingValues, by: string, now: Date): Promise<string> {
  const [row] = await db
    .insert(bodyMeetings)
    .values({ ...values, cooperationId, recordedBy: by, recordedAt: now, updatedAt: now })
    .returning({ id: bodyMeetings.id });
  return row!.id;
}

/** Updates when the stored version is still `expectedVersion`; 'missing' or 'conflict' otherwise. */
export async function updateMeeting(db: Db, cooperationId: string, meetingId: string, expectedVersion: number, values: MeetingValues, now: Date) {
  const rows = await db
    .update(bodyMeetings)
    .set({ ...values, updatedAt: now, rowVersion: sql`${bodyMeetings.rowVersion} + 1` })
    .where(and(eq(bodyMeetings.id, meetingId), eq(bodyMeetings.cooperationId, cooperationId), eq(bodyMeetings.rowVersion, expectedVersion)))
    .returning({ id: bodyMeetings.id, version: bodyMeetings.rowVersion });
  if (rows.length === 1) return { ok: true as const, version: rows[0]!.version };
  const exists = await meetingOf(db, cooperationId, meetingId);
  return { ok: false as const, reason: exists ? ('conflict' as const) : ('missing' as const) };
}

export async function meetingOf(db: Db, cooperationId: string, meetingId: string) {
  const [row] = await db
    .select()
    .from(bodyMeetings)
    .where(and(eq(bodyMeetings.id, meetingId), eq(bodyMeetings.cooperationId, cooperationId)));
  return row ?? null;
}

export type NewBodyDecision = Omit<typeof bodyDecisions.$inferInsert, 'id'>;

export async function insertBodyDecision(db: Db, values: NewBodyDecision): Promise<string> {
  const [row] = await db.insert(bodyDecisions).values(values).returning({ id: bodyDecisions.id });
  return row!.id;
}

/** Removes a decision recorded by mistake; returns it, or null when it is not in the cooperation. */
export async function deleteBodyDecision(db: Db, cooperationId: string, decisionId: string) {
  const [row] = await db
    .delete(bodyDecisions)
    .where(and(eq(bodyDecisions.id, decisionId), eq(bodyDecisions.cooperationId, cooperationId)))
    .returning({ id: bodyDecisions.id, title: bodyDecisions.title });
  return row ?? null;
}

export async function setNoticeDays(db: Db, cooperationId: string, days: number | null): Promise<boolean> {
  const rows = await db.update(cooperations).set({ documentsNoticeDays: days }).where(eq(cooperations.id, cooperationId)).returning({ id: cooperations.id });
  return rows.length === 1;
}

export interface MinutesFile {
  fileName: string;
  contentType: string;
  content: Uint8Array;
}

export async function saveMinutesFile(db: Db, meetingId: string, file: MinutesFile, by: string, now: Date): Promise<void> {
  const values = { fileName: file.fileName, contentType: file.contentType, size: file.content.byteLength, content: file.content, uploadedBy: by, uploadedAt: now };
  await db.insert(meetingMinutesFiles).values({ meetingId, ...values }).onConflictDoUpdate({ target: meetingMinutesFiles.meetingId, set: values });
}

/** Removes the meeting's file; returns its name, or null when there was none. */
export async function removeMinutesFile(db: Db, meetingId: string): Promise<{ fileName: string } | null> {
  const [row] = await db.delete(meetingMinutesFiles).where(eq(meetingMinutesFiles.meetingId, meetingId)).returning({ fileName: meetingMinutesFiles.fileName });
  return row ?? null;
}

/** The file with the columns that decide who may read it; null when there is none. */
export async function minutesFileOf(db: Db, cooperationId: string, meetingId: string) {
  const [row] = await db
    .select({
      fileName: meetingMinutesFiles.fileName,
      contentType: meetingMinutesFiles.contentType,
      content: meetingMinutesFiles.content,
      minutesPublic: bodyMeetings.minutesPublic,
    })
    .from(meetingMinutesFiles)
    .innerJoin(bodyMeetings, eq(bodyMeetings.id, meetingMinutesFiles.meetingId))
    .where(and(eq(bodyMeetings.id, meetingId), eq(bodyMeetings.cooperationId, cooperationId)));
  return row ?? null;
}
