import 'server-only';
// The municipal register as pages, in SQL: which cooperations match the register's filters and
// search (lib/pure/register/query.ts), in the chosen order, how many there are, and the filter
// options — without loading a single dossier. Only the rows of the page shown (or of one
// batch of the CSV export) are then built from their dossiers (lib/pure/register/row.ts).
import { and, asc, count, eq, exists, inArray, isNotNull, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import { cooperationMembers, cooperations, municipalities, sponsors, taskAreas } from '../schema';
import { memberOn } from './membership';
import { lastClosedDay } from './public-list';
import { foldSql, norwegianOrder } from './sort';
import { LIFECYCLE_STATES } from '@/lib/pure/domain/dossier';
import type { IsoDate } from '@/lib/pure/domain/iso-date';
import { LEGAL_FORMS } from '@/lib/pure/domain/legal-forms';
import { legalFormName } from '@/lib/pure/register/row';
import type { RegisterQuery } from '@/lib/pure/register/query';

const fold = (text: string) => text.toLocaleLowerCase('nb').normalize('NFC');
const likeTerm = (word: string) => `%${word.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
const SPONSOR_WORDS = { politisk: 'politisk: ', administrativ: 'administrativ: ' } as const;

/**
 * The cooperations the municipality is a member of on `today`, as a subquery to join. The
 * OFFSET 0 keeps PostgreSQL from folding it into a semi-join: given EXISTS and a LIMIT, it
 * sorted the whole country's cooperations by name and probed each for membership (0.4 s for
 * Oslo); joined, it sorts only the municipality's own (about a thousand for Oslo).
 */
export function memberCooperations(db: Db, kommunenummer: string, today: IsoDate) {
  return db
    .selectDistinct({ cooperationId: cooperationMembers.cooperationId })
    .from(cooperationMembers)
    .where(and(eq(cooperationMembers.kommunenummer, kommunenummer), memberOn(today)))
    .offset(0)
    .as('member_of');
}

/**
 * One search word found anywhere the register's search looks (filterRows' haystack): the name,
 * the legal form's name, the task area, a current member's name, or one of this
 * municipality's sponsors as the row shows them ("Politisk: Kari Nilsen").
 */
function wordCondition(db: Db, word: string, kommunenummer: string, today: IsoDate): SQL {
  const term = likeTerm(word);
  const formCodes = LEGAL_FORMS.filter((f) => fold(f.name).includes(word)).map((f) => f.code);
  const memberName = sql`case when ${municipalities.kommunenummer} is null then coalesce(${cooperationMembers.organisationName}, '')
    when ${municipalities.kind} = 'fylkeskommune' then ${municipalities.name} else ${municipalities.name} || ' kommune' end`;
  const sponsorText = sql`(case ${sponsors.kind} when 'politisk' then ${SPONSOR_WORDS.politisk} else ${SPONSOR_WORDS.administrativ} end) || ${sponsors.name}`;
  return or(
    sql`${foldSql(cooperations.name)} like ${term}`,
    sql`${foldSql(sql`coalesce(${cooperations.legalForm}, '')`)} like ${term}`,
    formCodes.length > 0 ? inArray(sql`${cooperations.legalForm}`, formCodes) : undefined,
    exists(db.select({ one: sql`1` }).from(taskAreas).where(and(eq(taskAreas.id, cooperations.taskAreaId), sql`${foldSql(taskAreas.name)} like ${term}`))),
    exists(
      db
        .select({ one: sql`1` })
        .from(cooperationMembers)
        .leftJoin(municipalities, eq(municipalities.kommunenummer, cooperationMembers.kommunenummer))
        .where(and(eq(cooperationMembers.cooperationId, cooperations.id), memberOn(today), sql`${foldSql(memberName)} like ${term}`)),
    ),
    exists(
      db
        .select({ one: sql`1` })
        .from(sponsors)
        .innerJoin(cooperationMembers, eq(cooperationMembers.id, sponsors.memberId))
        .where(and(eq(sponsors.cooperationId, cooperations.id), eq(cooperationMembers.kommunenummer, kommunenummer), memberOn(today), sql`${foldSql(sponsorText)} like ${term}`)),
    ),
  )!;
}

/**
 * The register's filters and search as conditions on cooperations (filterRows in SQL), for a
 * query that joins memberCooperations (which makes it the municipality's register).
 */
export function registerConditions(db: Db, kommunenummer: string, query: RegisterQuery, today: IsoDate): SQL[] {
  const conditions: SQL[] = [];
  if (query.tilstand) conditions.push(eq(cooperations.state, query.tilstand));
  if (query.form) conditions.push(sql`${cooperations.legalForm} = ${query.form}`);
  if (query.oppgavefelt) {
    const name = query.oppgavefelt;
    conditions.push(exists(db.select({ one: sql`1` }).from(taskAreas).where(and(eq(taskAreas.id, cooperations.taskAreaId), eq(taskAreas.name, name)))));
  }
  const words = query.q ? fold(query.q).split(/\s+/).filter(Boolean) : [];
  for (const word of words) conditions.push(wordCondition(db, word, kommunenummer, today));
  return conditions;
}

/** sortRows in SQL; the id last, so the order is total and a page never repeats or skips a row. */
export function registerOrder(query: RegisterQuery): SQL[] {
  const byName = norwegianOrder(cooperations.name);
  if (query.sorter === 'tilstand') {
    return [sql`array_position(array[${sql.join(LIFECYCLE_STATES.map((s) => sql`${s}`), sql`, `)}]::text[], ${cooperations.state}::text)`, byName, asc(cooperations.id)];
  }
  if (query.sorter === 'evaluering') return [sql`${lastClosedDay} asc nulls first`, byName, asc(cooperations.id)];
  return [byName, asc(cooperations.id)];
}

export interface RegisterIdRow {
  id: string;
  taskArea: string | null;
  isPublic: boolean;
  organisationNumber: string | null;
}

/** The columns a register row needs beyond the dossier, for the matching cooperations in order. */
export function registerIdQuery(db: Db, kommunenummer: string, query: RegisterQuery, today: IsoDate) {
  const memberOf = memberCooperations(db, kommunenummer, today);
  return db
    .select({ id: cooperations.id, taskArea: taskAreas.name, isPublic: cooperations.isPublic, organisationNumber: cooperations.organisationNumber })
    .from(cooperations)
    .innerJoin(memberOf, eq(memberOf.cooperationId, cooperations.id))
    .leftJoin(taskAreas, eq(taskAreas.id, cooperations.taskAreaId))
    .where(and(...registerConditions(db, kommunenummer, query, today)))
    .orderBy(...registerOrder(query))
    .$dynamic();
}

/** How many cooperations match the query, and how many the municipality has in all. */
export async function registerCounts(db: Db, kommunenummer: string, query: RegisterQuery, today: IsoDate): Promise<{ matching: number; all: number }> {
  const memberOf = memberCooperations(db, kommunenummer, today);
  const all = db.select({ n: count() }).from(memberOf);
  const filtered = Boolean(query.q || query.tilstand || query.oppgavefelt || query.form);
  const [[total], [matching]] = await Promise.all([
    all,
    filtered
      ? db
          .select({ n: count() })
          .from(cooperations)
          .innerJoin(memberOf, eq(memberOf.cooperationId, cooperations.id))
          .where(and(...registerConditions(db, kommunenummer, query, today)))
      : Promise.resolve([undefined]),
  ]);
  const n = Number(total?.n ?? 0);
  return { all: n, matching: matching ? Number(matching.n) : n };
}

/** The filter's options from all of the municipality's cooperations: task area names and legal forms, by name. */
export async function registerFilterOptions(db: Db, kommunenummer: string, today: IsoDate): Promise<{ taskAreas: string[]; legalForms: { code: string; name: string }[] }> {
  const memberOf = memberCooperations(db, kommunenummer, today);
  const [areas, forms] = await Promise.all([
    db
      .selectDistinct({ name: taskAreas.name })
      .from(cooperations)
      .innerJoin(memberOf, eq(memberOf.cooperationId, cooperations.id))
      .innerJoin(taskAreas, eq(taskAreas.id, cooperations.taskAreaId)),
    db
      .selectDistinct({ code: sql<string>`${cooperations.legalForm}` })
      .from(cooperations)
      .innerJoin(memberOf, eq(memberOf.cooperationId, cooperations.id))
      .where(isNotNull(sql`nullif(${cooperations.legalForm}, '')`)),
  ]);
  const byName = (a: string, b: string) => a.localeCompare(b, 'nb');
  return {
    taskAreas: areas.map((a) => a.name).sort(byName),
    legalForms: forms.map((f) => ({ code: f.code, name: legalFormName(f.code) ?? f.code })).sort((a, b) => byName(a.name, b.name)),
  };
}
