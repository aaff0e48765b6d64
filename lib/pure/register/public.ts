// The public projection of a cooperation: the ONLY shape /innsyn pages and the public CSV
// read. It copies whitelisted fields one by one (never spreads a dossier), so a field added
// to the dossier later stays internal until someone decides here that it is public.
//
// Public (what a citizen needs to see what the cooperation is and hold it to account):
// name, purpose, the agreed problem (what/why/how), task area, geographic level, state,
// start date, organisation number (public in Enhetsregisteret anyway), the legal form and
// what it means, members and their roles (and former and coming members with their
// dates), host, governing
// bodies and seats, member councils' decisions, decisions of the cooperation's bodies
// marked public (title, date, saksnummer, link), minutes of the bodies' meetings marked
// public, minutes of held formal political anchoring meetings when the cooperation
// publishes minutes (each with where it comes from), contact persons of members
// marked public, and the latest evaluation's date, decision and — when marked public — its
// summary.
//
// Internal (never copied): the operative leader's mandate and name, sponsors and their
// notes, contact persons not marked public, expected benefit per member, budget, cost key,
// shares, host compensation, agreement checklist, rationale for the form, goals, support,
// participation notes, information plan, instruments, anchoring notes and administrative
// or informal anchoring, body decisions' governance flags (within mandate, documents in
// time, prepared by), evaluation answers, comments, results, recommendation and the notes
// on recommendation and decision, a summary not marked public, the structural legitimacy scores
// (they are computed partly from internal fields and explain themselves with them).
import type { AnchoringKind, AnchoringLevel, DecisionOutcome, Dossier, LifecycleState, MemberRole, OccurrenceStatus } from '@/lib/pure/domain/dossier';
import { toIsoDate, type IsoDate } from '@/lib/pure/domain/iso-date';
import { legalForm } from '@/lib/pure/domain/legal-forms';
import { lastClosedEvaluation, PUBLISHED_MINUTES_CHANNEL } from '@/lib/pure/domain/legitimacy-throughput-output';
import { hasText } from '@/lib/pure/domain/nb-text';
import { hostLabel, hostNames, legalFormName } from './row';

/** Drafts are a rådmannsteam's work in progress, not yet a cooperation anyone has proposed. */
export const HIDDEN_STATES: readonly LifecycleState[] = ['utkast'];

export function isPubliclyVisible(c: { isPublic: boolean; state: string }): boolean {
  return c.isPublic && !(HIDDEN_STATES as readonly string[]).includes(c.state);
}

/** The columns the dossier does not carry, read from the tables next to it. */
export interface PublicationSource {
  dossier: Dossier;
  isPublic: boolean;
  taskArea: string | null;
  /** Enhetsregisteret's number (a public register itself). */
  organisationNumber?: string | null;
  /** Members whose contact person the cooperation publishes (cooperation_members.contact_public). */
  publicContactMemberIds: readonly string[];
  /** Publication columns of the body decisions, by the dossier's decision id. */
  bodyDecisions: readonly { id: string; isPublic: boolean; saksnummer: string | null; url: string | null }[];
  /** Publication columns of the bodies' meetings, by the dossier's meeting id. */
  meetings: readonly { id: string; minutesPublic: boolean; minutesUrl: string | null; hasFile: boolean }[];
  /** The evaluation rounds' summaries and whether the owners let them be published, by round id. */
  evaluationSummaries: readonly { id: string; summary: string | null; summaryPublic: boolean }[];
  /** Occurrences as logged, with the body copied onto them (the plan may have changed since). */
  occurrences: readonly {
    memberId: string;
    body: string;
    level: AnchoringLevel;
    kind: AnchoringKind;
    status: OccurrenceStatus;
    heldDate: IsoDate | null;
    minutesUrl: string | null;
  }[];
}

export interface PublicMember {
  name: string;
  kommunenummer: string | null;
  role: MemberRole;
  /** Only when the cooperation has marked this member's contact person as public. */
  contactPerson: string | null;
}

export interface PublicLegalForm {
  name: string;
  basis: string;
  summary: string;
  legalEntity: boolean | 'kan';
  mayMakeEnkeltvedtak: boolean;
  bodies: string[];
}

export interface PublicDecisionLink {
  date: IsoDate;
  saksnummer: string | null;
  url: string | null;
}

export interface PublicCooperation {
  id: string;
  name: string;
  purpose: string | null;
  problem: { what: string | null; why: string | null; how: string | null };
  taskArea: string | null;
  geographicLevel: Dossier['geographicLevel'];
  state: LifecycleState;
  startDate: IsoDate | null;
  organisationNumber: string | null;
  legalForm: PublicLegalForm | null;
  /** The form's name when the code is not in the catalogue (older data). */
  legalFormName: string | null;
  members: PublicMember[];
  /** Decided joiners whose first day is still ahead. */
  upcomingMembers: { name: string; kommunenummer: string | null; from: IsoDate }[];
  /** Members that have left, with their membership dates (who took part when is public record). */
  formerMembers: { name: string; kommunenummer: string | null; from: IsoDate | null; to: IsoDate }[];
  hosts: string[];
  bodies: { name: string; seats: { member: string; seats: number }[] }[];
  memberDecisions: (PublicDecisionLink & { member: string; body: string; outcome: DecisionOutcome; round: number })[];
  bodyDecisions: (PublicDecisionLink & { body: string; title: string })[];
  publishesMinutes: boolean;
  /**
   * Published minutes, newest first, each saying where it comes from: a meeting of the
   * cooperation's own body ('organ', member null), or a member council where the
   * cooperation was anchored ('forankring').
   */
  minutes: { source: 'organ' | 'forankring'; member: string | null; body: string; date: IsoDate; url: string }[];
  latestEvaluation: {
    closedAt: IsoDate;
    decision: 'opprettholde' | 'redesign' | 'avvikle' | null;
    /** Only when the round's summary is marked public. */
    summary: string | null;
  } | null;
}

/** Only web links are rendered: a stored "javascript:" or file path never becomes a link. */
export function safeUrl(url: string | null | undefined): string | null {
  if (!hasText(url)) return null;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.toString() : null;
  } catch {
    return null;
  }
}

const byDateDesc = <T extends { date: string }>(a: T, b: T) => b.date.localeCompare(a.date);
const text = (value: string | null) => (hasText(value) ? value.trim() : null);

/**
 * The minutes rule: a cooperation whose information plan has the channel «publiserte referater»
 * has decided to publish minutes; then every HELD, FORMAL, POLITICAL anchoring with a minutes
 * link is listed (those are meetings of elected bodies, open by law). Informal and
 * administrative anchoring — leadership meetings and phone calls — is never listed.
 */
export function publishesMinutes(dossier: Dossier): boolean {
  return dossier.informationItems.some((i) => i.channel.trim().toLowerCase().replace(/\s+/g, ' ') === PUBLISHED_MINUTES_CHANNEL);
}

function publicSummary(source: PublicationSource, roundId: string | undefined): string | null {
  const round = source.evaluationSummaries.find((e) => e.id === roundId);
  return round?.summaryPublic ? text(round.summary) : null;
}

/** Null when the cooperation is not public: the page answers 404, as for an unknown id. */
export function publicCooperation(source: PublicationSource): PublicCooperation | null {
  const d = source.dossier;
  if (!isPubliclyVisible({ isPublic: source.isPublic, state: d.state })) return null;
  const memberName = new Map([...d.formerMembers, ...d.upcomingMembers, ...d.members].map((m) => [m.id, m.name]));
  const nameOf = (memberId: string) => memberName.get(memberId) ?? 'Tidligere deltaker';
  const publicContacts = new Set(source.publicContactMemberIds);
  const form = legalForm(d.design.legalForm);
  const decisionColumns = new Map(source.bodyDecisions.map((b) => [b.id, b]));
  const minutesPublished = publishesMinutes(d);
  const evaluation = lastClosedEvaluation(d);
  const latest = d.evaluations.find((e) => e.closedAt !== null && toIsoDate(e.closedAt) === evaluation);
  return {
    id: d.id,
    name: d.name,
    purpose: text(d.purpose),
    problem: { what: text(d.problemWhat), why: text(d.problemWhy), how: text(d.problemHow) },
    taskArea: source.taskArea,
    geographicLevel: d.geographicLevel,
    state: d.state,
    startDate: d.startDate,
    organisationNumber: source.organisationNumber ?? null,
    legalForm: form
      ? { name: form.name, basis: form.basis, summary: form.summary, legalEntity: form.legalEntity, mayMakeEnkeltvedtak: form.mayMakeEnkeltvedtak, bodies: [...form.bodies] }
      : null,
    legalFormName: legalFormName(d.design.legalForm),
    members: d.members.map((m) => ({
      name: m.name,
      kommunenummer: m.kommunenummer,
      role: m.role,
      contactPerson: publicContacts.has(m.id) ? text(m.contactPerson) : null,
    })),
    upcomingMembers: d.upcomingMembers.flatMap((m) => (m.joinedAt ? [{ name: m.name, kommunenummer: m.kommunenummer, from: m.joinedAt }] : [])),
    formerMembers: d.formerMembers.flatMap((m) => (m.leftAt ? [{ name: m.name, kommunenummer: m.kommunenummer, from: m.joinedAt ?? null, to: m.leftAt }] : [])),
    hosts: hostNames(d),
    bodies: d.design.bodies.map((b) => ({
      name: b.name,
      seats: d.members.flatMap((m) => (b.seats[m.id] ? [{ member: m.name, seats: b.seats[m.id]! }] : [])),
    })),
    memberDecisions: d.memberDecisions
      .map((m) => ({ member: nameOf(m.memberId), body: m.body, date: m.date, saksnummer: text(m.saksnummer), outcome: m.outcome, url: safeUrl(m.url), round: m.round }))
      .sort(byDateDesc),
    bodyDecisions: d.bodyDecisions
      .flatMap((b) => {
        const columns = decisionColumns.get(b.id);
        if (!columns?.isPublic) return [];
        return [{ body: b.body, date: b.date, title: b.title, saksnummer: text(columns.saksnummer), url: safeUrl(columns.url) }];
      })
      .sort(byDateDesc),
    publishesMinutes: minutesPublished,
    minutes: [...meetingMinutes(source), ...(minutesPublished ? anchoringMinutes(source, nameOf) : [])].sort(byDateDesc),
    latestEvaluation: evaluation ? { closedAt: evaluation, decision: latest?.decision ?? null, summary: publicSummary(source, latest?.id) } : null,
  };
}

/** Minutes of the bodies' own meetings that are marked public: a link, or the uploaded file. */
function meetingMinutes(source: PublicationSource): PublicCooperation['minutes'] {
  const columns = new Map(source.meetings.map((m) => [m.id, m]));
  return source.dossier.bodyMeetings.flatMap((m) => {
    const c = columns.get(m.id);
    if (!c?.minutesPublic) return [];
    const url = c.hasFile ? `/innsyn/samarbeid/${source.dossier.id}/referat/${m.id}` : safeUrl(c.minutesUrl);
    return url ? [{ source: 'organ' as const, member: null, body: m.bodyName, date: m.date, url }] : [];
  });
}

function anchoringMinutes(source: PublicationSource, nameOf: (memberId: string) => string): PublicCooperation['minutes'] {
  return source.occurrences.flatMap((o) => {
    const url = safeUrl(o.minutesUrl);
    if (o.status !== 'holdt' || o.kind !== 'formell' || o.level !== 'politisk' || !url || !o.heldDate) return [];
    return [{ source: 'forankring' as const, member: nameOf(o.memberId), body: o.body, date: o.heldDate, url }];
  });
}

export interface PublicRegisterRow {
  id: string;
  name: string;
  legalForm: string | null;
  taskArea: string | null;
  hosts: string[];
  hostLabel: string | null;
  members: string[];
  state: LifecycleState;
  startDate: IsoDate | null;
  lastEvaluation: IsoDate | null;
}

/**
 * The same row from the open register's list query (db/queries/public-list.ts), for the paged
 * public register and the exports; a database test holds the two equal.
 */
export function publicRegisterRowOf(row: {
  id: string;
  name: string;
  state: LifecycleState;
  legalFormCode: string | null;
  taskArea: { name: string } | null;
  startDate: IsoDate | null;
  lastEvaluation: IsoDate | null;
  members: readonly { name: string; role: MemberRole }[];
}): PublicRegisterRow {
  return {
    id: row.id,
    name: row.name,
    legalForm: legalFormName(row.legalFormCode),
    taskArea: row.taskArea?.name ?? null,
    hosts: row.members.filter((m) => m.role === 'vertskommune' || m.role === 'kontorkommune').map((m) => m.name),
    hostLabel: hostLabel(row.members),
    members: row.members.map((m) => m.name),
    state: row.state,
    startDate: row.startDate,
    lastEvaluation: row.lastEvaluation,
  };
}

/** Built from the projection, so the public register cannot show more than the public page. */
export function publicRegisterRow(c: PublicCooperation): PublicRegisterRow {
  return {
    id: c.id,
    name: c.name,
    legalForm: c.legalForm?.name ?? c.legalFormName,
    taskArea: c.taskArea,
    hosts: c.hosts,
    hostLabel: hostLabel(c.members),
    members: c.members.map((m) => m.name),
    state: c.state,
    startDate: c.startDate,
    lastEvaluation: c.latestEvaluation?.closedAt ?? null,
  };
}
