// The dossier: everything known about one cooperation, as plain data.
// Pure domain modules (readiness, legitimacy, warnings, cost shares) read this shape;
// db/queries assemble it from the tables. No I/O, no classes, JSON-serialisable.
import type { MembershipChange } from './membership';

export const PHASES = ['innramming', 'design', 'stotte', 'deltakelse'] as const;
export type Phase = (typeof PHASES)[number];

export const LIFECYCLE_STATES = [
  'utkast',
  'etablering',
  'medlemsvedtak',
  'drift',
  'evaluering',
  'beslutning',
  'redesign',
  'avvikling',
  'avviklet',
  'avbrutt',
] as const;
export type LifecycleState = (typeof LIFECYCLE_STATES)[number];

/** A cooperation in these states is over: no reminders, tasks or new occurrences. */
export const ENDED_STATES: readonly LifecycleState[] = ['avviklet', 'avbrutt'];
export const isEnded = (state: LifecycleState): boolean => ENDED_STATES.includes(state);

// The value lists below are the one source: the zod schemas and the drizzle columns
// (db/schema) are built from them.

export const GEOGRAPHIC_LEVELS = ['lokalt', 'regionalt', 'hoyere'] as const;
export type GeographicLevel = (typeof GEOGRAPHIC_LEVELS)[number];

/** Codes of lib/pure/domain/legal-forms.ts (LegalFormCode); a string here so stored data from older catalogues still loads. */
export type LegalFormCode = string;

export const MEMBER_ROLES = ['vertskommune', 'samarbeidskommune', 'deltaker', 'kontorkommune'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

/** Expected benefit on a scale (seed 002: benefit is uneven); 'lav' and 'ingen' raise the uneven-benefit warning. */
export const BENEFIT_LEVELS = ['hoy', 'middels', 'lav', 'ingen'] as const;
export type BenefitLevel = (typeof BENEFIT_LEVELS)[number];
export const BENEFIT_LEVEL_LABELS: Readonly<Record<BenefitLevel, string>> = { hoy: 'Høy', middels: 'Middels', lav: 'Lav', ingen: 'Ingen' };

export interface Member {
  id: string;
  /** Four-digit kommunenummer for municipalities; null for other partners. */
  kommunenummer: string | null;
  /** Display name (municipality name or organisation name). */
  name: string;
  role: MemberRole;
  population: number | null;
  /** Usage units for usage-based cost keys (e.g. cases, tonnes, hours). */
  usage: number | null;
  /** Fixed ownership/cost share in percent for fixed-share keys. */
  fixedSharePercent: number | null;
  representatives: number;
  contactPerson: string | null;
  /** What the member expects to get out of the cooperation, in words. */
  expectedBenefit: string | null;
  /** The same on a scale; null = not assessed yet. */
  expectedBenefitLevel: BenefitLevel | null;
  /** First and last day of membership (lib/pure/domain/membership.ts); absent = open-ended. */
  joinedAt?: string | null;
  leftAt?: string | null;
}

export type CostKeyKind = 'likt' | 'innbyggere' | 'bruk' | 'faste_andeler' | 'fast_og_innbyggere';

export interface CostKey {
  kind: CostKeyKind;
  /** For 'fast_og_innbyggere': the percent of the budget shared equally; the rest per inhabitant. */
  fixedPartPercent: number | null;
}

export interface Goal {
  id: string;
  statement: string;
  indicator: string;
  baseline: string;
  target: string;
  /** ISO date (YYYY-MM-DD). */
  deadline: string | null;
}

export interface Framing {
  /** Yearly budget in øre (integer) to keep money exact. */
  budgetOre: number | null;
  financing: string | null;
  costKey: CostKey | null;
  /** Host compensation for the host's own time: amount in øre per year, or a description. */
  hostCompensationOre: number | null;
  hostCompensationNote: string | null;
  /** The agreement says the host is deliberately not compensated; only counts with a reason. */
  hostCompensationNone?: boolean;
  hostCompensationNoneReason?: string | null;
  /** Agreement-content checklist of the chosen form: item id -> covered. */
  agreementChecklist: Record<string, boolean>;
  strategyPlan: string | null;
  actionPlan: string | null;
  annualReport: boolean;
  accounts: boolean;
  ownerStrategy: string | null;
  /** Months between evaluation rounds (default 12). */
  evaluationIntervalMonths: number;
}

export type Recruitment = 'intern' | 'ekstern';

export interface OperativeLeader {
  name: string | null;
  title: string | null;
  recruitment: Recruitment | null;
  /** How the position is funded (minimum funding). */
  funding: string | null;
}

/** The operative leader's room for manoeuvre: kinds of decisions at each level. */
export interface Mandate {
  alone: string[];
  administrative: string[];
  political: string[];
}

export interface GoverningBody {
  id: string;
  name: string;
  kind: string;
  /** Representation: member id -> number of seats. */
  seats: Record<string, number>;
  rotatingChair: boolean;
}

export interface Design {
  legalForm: LegalFormCode | null;
  legalFormRationale: string | null;
  bodies: GoverningBody[];
  leader: OperativeLeader;
  mandate: Mandate;
  workingMethods: string | null;
}

export const SPONSOR_KINDS = ['politisk', 'administrativ'] as const;
export type SponsorKind = (typeof SPONSOR_KINDS)[number];

export interface Sponsor {
  id: string;
  memberId: string;
  kind: SponsorKind;
  name: string;
  title: string | null;
  userId: string | null;
  /** ISO timestamp of the last confirmation; null before the first. */
  confirmedAt: string | null;
  /** Set by an election; cleared when re-confirmed or replaced. */
  needsReconfirmation: boolean;
}

export interface Support {
  practicalSupport: string | null;
  minimumFunding: string | null;
  professionalCommunity: string | null;
}

export const ANCHORING_KINDS = ['formell', 'uformell'] as const;
export type AnchoringKind = (typeof ANCHORING_KINDS)[number];
export const ANCHORING_LEVELS = ['politisk', 'administrativ'] as const;
export type AnchoringLevel = (typeof ANCHORING_LEVELS)[number];
export const FREQUENCIES = ['maanedlig', 'kvartalsvis', 'halvaarlig', 'aarlig'] as const;
export type Frequency = (typeof FREQUENCIES)[number];
export const ANCHORING_EVENTS = ['budsjett', 'aarsmelding', 'vedtektsendring', 'stor_beslutning', 'valg'] as const;
export type AnchoringEvent = (typeof ANCHORING_EVENTS)[number];

export interface AnchoringPoint {
  id: string;
  kind: AnchoringKind;
  level: AnchoringLevel;
  /** kommunestyre, formannskap, hovedutvalg, kontrollutvalg, ledergruppe, representantskap, eiermøte ... */
  body: string;
  trigger: { type: 'periodisk'; frequency: Frequency } | { type: 'hendelse'; event: AnchoringEvent };
  /** Empty = all members. */
  memberIds: string[];
  description: string | null;
}

export const OCCURRENCE_STATUSES = ['planlagt', 'holdt', 'utsatt', 'ikke_holdt'] as const;
export type OccurrenceStatus = (typeof OCCURRENCE_STATUSES)[number];

/** Events that create anchoring occurrences when they happen (not on a calendar). */
export const OCCURRENCE_EVENTS = ['valg', 'vedtektsendring', 'stor_beslutning'] as const;
export type OccurrenceEvent = (typeof OCCURRENCE_EVENTS)[number];

export interface AnchoringOccurrence {
  id: string;
  /** '' when the occurrence has no point (an event's standard occurrence, or a point since removed). */
  anchoringPointId: string;
  memberId: string;
  /** ISO date. */
  dueDate: string;
  status: OccurrenceStatus;
  heldDate: string | null;
  saksnummer: string | null;
  minutesUrl: string | null;
  /** The event that created it; absent or null for the periodic plan. */
  event?: OccurrenceEvent | null;
  /** For event occurrences: the formal level (copied from the point or the event's standard). */
  kind?: AnchoringKind;
}

export const AUDIENCES = ['politikere', 'administrasjon', 'medlemmer', 'ansatte', 'innbyggere', 'media'] as const;
export type Audience = (typeof AUDIENCES)[number];

export interface InformationItem {
  id: string;
  audience: Audience;
  content: string;
  timing: string;
  channel: string;
  place: string | null;
  responsible: string;
}

export interface Participation {
  representation: string | null;
  informalContact: string | null;
}

export const INSTRUMENT_STATUSES = ['planlagt', 'etablert'] as const;
export type InstrumentStatus = (typeof INSTRUMENT_STATUSES)[number];

export interface InstrumentUse {
  id: string;
  family: Phase;
  /** Catalogue code (lib/pure/domain/instruments.ts) or null for a custom instrument. */
  code: string | null;
  label: string;
  status: InstrumentStatus;
  documentUrl: string | null;
}

export const DECISION_OUTCOMES = ['tilslutning', 'avslag', 'utsatt'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

export interface MemberDecision {
  id: string;
  memberId: string;
  body: string;
  /** ISO date. */
  date: string;
  saksnummer: string | null;
  outcome: DecisionOutcome;
  url: string | null;
  /** Which round of member decisions (establishing = 1, each redesign +1). */
  round: number;
}

/** A meeting of one of the cooperation's bodies (design.bodies). */
export interface BodyMeeting {
  id: string;
  /** GoverningBody.id in the design phase. */
  bodyId: string;
  bodyName: string;
  /** ISO date of the meeting. */
  date: string;
  /** ISO date the case documents were sent; null when not recorded. */
  documentsSentDate: string | null;
  /** Minutes (link or file) exist and are marked public. */
  minutesPublished?: boolean;
}

export const PREPARATIONS = ['ja', 'delvis', 'nei'] as const;
export type Preparation = (typeof PREPARATIONS)[number];
export const BODY_OUTCOMES = ['vedtatt', 'vedtatt_med_endringer', 'avvist', 'utsatt', 'tatt_til_orientering'] as const;
export type BodyDecisionOutcome = (typeof BODY_OUTCOMES)[number];
export type BodyDecisionEvent = Extract<OccurrenceEvent, 'vedtektsendring' | 'stor_beslutning'>;

/** A decision in the cooperation's own bodies; overstyring and the rådmannsfelle read these. */
export interface BodyDecision {
  id: string;
  meetingId: string;
  /** The body's name and the meeting's date, copied from the meeting. */
  body: string;
  date: string;
  title: string;
  political: boolean;
  outcome: BodyDecisionOutcome;
  /** Within the operative leader's mandate (an overstyring signal when political). */
  withinMandate: boolean;
  /** Whether the members' administrations prepared the case. */
  prepared: Preparation;
  /** With 'delvis': the members whose administration prepared it (empty when not known). */
  preparedByMemberIds: string[];
  anchoringEvent: BodyDecisionEvent | null;
}

export interface EvaluationSummary {
  id: string;
  closedAt: string | null;
  decision: 'opprettholde' | 'redesign' | 'avvikle' | null;
  /** Round number (1, 2 …); absent in older fixtures. */
  number?: number;
  /** Perceived scores 0-100 per criterion from the round's frozen results; absent before close. */
  perceived?: { input: number | null; throughput: number | null; output: number | null } | null;
  /** Mean goal attainment (1-5) per goal id as answered in the round. */
  goalAttainment?: { goalId: string; mean: number | null }[];
}

export interface Dossier {
  id: string;
  name: string;
  purpose: string | null;
  problemWhat: string | null;
  problemWhy: string | null;
  problemHow: string | null;
  taskAreaId: string | null;
  geographicLevel: GeographicLevel | null;
  initiatingKommunenummer: string | null;
  state: LifecycleState;
  /** ISO date of entering drift the first time. */
  startDate: string | null;
  /** Members on the day the dossier was loaded for (lib/pure/domain/membership.ts). */
  members: Member[];
  /** Members whose last day has passed; kept for history. */
  formerMembers: Member[];
  /** Decided joiners whose first day is still ahead. */
  upcomingMembers: Member[];
  /** Joiners proposed in a redesign, not yet decided by the members. */
  proposedMembers: Member[];
  /** Membership history: proposed, decided and discarded joining and leaving. */
  membershipChanges: MembershipChange[];
  goals: Goal[];
  framing: Framing;
  design: Design;
  sponsors: Sponsor[];
  support: Support;
  anchoringPoints: AnchoringPoint[];
  occurrences: AnchoringOccurrence[];
  informationItems: InformationItem[];
  participation: Participation;
  instruments: InstrumentUse[];
  memberDecisions: MemberDecision[];
  bodyMeetings: BodyMeeting[];
  bodyDecisions: BodyDecision[];
  /** Days before a body meeting the documents must go out; null = THRESHOLDS.documentsNoticeDays. */
  documentsNoticeDays: number | null;
  evaluations: EvaluationSummary[];
}
