import 'server-only';
// The members of a cooperation that may have sponsors and contact persons now: members on
// `today`, decided joiners still to come and joiners proposed in a redesign (everyone whose
// membership has not ended, lib/pure/domain/membership.ts), with the names the pages show.
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../client';
import { cooperationMembers, municipalities } from '../schema';
import { notEndedOn } from './membership';
import type { IsoDate } from '@/lib/pure/domain/iso-date';
import { organisationTitle } from '@/lib/pure/domain/municipality';

export interface MemberName {
  id: string;
  name: string;
  kommunenummer: string | null;
}

/** As loadDossier names them: "<kommune> kommune", "<fylke> fylkeskommune", or the organisation's own name. */
export async function memberNamesFrom(db: Db, cooperationId: string, today: IsoDate): Promise<MemberName[]> {
  const rows = await db
    .select({ id: cooperationMembers.id, kommunenummer: cooperationMembers.kommunenummer, organisationName: cooperationMembers.organisationName, municipalityName: municipalities.name, municipalityKind: municipalities.kind })
    .from(cooperationMembers)
    .leftJoin(municipalities, eq(municipalities.kommunenummer, cooperationMembers.kommunenummer))
    .where(and(eq(cooperationMembers.cooperationId, cooperationId), notEndedOn(today)))
    .orderBy(asc(cooperationMembers.sortOrder), asc(municipalities.name));
  return rows.map((r) => ({ id: r.id, kommunenummer: r.kommunenummer, name: r.municipalityName ? organisationTitle({ name: r.municipalityName, kind: r.municipalityKind }) : (r.organisationName ?? 'Ukjent deltaker') }));
}
