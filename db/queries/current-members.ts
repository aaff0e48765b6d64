import 'server-only';
// Who counts as a member of a cooperation today, in one place for the open register's
// lists, statistics and partner networks: a member on today's date in Oslo by the
// membership rule (joined/left dates, proposed joiners are not members yet).
import { and, eq, notInArray, type SQL } from 'drizzle-orm';
import { cooperations } from '../schema';
import { memberOn } from './membership';
import { osloDateOf, type IsoDate } from '@/lib/pure/domain/iso-date';
import { ENDED_STATES } from '@/lib/pure/domain/dossier';
import { HIDDEN_STATES } from '@/lib/pure/register/public';

/** The membership row is a member of its cooperation today. */
export function currentMember(today: IsoDate = osloDateOf(new Date())): SQL {
  return memberOn(today);
}

/** The cooperation is shown on /innsyn: marked public and past the draft stage (isPubliclyVisible in SQL). */
export function publiclyVisible(): SQL {
  return and(eq(cooperations.isPublic, true), notInArray(cooperations.state, [...HIDDEN_STATES]))!;
}

/** The cooperation is going on: past the draft stage and not ended (avviklet, avbrutt). */
export function ongoing(): SQL {
  return notInArray(cooperations.state, [...ENDED_STATES, ...HIDDEN_STATES]);
}
