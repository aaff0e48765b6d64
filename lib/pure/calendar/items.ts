// What a personal calendar feed holds, as plain data: anchoring occurrences (forankring) and
// deadlines (frist) such as an evaluation's answer deadline. Only fields fit for a calendar
// that may be shared with an assistant are here; sponsor notes, the leader's mandate and
// occurrence notes never enter this shape, so they cannot reach a feed.
import type { AnchoringKind, AnchoringLevel, Dossier, OccurrenceStatus } from '@/lib/pure/domain/dossier';
import type { IsoDate } from '@/lib/pure/domain/iso-date';

export interface AnchoringItem {
  type: 'forankring';
  /** The occurrence id: the event's UID is built from it, so it stays stable as the occurrence is logged. */
  id: string;
  cooperationId: string;
  cooperationName: string;
  memberName: string;
  body: string;
  level: AnchoringLevel;
  kind: AnchoringKind;
  dueDate: IsoDate;
  status: OccurrenceStatus;
  heldDate: IsoDate | null;
  saksnummer: string | null;
  minutesUrl: string | null;
}

export interface DeadlineItem {
  type: 'frist';
  /** Stable per deadline, e.g. 'evaluering-<round id>'. */
  id: string;
  cooperationId: string;
  cooperationName: string;
  title: string;
  dueDate: IsoDate;
  /** Extra lines for the description; must hold nothing internal. */
  details: string[];
  /** For an evaluation's answer deadline: the round's number, so the feed words title and details in the owner's language. */
  evaluationRound?: number;
}

export type CalendarItem = AnchoringItem | DeadlineItem;

export const OCCURRENCE_STATUS_LABELS: Record<OccurrenceStatus, string> = {
  planlagt: 'Planlagt',
  holdt: 'Holdt',
  utsatt: 'Utsatt',
  ikke_holdt: 'Ikke holdt',
};

export const LEVEL_LABELS: Record<AnchoringLevel, string> = { politisk: 'politisk', administrativ: 'administrativ' };
export const KIND_LABELS: Record<AnchoringKind, string> = { formell: 'Formell', uformell: 'Uformell' };

/** "kommunestyre" -> "Kommunestyre": bodies are typed freely, in either case. */
export function capitalise(text: string): string {
  const trimmed = text.trim();
  return trimmed.charAt(0).toLocaleUpperCase('nb-NO') + trimmed.slice(1);
}

/** Calendar items of one dossier, in due-date order (used by tests and any per-cooperation view). */
export function itemsFromDossier(dossier: Dossier): CalendarItem[] {
  const points = new Map(dossier.anchoringPoints.map((p) => [p.id, p]));
  const members = new Map(dossier.members.map((m) => [m.id, m]));
  return dossier.occurrences
    .flatMap((o): AnchoringItem[] => {
      const point = points.get(o.anchoringPointId);
      const member = members.get(o.memberId);
      if (!point || !member) return [];
      return [
        {
          type: 'forankring',
          id: o.id,
          cooperationId: dossier.id,
          cooperationName: dossier.name,
          memberName: member.name,
          body: point.body,
          level: point.level,
          kind: point.kind,
          dueDate: o.dueDate,
          status: o.status,
          heldDate: o.heldDate,
          saksnummer: o.saksnummer,
          minutesUrl: o.minutesUrl,
        },
      ];
    })
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate));
}
