// Reference data: municipalities (kommuner) and task areas (oppgavefelt).
import { relations } from 'drizzle-orm';
import { boolean, date, index, integer, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { MAALFORMER } from '../../lib/pure/i18n/locales';

/**
 * Municipalities (four-digit kommunenummer) and county municipalities. A county municipality
 * is keyed by its two-digit county number, so members, roles, the register and /innsyn treat
 * it as the municipality it is; its name is the full one ("Agder fylkeskommune").
 */
export const municipalities = pgTable('municipalities', {
  kommunenummer: text('kommunenummer').primaryKey(),
  kind: text('kind', { enum: ['kommune', 'fylkeskommune'] }).notNull().default('kommune'),
  name: text('name').notNull(),
  otherName: text('other_name'),
  countyNumber: text('county_number').notNull(),
  countyName: text('county_name').notNull(),
  population: integer('population'),
  validFrom: date('valid_from').notNull(),
  /** Set when a later official list no longer contains the municipality; history keeps pointing at it. */
  validTo: date('valid_to'),
  /**
   * The municipality's written standard (målform): the default language of its /innsyn pages
   * (bokmål -> nb, nynorsk -> nn, nøytral -> the visitor's browser). Set by an administrator.
   */
  maalform: text('maalform', { enum: MAALFORMER }).notNull().default('bokmal'),
}, (t) => [index('municipalities_county_idx').on(t.countyNumber)]);

export const taskAreas = pgTable(
  'task_areas',
  {
    id: serial('id').primaryKey(),
    sector: text('sector').notNull(),
    name: text('name').notNull(),
    source: text('source'),
    /** Retired areas stay for history but are not offered for new cooperations. */
    retired: boolean('retired').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('task_areas_sector_name_idx').on(t.sector, t.name)],
);

export const municipalitiesRelations = relations(municipalities, () => ({}));

export type Municipality = typeof municipalities.$inferSelect;
export type NewMunicipality = typeof municipalities.$inferInsert;
export type TaskArea = typeof taskAreas.$inferSelect;
