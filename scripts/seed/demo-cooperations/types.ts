// The shape of one demo cooperation: a Dossier in state 'utkast' (complete or deliberately
// incomplete) plus the script that takes it through its lifecycle with back-dated times.
// scripts/seed/demo-history.ts plays the script; nothing here touches the database.
import type { Audience, Dossier, Framing, MemberDecision, Phase } from '@/lib/pure/domain/dossier';
import type { IsoDate } from '@/lib/pure/domain/iso-date';
import type { ChangeKind } from '@/lib/pure/validation/lifecycle';
import type { CooperationEventType } from '@/workflows/cooperation/events';
import type { Decision } from '@/lib/pure/domain/evaluation-decision';
import type { DontKnow, ScaleValue } from '@/lib/pure/domain/questionnaire';

/** Dates in scripts are either fixed history (2019, 2023) or relative to the day of seeding. */
export interface DemoClock {
  today: IsoDate;
  /** The calendar day this many days before today. */
  daysAgo(days: number): IsoDate;
}

/** A member decision as the script records it; memberId is the dossier's local member id. */
export type DemoDecision = Omit<MemberDecision, 'id'>;

/** A past anchoring occurrence, as the script's logger sees it (ids are the dossier's local ids). */
export interface PastOccurrence {
  memberId: string;
  pointId: string;
  body: string;
  kind: 'formell' | 'uformell';
  level: 'politisk' | 'administrativ';
  dueDate: IsoDate;
  /** Due within the last 12 months (the window the legitimacy indicators and warnings read). */
  inLastYear: boolean;
  /** 0 for the first occurrence of this point and member within the last 12 months, and so on; -1 before. */
  indexInLastYear: number;
}

export interface OccurrenceLog {
  status: 'holdt' | 'utsatt' | 'ikke_holdt';
  heldDate: IsoDate | null;
  saksnummer: string | null;
  minutesUrl: string | null;
  note: string | null;
}

/** What happened to a past occurrence; null leaves it unlogged ('planlagt' and overdue). */
export type OccurrenceLogger = (occurrence: PastOccurrence) => OccurrenceLog | null;

export type DemoStep =
  /**
   * One lifecycle step through the runner, as 'Demodata', at 08:00 UTC on the day. A change
   * proposal (ENDRINGSFORSLAG) carries its kind and description, as the overview's form sends them.
   */
  | { kind: 'event'; at: IsoDate; type: CooperationEventType; phase?: Phase; comment?: string; change?: { kind: ChangeKind; description: string } }
  /** Member decisions (rows in member_decisions) recorded before the next step reads them. */
  | { kind: 'decisions'; decisions: DemoDecision[] }
  /**
   * Anchoring since the start date: plans each year as the application would have, logs every
   * past occurrence with the logger, then plans the coming 12 months from today.
   */
  | { kind: 'anchoring'; log: OccurrenceLogger }
  /** A later edit of the framing (e.g. a proposed new cost key during redesign). */
  | { kind: 'framing'; patch: Partial<Framing> }
  /** An information item removed after establishment: the gap the demo wants to show. */
  | { kind: 'drop-information'; audience: Audience }
  /** A whole evaluation round, played through the application's own actions (see DemoEvaluation). */
  | { kind: 'evaluation'; round: DemoEvaluation }
  /** Minutes of one of the dossier's body meetings (its fixture id), published or not. */
  | { kind: 'minutes'; meetingId: string; url: string; isPublic: boolean };

/** One respondent's answers; `email` is a demo user's, invited when the round opened. */
export interface DemoAnswers {
  email: string;
  at: IsoDate;
  /** Statement id -> answer; statements not listed get `otherwise`. */
  statements: Readonly<Record<string, ScaleValue | DontKnow>>;
  otherwise: ScaleValue;
  /** Local goal id -> answer and the indicator's result. */
  goals: Readonly<Record<string, { value: ScaleValue | DontKnow; result: string }>>;
  whatWorks: string | null;
  whatToChange: string | null;
}

/**
 * Drift -> evaluering on `openedAt` (the runner's effect invites the respondents), answers
 * submitted, the round closed by `closedBy` on `closedAt` (results frozen as the application
 * freezes them), then the decision with its summary and recommendation.
 */
export interface DemoEvaluation {
  openedAt: IsoDate;
  answers: readonly DemoAnswers[];
  closedBy: string;
  closedAt: IsoDate;
  decision: {
    at: IsoDate;
    type: Decision;
    summary: string;
    recommendation: Decision;
    recommendationNote: string;
    decisionNote: string;
  };
}

export interface DemoCooperation {
  /** Stable key: demo users point at it (scripts/seed/demo-users.ts), the test looks it up. */
  key: string;
  dossier: Dossier;
  /** Shown in the public register; drafts and cases still being prepared are kept internal. */
  isPublic: boolean;
  steps: DemoStep[];
}

export type DemoCooperationBuilder = (clock: DemoClock) => DemoCooperation;
