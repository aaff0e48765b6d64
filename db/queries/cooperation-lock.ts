import 'server-only';
// Locking a cooperation's row for the rest of the transaction, the one way every write that
// depends on the row's state takes it: a lifecycle step or another save waits until the
// transaction ends, so nothing slips in between reading the row and writing.
import { eq } from 'drizzle-orm';
import type { SelectResultFields } from 'drizzle-orm/query-builders/select.types';
import type { SelectedFields } from 'drizzle-orm/pg-core';
import type { Db } from '../client';
import { cooperations } from '../schema';

/** `fields` of the cooperation (columns of cooperations), locked; null when it does not exist. */
export async function lockCooperation<T extends SelectedFields>(db: Db, cooperationId: string, fields: T): Promise<SelectResultFields<T> | null> {
  // Drizzle infers a row type for concrete fields only; for generic ones it is the fields' result.
  const rows = (await db.select(fields as SelectedFields).from(cooperations).where(eq(cooperations.id, cooperationId)).for('update')) as SelectResultFields<T>[];
  return rows[0] ?? null;
}
