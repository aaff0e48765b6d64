// A cooperation's summary: what the lists showing many cooperations need of its whole dossier
// — the "Mine samarbeid" card with every open task, the municipalities its grants are checked
// against, and the register row's parts — computed once and stored (db/schema/summaries.ts)
// until the cooperation's data changes or the day turns. Pure.
import { cooperationResource, type CooperationResource } from '@/lib/pure/auth/can';
import { registerBase, type RegisterBase } from '@/lib/pure/register/row';
import { buildCard, type DashboardCard, type DashboardInput } from './cards';

/**
 * Raised whenever the shape or the rules behind a summary change: stored summaries of another
 * format are computed again on read, so a deploy never shows yesterday's rules.
 */
// 2: the card's warnings as codes, no longer bokmål text. 3: the legitimacy indicators carry their
// facts as codes (legitimacy-words.ts) and the register row's missing cost share its error code,
// so both can be worded in the reader's language. 4: the «fullfør» task carries its follow-up's rule.
export const SUMMARY_FORMAT = 4;

export interface CooperationSummary {
  format: number;
  /** The card as everyone's: every open task in `tasks`, `waiting` empty (cards.ts personalCard makes it one viewer's). */
  card: DashboardCard;
  resource: CooperationResource;
  register: RegisterBase;
}

export function summarise(input: DashboardInput, now: Date): CooperationSummary {
  return {
    format: SUMMARY_FORMAT,
    card: buildCard(input, now),
    resource: cooperationResource(input.dossier),
    register: registerBase(input.dossier, now),
  };
}

/** A stored summary is used only in the current format; anything else is computed again. */
export function isCurrentSummary(value: unknown): value is CooperationSummary {
  return typeof value === 'object' && value !== null && (value as { format?: unknown }).format === SUMMARY_FORMAT;
}
