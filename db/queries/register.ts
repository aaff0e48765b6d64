import 'server-only';
// The municipal register and the public transparency pages: which cooperations a
// municipality takes part in (members that have not left), the columns the dossier does
// not carry (publicity, task area name, contact publicity, decision links, logged bodies),
// and the national count of public cooperations per municipality.
import { and, asc, count, eq, ilike, inArray, isNull, notExists, notInArray, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../client';
import { anchoringOccurrences, bodyDecisions, bodyMeetings, cooperationMembers, cooperations, evaluationRounds, meetingMinutesFiles, municipalities, taskAreas } from '../schema';
import { loadDossiers } from './dossier';
import { memberOn } from './membership';
import { osloDateOf, type IsoDate } from '@/lib/pure/domain/iso-date';
import { HIDDEN_STATES, isPubliclyVisible, publicCooperation, publicRegisterRow, type PublicationSource, type PublicCooperation, type PublicRegisterRow } from '@/lib/pure/register/public';
import { registerRow, type RegisterRow } from '@/lib/pure/register/row';

/** Æ, Ø, Å last and in that order, whatever the database's collation says. */
const byNorwegianName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'nb');

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Cooperations where the municipality is a member on `today`, with the columns rows need beyond the dossier. */
async function memberCooperations(db: Db, kommunenummer: string, today: IsoDate) {
  const memberOf = db
    .select({ id: cooperationMembers.cooperationId })
    .from(cooperationMembers)
    .where(and(eq(cooperationMembers.kommunenummer, kommunenummer), memberOn(today)));
  return db
    .select({ id: cooperations.id, name: cooperations.name, state: cooperations.state, isPublic: cooperations.isPublic, organisationNumber: cooperations.organisationNumber, taskArea: taskAreas.name })
    .from(cooperations)
    .leftJoin(taskAreas, eq(taskAreas.id, cooperations.taskAreaId))
    .where(inArray(cooperations.id, memberOf))
    .orderBy(asc(cooperations.name));
}

/** The register of one municipality: every cooperation it is a member of, with lights as of `now`. */
export async function registerRows(db: Db, kommunenummer: string, now: Date): Promise<RegisterRow[]> {
  const today = osloDateOf(now);
  const cooperationsOf = await memberCooperations(db, kommunenummer, today);
  const dossiers = new Map((await loadDossiers(db, cooperationsOf.map((c) => c.id), { today })).map((d) => [d.id, d]));
  return cooperationsOf.flatMap((c) => {
    const dossier = dossiers.get(c.id);
    return dossier ? [registerRow(dossier, { kommunenummer, taskArea: c.taskArea, isPublic: c.isPublic, organisationNumber: c.organisationNumber }, now)] : [];
  });
}

export interface MunicipalityChoice {
  kommunenummer: string;
  name: string;
  kind: 'kommune' | 'fylkeskommune';
  cooperations: number;
}

/** Municipalities with their number of cooperations: the given ones, or (null) all that have any. */
export async function registerMunicipalities(db: Db, kommunenumre: readonly string[] | null, today: IsoDate = osloDateOf(new Date())): Promise<MunicipalityChoice[]> {
  if (kommunenumre !== null && kommunenumre.length === 0) return [];
  const n = sql<number>`count(distinct ${cooperationMembers.cooperationId})::int`;
  const rows = await db
    .select({ kommunenummer: municipalities.kommunenummer, name: municipalities.name, kind: municipalities.kind, cooperations: n })
    .from(municipalities)
    .leftJoin(cooperationMembers, and(eq(cooperationMembers.kommunenummer, municipalities.kommunenummer), memberOn(today)))
    .where(kommunenumre === null ? undefined : inArray(municipalities.kommunenummer, [...kommunenumre]))
    .groupBy(municipalities.kommunenummer, municipalities.name, municipalities.kind)
    .having(kommunenumre === null ? sql`count(${cooperationMembers.id}) > 0` : undefined);
  return rows.map((r) => ({ ...r, cooperations: Number(r.cooperations) })).sort(byNorwegianName);
}

export interface PublicMunicipality {
  kommunenummer: string;
  name: string;
  otherName: string | null;
  countyName: string;
  publicCooperations: number;
}

/** Every current municipality with its number of public cooperations; `search` matches either official name or the number. */
export async function publicMunicipalities(db: Db, search?: string, today: IsoDate = osloDateOf(new Date())): Promise<PublicMunicipality[]> {
  const publicMembers = db
    .select({ kommunenummer: cooperationMembers.kommunenummer, n: count(cooperations.id).as('n') })
    .from(cooperationMembers)
    .innerJoin(cooperations, eq(cooperations.id, cooperationMembers.cooperationId))
    .where(and(memberOn(today), eq(cooperations.isPublic, true), notInArray(cooperations.state, [...HIDDEN_STATES])))
    .groupBy(cooperationMembers.kommunenummer)
    .as('public_members');
  const filters = [isNull(municipalities.validTo)];
  if (search) {
    const term = `%${search.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    filters.push(or(ilike(municipalities.name, term), ilike(municipalities.otherName, term), ilike(municipalities.kommunenummer, term))!);
  }
  const rows = await db
    .select({
      kommunenummer: municipalities.kommunenummer,
      name: municipalities.name,
      otherName: municipalities.otherName,
      countyName: municipalities.countyName,
      publicCooperations: sql<number>`coalesce(${publicMembers.n}, 0)::int`,
    })
    .from(municipalities)
    .leftJoin(publicMembers, eq(publicMembers.kommunenummer, municipalities.kommunenummer))
    .where(and(...filters));
  return rows.map((r) => ({ ...r, publicCooperations: Number(r.publicCooperations) })).sort(byNorwegianName);
}

/** Everything the public projection may choose from; null for an unknown id. */
export async function loadPublicationSource(db: Db, id: string, today: IsoDate = osloDateOf(new Date())): Promise<PublicationSource | null> {
  if (!UUID.test(id)) return null;
  return (await loadPublicationSources(db, [id], today))[0] ?? null;
}

/**
 * The publication sources of several cooperations, in the order of `ids` (unknown ones left
 * out), with one query per table whatever the number: a register of hundreds costs the same
 * dozen queries as one cooperation.
 */
export async function loadPublicationSources(db: Db, ids: readonly string[], today: IsoDate = osloDateOf(new Date())): Promise<PublicationSource[]> {
  const list = [...new Set(ids)].filter((id) => UUID.test(id));
  if (list.length === 0) return [];
  const [rows, dossiers, contacts, decisions, meetings, summaries, occurrences] = await Promise.all([
    db
      .select({ id: cooperations.id, isPublic: cooperations.isPublic, organisationNumber: cooperations.organisationNumber, taskArea: taskAreas.name })
      .from(cooperations)
      .leftJoin(taskAreas, eq(taskAreas.id, cooperations.taskAreaId))
      .where(inArray(cooperations.id, list)),
    loadDossiers(db, list, { today }),
    db
      .select({ cooperationId: cooperationMembers.cooperationId, id: cooperationMembers.id })
      .from(cooperationMembers)
      .where(and(inArray(cooperationMembers.cooperationId, list), eq(cooperationMembers.contactPublic, true))),
    db
      .select({ cooperationId: bodyDecisions.cooperationId, id: bodyDecisions.id, isPublic: bodyDecisions.isPublic, saksnummer: bodyDecisions.saksnummer, url: bodyDecisions.url })
      .from(bodyDecisions)
      .where(inArray(bodyDecisions.cooperationId, list)),
    db
      .select({
        cooperationId: bodyMeetings.cooperationId,
        id: bodyMeetings.id,
        minutesPublic: bodyMeetings.minutesPublic,
        minutesUrl: bodyMeetings.minutesUrl,
        hasFile: sql<boolean>`${meetingMinutesFiles.meetingId} is not null`,
      })
      .from(bodyMeetings)
      .leftJoin(meetingMinutesFiles, eq(meetingMinutesFiles.meetingId, bodyMeetings.id))
      .where(inArray(bodyMeetings.cooperationId, list)),
    // Only the summary and its flag: answers, results and notes stay out of this query.
    db
      .select({ cooperationId: evaluationRounds.cooperationId, id: evaluationRounds.id, summary: evaluationRounds.summary, summaryPublic: evaluationRounds.summaryPublic })
      .from(evaluationRounds)
      .where(inArray(evaluationRounds.cooperationId, list)),
    db
      .select({
        cooperationId: anchoringOccurrences.cooperationId,
        memberId: anchoringOccurrences.memberId,
        body: anchoringOccurrences.body,
        level: anchoringOccurrences.level,
        kind: anchoringOccurrences.kind,
        status: anchoringOccurrences.status,
        heldDate: anchoringOccurrences.heldDate,
        minutesUrl: anchoringOccurrences.minutesUrl,
      })
      .from(anchoringOccurrences)
      .where(inArray(anchoringOccurrences.cooperationId, list)),
  ]);
  const rowById = new Map(rows.map((r) => [r.id, r]));
  const contactsOf = groupBy(contacts);
  const decisionsOf = groupBy(decisions);
  const meetingsOf = groupBy(meetings);
  const summariesOf = groupBy(summaries);
  const occurrencesOf = groupBy(occurrences);
  return dossiers.flatMap((dossier): PublicationSource[] => {
    const row = rowById.get(dossier.id);
    if (!row) return [];
    return [
      {
        dossier,
        isPublic: row.isPublic,
        taskArea: row.taskArea,
        organisationNumber: row.organisationNumber,
        publicContactMemberIds: contactsOf(dossier.id).map((c) => c.id),
        bodyDecisions: decisionsOf(dossier.id).map(({ cooperationId: _, ...d }) => d),
        meetings: meetingsOf(dossier.id).map(({ cooperationId: _, ...m }) => m),
        evaluationSummaries: summariesOf(dossier.id).map(({ cooperationId: _, ...e }) => e),
        occurrences: occurrencesOf(dossier.id).map(({ cooperationId: _, ...o }) => o),
      },
    ];
  });
}

/** Rows by their cooperation, for assembling several cooperations from one query. */
function groupBy<T extends { cooperationId: string }>(items: readonly T[]): (id: string) => T[] {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const bucket = map.get(item.cooperationId);
    if (bucket) bucket.push(item);
    else map.set(item.cooperationId, [item]);
  }
  return (id) => map.get(id) ?? [];
}

/** The public page's data; null when unknown or not public (both are a 404). */
export async function loadPublicCooperation(db: Db, id: string, today: IsoDate = osloDateOf(new Date())): Promise<PublicCooperation | null> {
  const source = await loadPublicationSource(db, id, today);
  return source ? publicCooperation(source) : null;
}

/** A municipality's public register, built from the same projection as the public pages. */
export async function publicRegisterRows(db: Db, kommunenummer: string, today: IsoDate = osloDateOf(new Date())): Promise<PublicRegisterRow[]> {
  const visible = (await memberCooperations(db, kommunenummer, today)).filter(isPubliclyVisible);
  const sources = await loadPublicationSources(db, visible.map((c) => c.id), today);
  return sources.flatMap((source) => {
    const cooperation = publicCooperation(source);
    return cooperation ? [publicRegisterRow(cooperation)] : [];
  });
}

export interface FormerMembership {
  id: string;
  name: string;
  state: string;
  isPublic: boolean;
  joinedAt: string | null;
  leftAt: string;
}

/** The membership rows formerMemberships lists, apart from the current ones it checks against. */
const former = alias(cooperationMembers, 'former');

/**
 * Cooperations the municipality has left (its last day is before `today`), most recent first.
 * A municipality that left and later rejoined is a member again: not listed as former (a
 * NOT EXISTS on its current membership, so a big municipality's current list is never read).
 */
export async function formerMemberships(db: Db, kommunenummer: string, today: IsoDate): Promise<FormerMembership[]> {
  const current = db
    .select({ one: sql`1` })
    .from(cooperationMembers)
    .where(and(eq(cooperationMembers.kommunenummer, kommunenummer), memberOn(today), sql`${cooperationMembers.cooperationId} = ${former.cooperationId}`));
  return db
    .select({
      id: cooperations.id,
      name: cooperations.name,
      state: cooperations.state,
      isPublic: cooperations.isPublic,
      joinedAt: former.joinedAt,
      leftAt: sql<string>`${former.leftAt}`,
    })
    .from(former)
    .innerJoin(cooperations, eq(cooperations.id, former.cooperationId))
    .where(and(eq(former.kommunenummer, kommunenummer), eq(former.proposed, false), sql`${former.leftAt} < ${today}`, notExists(current)))
    .orderBy(sql`${former.leftAt} desc`, asc(cooperations.name));
}

/** Whether a cooperation may appear publicly at all (its flag and state), or null when unknown. */
export async function publicVisibility(db: Db, id: string): Promise<{ isPublic: boolean; state: string } | null> {
  if (!UUID.test(id)) return null;
  const [row] = await db.select({ isPublic: cooperations.isPublic, state: cooperations.state }).from(cooperations).where(eq(cooperations.id, id));
  return row ?? null;
}
