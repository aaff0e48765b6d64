// What makes two registrations the same cooperation when there is no organisation number:
// the same name (case aside) and the same set of members. Shared by the in-file check and
// the database match (db/queries/existing-cooperations.ts). Pure.

/** One member of a set, comparable across rows: its kommunenummer or its organisation's name. */
export function memberKey(m: { kommunenummer: string | null; organisationName: string | null }): string {
  return m.kommunenummer ?? `org:${(m.organisationName ?? '').trim().toLocaleLowerCase('nb')}`;
}

export const nameKey = (name: string) => name.trim().toLocaleLowerCase('nb');

/** The member set as one comparable string. */
export const memberSetKey = (keys: readonly string[]) => [...new Set(keys)].sort().join('|');
