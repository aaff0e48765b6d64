// Every foreign key and every column the lists filter or sort on has an index, read from the
// migrated database's own catalogue (so a migration that forgets one fails here, whatever
// the drizzle schema says). A new table with a foreign key needs an index whose leading
// columns are the key's columns; a new filter belongs in FILTERED below.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestDb, type TestDb } from '@/testing/db';
import { rowsOf } from '@/db/queries/rows-of';

/** Index prefixes the list queries rely on: table -> leading columns, in order. */
const FILTERED: readonly [string, string[]][] = [
  ['cooperations', ['state']],
  ['cooperations', ['is_public', 'state']],
  ['cooperations', ['name']],
  ['cooperations', ['legal_form']],
  ['cooperation_members', ['cooperation_id']],
  ['cooperation_members', ['kommunenummer']],
  ['anchoring_occurrences', ['cooperation_id', 'due_date']],
  ['anchoring_occurrences', ['status', 'due_date']],
  ['role_assignments', ['user_id']],
  ['role_assignments', ['kommunenummer', 'role']],
  ['role_assignments', ['cooperation_id']],
  ['reminder_deliveries', ['subject_id']],
  ['municipalities', ['county_number']],
  ['login_attempts', ['email', 'at']],
  ['login_attempts', ['ip', 'at']],
  ['evaluation_invitations', ['user_id']],
  ['workflow_events', ['cooperation_id', 'seq']],
  ['change_log', ['cooperation_id', 'created_at']],
  ['change_log', ['cooperation_id', 'unit', 'version']],
  ['information_executions', ['cooperation_id']],
  ['users', ['email']],
  ['user_sessions', ['user_id']],
  ['user_tokens', ['token_hash']],
  ['audit_log', ['actor_email', 'seq']],
  ['audit_log', ['action', 'seq']],
  ['audit_log', ['resource_id', 'seq']],
  ['audit_log', ['at']],
];

let t: TestDb;
let indexes: { table: string; columns: string[] }[];
let foreignKeys: { name: string; table: string; columns: string[] }[];

const covered = (table: string, columns: readonly string[]) =>
  indexes.some((i) => i.table === table && columns.every((c, n) => i.columns[n] === c));

beforeAll(async () => {
  t = await createTestDb();
  indexes = rowsOf<{ table: string; columns: string[] }>(
    await t.db.execute(sql`
      select c.relname as "table",
             array(select a.attname::text from unnest(i.indkey::int2[]) with ordinality as k(attnum, ord)
                   join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum order by k.ord) as columns
      from pg_index i join pg_class c on c.oid = i.indrelid
      where c.relnamespace = 'public'::regnamespace`),
  );
  foreignKeys = rowsOf<{ name: string; table: string; columns: string[] }>(
    await t.db.execute(sql`
      select f.conname::text as name, c.relname as "table",
             array(select a.attname::text from unnest(f.conkey) with ordinality as k(attnum, ord)
                   join pg_attribute a on a.attrelid = f.conrelid and a.attnum = k.attnum order by k.ord) as columns
      from pg_constraint f join pg_class c on c.oid = f.conrelid
      where f.contype = 'f' and f.connamespace = 'public'::regnamespace`),
  );
});

afterAll(async () => {
  await t?.close();
});

describe('indexes', () => {
  it('reads the catalogue', () => {
    expect(foreignKeys.length).toBeGreaterThan(30);
    expect(covered('cooperations', ['id'])).toBe(true);
    expect(covered('cooperations', ['no_such_column'])).toBe(false);
  });

  it('every foreign key has an index that begins with its columns', () => {
    const missing = foreignKeys.filter((f) => !covered(f.table, f.columns)).map((f) => `${f.table}(${f.columns.join(', ')}) [${f.name}]`);
    expect(missing, `Fremmednøkler uten indeks: ${missing.join('; ')}`).toEqual([]);
  });

  it('every filter and sort column of the lists has an index', () => {
    const missing = FILTERED.filter(([table, columns]) => !covered(table, columns)).map(([table, columns]) => `${table}(${columns.join(', ')})`);
    expect(missing, `Filterkolonner uten indeks: ${missing.join('; ')}`).toEqual([]);
  });
});

describe('the legal form', () => {
  it("is a column the database keeps from the design (design->>'legalForm'), indexed with the id the lists page by", async () => {
    const defs = rowsOf<{ def: string }>(
      await t.db.execute(sql`select pg_get_indexdef(i.indexrelid) as def from pg_index i join pg_class c on c.oid = i.indrelid where c.relname = 'cooperations'`),
    ).map((r) => r.def);
    expect(defs.some((d) => d.includes('(legal_form, id)')), defs.join('\n')).toBe(true);
    const [column] = rowsOf<{ expr: string }>(
      await t.db.execute(sql`select pg_get_expr(d.adbin, d.adrelid) as expr from pg_attrdef d join pg_attribute a on a.attrelid = d.adrelid and a.attnum = d.adnum where d.adrelid = 'cooperations'::regclass and a.attname = 'legal_form' and a.attgenerated = 's'`),
    );
    expect(column?.expr).toBe("(design ->> 'legalForm'::text)");
  });
});

describe('list indexes', () => {
  const defsOf = async (table: string) =>
    rowsOf<{ def: string }>(await t.db.execute(sql`select pg_get_indexdef(i.indexrelid) as def from pg_index i join pg_class c on c.oid = i.indrelid where c.relname = ${table}`)).map((r) => r.def);

  it('"Mine samarbeid" orders a big city\'s cooperations from indexes alone: members, state and name, open occurrences, sponsors to re-confirm', async () => {
    expect((await defsOf('cooperation_members')).some((d) => d.includes('(kommunenummer, cooperation_id, proposed, joined_at, left_at)'))).toBe(true);
    expect((await defsOf('cooperations')).some((d) => d.includes('(id, state, name)'))).toBe(true);
    expect((await defsOf('anchoring_occurrences')).some((d) => d.includes('(cooperation_id, status, due_date, held_date) WHERE'))).toBe(true);
    expect((await defsOf('sponsors')).some((d) => /\(cooperation_id\) WHERE needs_reconfirmation/.test(d))).toBe(true);
  });
});
