// Meetings and decisions of the cooperation's own bodies (domain.md 2.10): labels, and the
// facts the rules read from them — whether the case documents went out in time, which
// political decisions were not prepared by the members' administrations. Pure.
import type { BodyDecision, BodyDecisionEvent, BodyDecisionOutcome, BodyMeeting, Dossier, Member, Preparation } from './dossier';
import { addDays, inWindow, type IsoDate } from './iso-date';
import { THRESHOLDS } from './thresholds';

export const OUTCOME_LABELS: Readonly<Record<BodyDecisionOutcome, string>> = {
  vedtatt: 'Vedtatt',
  vedtatt_med_endringer: 'Vedtatt med endringer',
  avvist: 'Ikke vedtatt',
  utsatt: 'Utsatt',
  tatt_til_orientering: 'Tatt til orientering',
};

export const PREPARATION_LABELS: Readonly<Record<Preparation, string>> = {
  ja: 'Ja, i alle deltakerne',
  delvis: 'Delvis',
  nei: 'Nei',
};

export const BODY_EVENT_LABELS: Readonly<Record<BodyDecisionEvent, string>> = {
  vedtektsendring: 'Endring av vedtekter eller samarbeidsavtale',
  stor_beslutning: 'Stor beslutning',
};

/** Days before the meeting the documents must go out: the cooperation's own rule, else the default. */
export function noticeDays(d: Pick<Dossier, 'documentsNoticeDays'>): number {
  const own = d.documentsNoticeDays;
  return own !== null && Number.isInteger(own) && own >= 0 ? own : THRESHOLDS.documentsNoticeDays.value;
}

export type DocumentsTiming = 'i_tide' | 'for_sent' | 'ukjent';

/** In time when sent at least `days` days before the meeting; unknown when the date was not recorded. */
export function documentsTiming(meeting: Pick<BodyMeeting, 'date' | 'documentsSentDate'>, days: number): DocumentsTiming {
  if (meeting.documentsSentDate === null) return 'ukjent';
  return meeting.documentsSentDate <= addDays(meeting.date, -days) ? 'i_tide' : 'for_sent';
}

/** Meetings held in the window (half-open, as lastTwelveMonths). */
export function meetingsIn(d: Pick<Dossier, 'bodyMeetings'>, window: { after: IsoDate; upTo: IsoDate }): BodyMeeting[] {
  return d.bodyMeetings.filter((m) => inWindow(m.date, window));
}

export function meetingOf(d: Pick<Dossier, 'bodyMeetings'>, decision: Pick<BodyDecision, 'meetingId'>): BodyMeeting | undefined {
  return d.bodyMeetings.find((m) => m.id === decision.meetingId);
}

/**
 * The members whose administration did not prepare the case: all of them for 'nei', the
 * unticked ones for 'delvis' — none when 'delvis' names nobody (then it is not known who).
 */
export function unpreparedMembers(decision: Pick<BodyDecision, 'prepared' | 'preparedByMemberIds'>, members: readonly Member[]): Member[] {
  switch (decision.prepared) {
    case 'ja':
      return [];
    case 'nei':
      return [...members];
    case 'delvis':
      return decision.preparedByMemberIds.length === 0 ? [] : members.filter((m) => !decision.preparedByMemberIds.includes(m.id));
  }
}
