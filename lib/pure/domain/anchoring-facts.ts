// Facts about formal anchoring that both the legitimacy indicators and the warnings read:
// which occurrences are formal, which were held in a window, and whether a cooperation has
// run long enough to be judged on a year of anchoring. Pure.
import type { AnchoringOccurrence, Dossier, LifecycleState, Member } from './dossier';
import { addMonths, inWindow, type IsoDate } from './iso-date';

/** States in which the cooperation runs and is expected to be anchored as it goes. */
export const OPERATING_STATES: readonly LifecycleState[] = ['drift', 'evaluering', 'beslutning', 'redesign'];

/**
 * Formal when the occurrence says so (event occurrences carry their own kind) or, for the
 * periodic plan, when its anchoring point is formal.
 */
export function formalOccurrences(d: Pick<Dossier, 'anchoringPoints' | 'occurrences'>): AnchoringOccurrence[] {
  const formalPoints = new Set(d.anchoringPoints.filter((p) => p.kind === 'formell').map((p) => p.id));
  return d.occurrences.filter((o) => (o.kind ? o.kind === 'formell' : formalPoints.has(o.anchoringPointId)));
}

export function heldIn(o: AnchoringOccurrence, window: { after: IsoDate; upTo: IsoDate }): boolean {
  return o.status === 'holdt' && inWindow(o.heldDate ?? o.dueDate, window);
}

/** In an operating state and started at least a year before `today`. */
export function runningForAYear(d: Pick<Dossier, 'state' | 'startDate'>, today: IsoDate): boolean {
  return OPERATING_STATES.includes(d.state) && d.startDate !== null && d.startDate <= addMonths(today, -12);
}

/** Members with at least one formal anchoring held in the window. */
export function membersAnchored(d: Pick<Dossier, 'anchoringPoints' | 'occurrences' | 'members'>, window: { after: IsoDate; upTo: IsoDate }): Member[] {
  const held = new Set(formalOccurrences(d).filter((o) => heldIn(o, window)).map((o) => o.memberId));
  return d.members.filter((m) => held.has(m.id));
}
