// From what the register queries and the public projection return to the API's shapes.
// Pure. Every field is copied by name; the response schema then drops anything unlisted.
import type { PublicListRow, PublicMunicipalityRow, TaskAreaRow } from '@/db/queries/public-list';
import type { PublicCooperation } from '@/lib/pure/register/public';
import { legalFormName } from '@/lib/pure/register/row';
import { STATE_LABELS } from '@/workflows/cooperation/states';
import { encodeCursor, type CursorKind } from './cursor';
import type { CooperationDetail, CooperationSummary, MunicipalityItem, Paging } from './schemas';

export const innsynUrl = (origin: string, id: string) => `${origin}/innsyn/samarbeid/${id}`;

function legalFormRef(code: string | null): { code: string; name: string } | null {
  const name = legalFormName(code);
  return code && name ? { code, name } : null;
}

export function cooperationSummary(row: PublicListRow, origin: string): CooperationSummary {
  return {
    id: row.id,
    name: row.name,
    state: row.state,
    stateLabel: STATE_LABELS[row.state],
    legalForm: legalFormRef(row.legalFormCode),
    taskArea: row.taskArea ? { id: row.taskArea.id, sector: row.taskArea.sector, name: row.taskArea.name } : null,
    startDate: row.startDate,
    lastEvaluation: row.lastEvaluation,
    members: row.members.map((m) => ({ kommunenummer: m.kommunenummer, name: m.name, role: m.role })),
    url: innsynUrl(origin, row.id),
  };
}

export interface CooperationCodes {
  legalFormCode: string | null;
  taskAreaId: number | null;
  taskAreaSector: string | null;
}

/** The public projection with the codes behind its names; nothing the projection left out can come back. */
export function cooperationDetail(c: PublicCooperation, codes: CooperationCodes, origin: string): CooperationDetail {
  return {
    id: c.id,
    name: c.name,
    purpose: c.purpose,
    problem: { what: c.problem.what, why: c.problem.why, how: c.problem.how },
    taskArea: c.taskArea && codes.taskAreaId !== null && codes.taskAreaSector !== null ? { id: codes.taskAreaId, sector: codes.taskAreaSector, name: c.taskArea } : null,
    geographicLevel: c.geographicLevel,
    state: c.state,
    stateLabel: STATE_LABELS[c.state],
    startDate: c.startDate,
    legalForm: codes.legalFormCode
      ? {
          code: codes.legalFormCode,
          name: c.legalForm?.name ?? c.legalFormName ?? codes.legalFormCode,
          basis: c.legalForm?.basis ?? null,
          summary: c.legalForm?.summary ?? null,
          legalEntity: c.legalForm?.legalEntity ?? null,
          mayMakeEnkeltvedtak: c.legalForm?.mayMakeEnkeltvedtak ?? null,
          bodies: c.legalForm ? [...c.legalForm.bodies] : [],
        }
      : null,
    members: c.members.map((m) => ({ kommunenummer: m.kommunenummer, name: m.name, role: m.role, contactPerson: m.contactPerson })),
    upcomingMembers: c.upcomingMembers.map((m) => ({ name: m.name, kommunenummer: m.kommunenummer, from: m.from })),
    formerMembers: c.formerMembers.map((m) => ({ name: m.name, kommunenummer: m.kommunenummer, from: m.from, to: m.to })),
    bodies: c.bodies.map((b) => ({ name: b.name, seats: b.seats.map((s) => ({ member: s.member, seats: s.seats })) })),
    memberDecisions: c.memberDecisions.map((d) => ({ member: d.member, body: d.body, date: d.date, saksnummer: d.saksnummer, url: d.url, outcome: d.outcome, round: d.round })),
    bodyDecisions: c.bodyDecisions.map((d) => ({ body: d.body, title: d.title, date: d.date, saksnummer: d.saksnummer, url: d.url })),
    // An uploaded minutes file is served by Innsyn under a path of its own: given here in full.
    minutes: c.minutes.map((m) => ({ source: m.source, member: m.member, body: m.body, date: m.date, url: m.url.startsWith('/') ? `${origin}${m.url}` : m.url })),
    latestEvaluation: c.latestEvaluation ? { closedAt: c.latestEvaluation.closedAt, decision: c.latestEvaluation.decision, summary: c.latestEvaluation.summary } : null,
    url: innsynUrl(origin, c.id),
  };
}

export function municipalityItem(row: PublicMunicipalityRow, origin: string): MunicipalityItem {
  return {
    kommunenummer: row.kommunenummer,
    name: row.name,
    otherName: row.otherName,
    countyNumber: row.countyNumber,
    countyName: row.countyName,
    publicCooperations: row.publicCooperations,
    cooperations: `${origin}/api/v1/kommuner/${row.kommunenummer}/samarbeid`,
  };
}

export function taskAreaItem(row: TaskAreaRow) {
  return { id: row.id, sector: row.sector, name: row.name, retired: row.retired };
}

/** The paging block: the next page's cursor and its full address (same filters and limit). */
export function paging(kind: CursorKind, nextAfter: string | null, limit: number, requestUrl: URL): Paging {
  if (nextAfter === null) return { limit, nextCursor: null, next: null };
  const nextCursor = encodeCursor(kind, nextAfter);
  const next = new URL(requestUrl);
  next.searchParams.set('cursor', nextCursor);
  next.searchParams.set('limit', String(limit));
  return { limit, nextCursor, next: next.toString() };
}
