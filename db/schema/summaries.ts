// Per-cooperation summaries for the lists that show many cooperations at once ("Mine samarbeid",
// the municipal register and its CSV): the card and the register row as computed from the whole
// dossier, so a page of 50 reads 50 small documents instead of building 50 dossiers.
//
// Kept current on write by the database itself: triggers on every table the dossier is read from
// (migration 0021_summary_triggers) raise `generation` in the writing transaction, so no write
// path can forget it. A summary is fresh when it was computed from the current generation, on
// the same Oslo day (overdue, next anchoring and the lights depend on the day), in the current
// format; otherwise it is computed again on read (db/queries/summaries.ts).
import { date, index, integer, jsonb, pgTable, uuid } from 'drizzle-orm/pg-core';
import { cooperations } from './cooperations';

export const cooperationSummaries = pgTable(
  'cooperation_summaries',
  {
    cooperationId: uuid('cooperation_id')
      .primaryKey()
      .references(() => cooperations.id, { onDelete: 'cascade' }),
    /** Raised by the triggers on every write to the cooperation's data. */
    generation: integer('generation').notNull().default(0),
    /** The generation `summary` was computed from; null before the first computation. */
    computedGeneration: integer('computed_generation'),
    /** The Oslo day it was computed for. */
    computedFor: date('computed_for', { mode: 'string' }),
    /** lib/pure/dashboard/summary.ts CooperationSummary. */
    summary: jsonb('summary'),
  },
  // Finds the summaries computed before today (a nightly refresh, or pruning).
  (t) => [index('cooperation_summaries_computed_for_idx').on(t.computedFor)],
);
