import 'server-only';
// What the reminder job reads and writes: planned anchoring occurrences that are due soon or
// overdue, the people responsible for each, and the delivery log (reminder_deliveries) whose
// unique key (kind, subject_id, recipient, due_date) lets a reminder go out only once.
import { and, eq, inArray, isNull, lte, notInArray, or } from 'drizzle-orm';
import type { Db } from '../client';
import { occurrenceQuery, toOccurrenceRow } from './follow-up';
import { memberOn } from './membership';
import { anchoringOccurrences, cooperations, reminderDeliveries, roleAssignments, sponsors, users } from '../schema';
import type { MailTransport } from '@/lib/server/mail';
import { ENDED_STATES } from '@/lib/pure/domain/dossier';

const ENDED = [...ENDED_STATES];

export interface DueOccurrence {
  id: string;
  cooperationId: string;
  cooperationName: string;
  memberId: string;
  kommunenummer: string | null;
  memberName: string;
  body: string;
  level: 'politisk' | 'administrativ';
  dueDate: string;
}

export interface Recipient {
  /** Lower-case; the key the delivery log uses. */
  email: string;
  name: string;
}

export interface DeliveryKey {
  kind: string;
  subjectId: string;
  recipient: string;
  dueDate: string;
}

export const deliveryKeyOf = (d: DeliveryKey) => `${d.kind}\u0000${d.subjectId}\u0000${d.recipient}\u0000${d.dueDate}`;

/**
 * Occurrences still 'planlagt' with a due date on or before `until` (so overdue ones too), in
 * cooperations that have not ended, for members that have not left by `today`.
 */
export async function dueAnchoringOccurrences(db: Db, input: { today: string; until: string }): Promise<DueOccurrence[]> {
  const rows = await occurrenceQuery(db)
    .where(
      and(
        eq(anchoringOccurrences.status, 'planlagt'),
        lte(anchoringOccurrences.dueDate, input.until),
        notInArray(cooperations.state, ENDED),
        memberOn(input.today),
      ),
    )
    .orderBy(anchoringOccurrences.dueDate, anchoringOccurrences.id);
  return rows.map(toOccurrenceRow).map((o) => ({
    id: o.id,
    cooperationId: o.cooperationId,
    cooperationName: o.cooperationName,
    memberId: o.memberId,
    kommunenummer: o.kommunenummer,
    memberName: o.memberName,
    body: o.body,
    level: o.level,
    dueDate: o.dueDate,
  }));
}

/**
 * The people responsible for each occurrence, by occurrence id: the cooperation's operative
 * leader(s), the member's sponsors (a sponsor role for that municipality, or a sponsor entry
 * linked to a user) and the member municipality's rådmannsteam. Active accounts only.
 */
export async function responsibleRecipients(db: Db, occurrences: readonly DueOccurrence[]): Promise<Map<string, Recipient[]>> {
  const result = new Map<string, Recipient[]>();
  if (occurrences.length === 0) return result;
  const cooperationIds = [...new Set(occurrences.map((o) => o.cooperationId))];
  const kommunenummer = [...new Set(occurrences.map((o) => o.kommunenummer).filter((k): k is string => k !== null))];
  const grants = await db
    .select({ email: users.email, name: users.name, role: roleAssignments.role, kommunenummer: roleAssignments.kommunenummer, cooperationId: roleAssignments.cooperationId })
    .from(roleAssignments)
    .innerJoin(users, eq(users.id, roleAssignments.userId))
    .where(
      and(
        isNull(roleAssignments.revokedAt),
        eq(users.active, true),
        or(
          and(inArray(roleAssignments.role, ['operativ_leder', 'politisk_sponsor', 'administrativ_sponsor']), inArray(roleAssignments.cooperationId, cooperationIds)),
          kommunenummer.length > 0 ? and(eq(roleAssignments.role, 'radmannsteam'), inArray(roleAssignments.kommunenummer, kommunenummer)) : undefined,
        ),
      ),
    );
  const linked = await db
    .select({ email: users.email, name: users.name, memberId: sponsors.memberId })
    .from(sponsors)
    .innerJoin(users, eq(users.id, sponsors.userId))
    .where(and(inArray(sponsors.cooperationId, cooperationIds), eq(users.active, true)));

  for (const o of occurrences) {
    const people = [
      ...grants.filter(
        (g) =>
          (g.role === 'operativ_leder' && g.cooperationId === o.cooperationId) ||
          ((g.role === 'politisk_sponsor' || g.role === 'administrativ_sponsor') && g.cooperationId === o.cooperationId && g.kommunenummer !== null && g.kommunenummer === o.kommunenummer) ||
          (g.role === 'radmannsteam' && g.kommunenummer !== null && g.kommunenummer === o.kommunenummer),
      ),
      ...linked.filter((l) => l.memberId === o.memberId),
    ];
    const byEmail = new Map<string, Recipient>();
    for (const p of people) byEmail.set(p.email.toLowerCase(), { email: p.email.toLowerCase(), name: p.name });
    result.set(o.id, [...byEmail.values()]);
  }
  return result;
}

/** Keys already in the delivery log for these subjects (see deliveryKeyOf). */
export async function deliveredKeys(db: Db, subjectIds: readonly string[]): Promise<Set<string>> {
  if (subjectIds.length === 0) return new Set();
  const rows = await db
    .select({ kind: reminderDeliveries.kind, subjectId: reminderDeliveries.subjectId, recipient: reminderDeliveries.recipient, dueDate: reminderDeliveries.dueDate })
    .from(reminderDeliveries)
    .where(inArray(reminderDeliveries.subjectId, [...subjectIds]));
  return new Set(rows.map(deliveryKeyOf));
}

/**
 * Inserts the delivery rows that are not in the log yet and returns exactly those: the ones
 * this caller now owns. Inside a transaction, a concurrent claim of the same key waits on the
 * unique index until this transaction ends, then finds the row and claims nothing.
 */
export async function claimDeliveries(db: Db, keys: readonly DeliveryKey[], transport: MailTransport, sentAt: Date): Promise<DeliveryKey[]> {
  if (keys.length === 0) return [];
  return db
    .insert(reminderDeliveries)
    .values(keys.map((k) => ({ ...k, transport, sentAt })))
    .onConflictDoNothing({ target: [reminderDeliveries.kind, reminderDeliveries.subjectId, reminderDeliveries.recipient, reminderDeliveries.dueDate] })
    .returning({ kind: reminderDeliveries.kind, subjectId: reminderDeliveries.subjectId, recipient: reminderDeliveries.recipient, dueDate: reminderDeliveries.dueDate });
}
