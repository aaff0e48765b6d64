// Small builders the demo cooperations share: members, sponsors, checklists, anchoring
// points, information items, instruments, decisions and logged occurrences. They keep each
// cooperation module about its own content, in the same shape as testing/fixtures/domain.ts.
import type {
  AnchoringPoint,
  Audience,
  BenefitLevel,
  InformationItem,
  InstrumentStatus,
  InstrumentUse,
  Member,
  MemberRole,
  Sponsor,
  SponsorKind,
} from '@/lib/pure/domain/dossier';
import { instrument } from '@/lib/pure/domain/instruments';
import { addDays, type IsoDate } from '@/lib/pure/domain/iso-date';
import { legalForm } from '@/lib/pure/domain/legal-forms';
import { person, personName, type Office, type PeopleKey } from './people';
import type { DemoDecision, OccurrenceLog, PastOccurrence } from './types';

export interface MemberOptions {
  role: MemberRole;
  population?: number | null;
  fixedSharePercent?: number | null;
  representatives?: number;
  contactPerson?: string | null;
  expectedBenefit: string | null;
  /** Defaults to 'middels' when the benefit is described, otherwise not assessed. */
  expectedBenefitLevel?: BenefitLevel | null;
}

const levelOf = (o: MemberOptions): BenefitLevel | null => (o.expectedBenefitLevel !== undefined ? o.expectedBenefitLevel : o.expectedBenefit ? 'middels' : null);

/** A municipality; the local id is 'm-' plus the people key, so sponsors and decisions can find it. */
export function municipality(kommunenummer: PeopleKey, name: string, o: MemberOptions): Member {
  return {
    id: `m-${kommunenummer}`,
    kommunenummer,
    name: `${name} kommune`,
    role: o.role,
    population: o.population ?? null,
    usage: null,
    fixedSharePercent: o.fixedSharePercent ?? null,
    representatives: o.representatives ?? 1,
    contactPerson: o.contactPerson === undefined ? personName(kommunenummer, 'radgiver') : o.contactPerson,
    expectedBenefit: o.expectedBenefit,
    expectedBenefitLevel: levelOf(o),
  };
}

/** A partner without a kommunenummer: a county municipality, an association, a company. */
export function organisation(id: string, name: string, o: MemberOptions): Member {
  return {
    id: `m-${id}`,
    kommunenummer: null,
    name,
    role: o.role,
    population: o.population ?? null,
    usage: null,
    fixedSharePercent: o.fixedSharePercent ?? null,
    representatives: o.representatives ?? 1,
    contactPerson: o.contactPerson ?? null,
    expectedBenefit: o.expectedBenefit,
    expectedBenefitLevel: levelOf(o),
  };
}

export interface SponsorPlan {
  politisk: Office | null;
  administrativ: Office | null;
  confirmedAt: string;
  needsReconfirmation?: boolean;
}

/** One political and one administrative sponsor per municipal member, unless the plan says otherwise. */
export function sponsorsFor(members: readonly Member[], plan: (m: Member) => SponsorPlan | null): Sponsor[] {
  return members.flatMap((m) => {
    const p = m.kommunenummer === null ? null : plan(m);
    if (!p) return [];
    const one = (kind: SponsorKind, office: Office | null): Sponsor[] => {
      if (office === null) return [];
      const who = person(m.kommunenummer as PeopleKey, office);
      return [{
        id: `s-${m.id}-${kind}`,
        memberId: m.id,
        kind,
        name: who.name,
        title: who.title,
        userId: null,
        confirmedAt: p.confirmedAt,
        needsReconfirmation: kind === 'politisk' && (p.needsReconfirmation ?? false),
      }];
    };
    return [...one('politisk', p.politisk), ...one('administrativ', p.administrativ)];
  });
}

/** Every agreement item of the form as covered, minus the ids left out on purpose. */
export function checklist(code: string, leaveOut: readonly string[] = []): Record<string, boolean> {
  const items = legalForm(code)?.agreementItems ?? [];
  if (items.length === 0) throw new Error(`Unknown legal form in demo data: ${code}`);
  return Object.fromEntries(items.filter((i) => !leaveOut.includes(i.id)).map((i) => [i.id, true]));
}

export function point(
  id: string,
  body: string,
  trigger: AnchoringPoint['trigger'],
  o: { kind?: AnchoringPoint['kind']; level?: AnchoringPoint['level']; memberIds?: string[]; description?: string | null } = {},
): AnchoringPoint {
  return {
    id,
    kind: o.kind ?? 'formell',
    level: o.level ?? 'politisk',
    body,
    trigger,
    memberIds: o.memberIds ?? [],
    description: o.description ?? null,
  };
}

export function info(audience: Audience, content: string, timing: string, channel: string, place: string | null, responsible: string): InformationItem {
  return { id: `i-${audience}-${channel}`, audience, content, timing, channel, place, responsible };
}

/** An instrument from the catalogue; its family and label come from there. */
export function uses(code: string, status: InstrumentStatus, documentUrl: string | null = null): InstrumentUse {
  const found = instrument(code);
  if (!found) throw new Error(`Unknown instrument in demo data: ${code}`);
  return { id: `ins-${code}`, family: found.family, code, label: found.label, status, documentUrl };
}

/** A deterministic case number of the year of the date, e.g. "23/1487". */
export function saksnummer(date: IsoDate, seed: string): string {
  return `${date.slice(2, 4)}/${1000 + (hash(seed) % 8999)}`;
}

/** Minutes links point at a clearly fictional host, never at a real municipality's site. */
export function minutesUrl(memberId: string, body: string, date: IsoDate): string {
  return `https://moter.demo.brobygger.no/${memberId.replace(/^m-/, '')}/${encodeURIComponent(body)}/${date}`;
}

/** Decisions of the members' councils in a round, one per member, on the given days. */
export function councilDecisions(
  round: number,
  entries: ReadonlyArray<{ memberId: string; date: IsoDate; body?: string; outcome?: DemoDecision['outcome'] }>,
): DemoDecision[] {
  return entries.map((e) => {
    const body = e.body ?? 'kommunestyre';
    const sak = saksnummer(e.date, `${e.memberId}-${round}-${e.date}`);
    return {
      memberId: e.memberId,
      body,
      date: e.date,
      saksnummer: sak,
      outcome: e.outcome ?? 'tilslutning',
      url: `${minutesUrl(e.memberId, body, e.date)}#sak-${sak.replace('/', '-')}`,
      round,
    };
  });
}

/** Held a few days before the due date, with case number and minutes for formal points. */
export function held(o: PastOccurrence): OccurrenceLog {
  const heldDate = addDays(o.dueDate, -(3 + (hash(`${o.pointId}${o.memberId}${o.dueDate}`) % 12)));
  const formal = o.kind === 'formell';
  return {
    status: 'holdt',
    heldDate,
    saksnummer: formal ? saksnummer(heldDate, `${o.pointId}-${o.memberId}-${o.dueDate}`) : null,
    minutesUrl: formal ? minutesUrl(o.memberId, o.body, heldDate) : null,
    note: null,
  };
}

export function notHeld(note: string): OccurrenceLog {
  return { status: 'ikke_holdt', heldDate: null, saksnummer: null, minutesUrl: null, note };
}

export function moved(note: string): OccurrenceLog {
  return { status: 'utsatt', heldDate: null, saksnummer: null, minutesUrl: null, note };
}

/** FNV-1a: a stable small hash so case numbers and meeting days look varied but never change. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}
