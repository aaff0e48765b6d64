// Writes generated rows through the drizzle schema, parents before children. On a
// PostgreSQL server each table goes in with COPY (column names and value encoding taken from
// the drizzle columns, the CSV from csv-stringify); on PGlite as multi-row INSERTs, each as
// big as PostgreSQL's 65,535 bind parameters allow.
import { stringify } from 'csv-stringify/sync';
import { getTableColumns, getTableName, type Column, type Table } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Sql } from 'postgres';
import type { Db } from '@/db/client';
import * as schema from '@/db/schema';
import type { Rows } from './build';

/** Insert order: every table after the ones it references. */
export const TABLE_ORDER: readonly (keyof Rows)[] = [
  'users',
  'cooperations',
  'cooperationMembers',
  'roleAssignments',
  'sponsors',
  'goals',
  'anchoringPoints',
  'anchoringOccurrences',
  'informationItems',
  'informationExecutions',
  'instrumentUses',
  'memberDecisions',
  'bodyMeetings',
  'bodyDecisions',
  'workflowEvents',
  'evaluationRounds',
];

const MAX_PARAMETERS = 60_000;
const NULL = '\\N';

export interface Writer {
  write(table: PgTable, rows: readonly Record<string, unknown>[]): Promise<void>;
}

/** Multi-row INSERTs through drizzle: works on every driver. */
export function insertWriter(db: Db): Writer {
  return {
    async write(table, rows) {
      const perRow = Object.keys(getTableColumns(table as Table)).length;
      const size = Math.max(1, Math.floor(MAX_PARAMETERS / perRow));
      for (let i = 0; i < rows.length; i += size) await db.insert(table).values(rows.slice(i, i + size) as never);
    },
  };
}

/** COPY … FROM STDIN on a postgres.js connection: several times faster than INSERT on a server. */
export function copyWriter(sql: Sql): Writer {
  return {
    async write(table, rows) {
      if (rows.length === 0) return;
      const columns = Object.entries(getTableColumns(table as Table)).filter(([key]) => key in rows[0]!) as [string, Column][];
      const csv = stringify(
        rows.map((row) =>
          columns.map(([key, column]) => {
            if (!(key in row)) throw new Error(`${getTableName(table as Table)}: raden mangler ${key}.`);
            const value = row[key];
            if (value === null || value === undefined) return NULL;
            const driver = column.mapToDriverValue(value);
            return driver instanceof Date ? driver.toISOString() : typeof driver === 'boolean' ? (driver ? 't' : 'f') : driver;
          }),
        ),
      );
      const names = columns.map(([, c]) => `"${c.name}"`).join(', ');
      const stream = await sql.unsafe(`copy "${getTableName(table as Table)}" (${names}) from stdin with (format csv, null '${NULL}')`).writable();
      await new Promise<void>((resolve, reject) => {
        stream.on('error', reject);
        stream.on('finish', resolve);
        stream.end(csv);
      });
    },
  };
}

/** Writes every table of a chunk, parents first. */
export async function writeRows(writer: Writer, rows: Rows): Promise<void> {
  for (const key of TABLE_ORDER) await writer.write(schema[key] as PgTable, rows[key] as Record<string, unknown>[]);
}
