// Norwegian text in SQL, the same on every database: the collation of a PostgreSQL server (or
// of PGlite) may be C, which sorts Å before Æ and all capitals before small letters, and may
// not fold Æ, Ø, Å to small letters. These expressions do not depend on it.
import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';

const CAPITALS = 'ÆØÅÄÖÜÉÈÁÀ';
const SMALL = 'æøåäöüéèáà';

/** The text in small letters, æøå included, whatever the database's locale. */
export function foldSql(expr: SQLWrapper): SQL {
  return sql`lower(translate(${expr}, ${CAPITALS}, ${SMALL}))`;
}

/**
 * Ascending Norwegian alphabetical order (a–z, then æ, ø, å; ä and ö with æ and ø; é as e;
 * "aa" as å, like Aarborte), ignoring case: the byte order of a key where æ, ø, å become the
 * three characters after z. JavaScript's localeCompare(…, 'nb') gives the same order.
 */
export function norwegianOrder(expr: SQLWrapper): SQL {
  return sql`translate(replace(${foldSql(expr)}, 'aa', 'å'), 'æøåäöüéèáà', '{|}{|ueeaa') collate "C" asc`;
}
