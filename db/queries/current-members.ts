import 'server-only';
// Who counts as a member of a cooperation today, in one place: the open register's lists,
// statistics and partner networks all ask this. Today a member is current until it has a
// left_at date; when memberships get joined/left dates (the membership work), only this
// module changes.
import { and, eq, isNull, notInArray, type SQL } from 'drizzle-orm';
import { cooperationMembers, cooperations } from '../schema';
import { ENDED_STATES } from '@/lib/domain/dossier';
import { HIDDEN_STATES } from '@/lib/register/public';

/** The membership row is a current member of its cooperation. */
export function currentMember(): SQL {
  return isNull(cooperationMembers.leftAt);
}

/** The cooperation is shown on /innsyn: marked public and past the draft stage (isPubliclyVisible in SQL). */
export function publiclyVisible(): SQL {
  return and(eq(cooperations.isPublic, true), notInArray(cooperations.state, [...HIDDEN_STATES]))!;
}

/** The cooperation is going on: past the draft stage and not ended (avviklet, avbrutt). */
export function ongoing(): SQL {
  return notInArray(cooperations.state, [...ENDED_STATES, ...HIDDEN_STATES]);
}
