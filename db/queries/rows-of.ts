// db.execute's answer is the rows themselves with postgres-js and `{ rows }` with PGlite.
export const rowsOf = <T>(result: unknown): T[] => (Array.isArray(result) ? (result as T[]) : (result as { rows: T[] }).rows);
