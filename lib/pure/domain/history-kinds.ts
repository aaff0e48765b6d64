// How the history names what was changed outside the lifecycle: a save of one of the forms
// (the change log's unit), and a corrected member decision. Every kind has a sentence in each
// language (the catalogue's historikk.endring, bokmål by default); a kind this version does not
// know reads as a neutral one, never as its code.
import { bokmaalWords, type Words } from '@/lib/pure/i18n/loose-words';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import { SAVE_UNITS, type SaveUnit } from './section-rules';

/** The history's kind for a corrected member decision (lib/server/actions/decision-corrections.ts). */
export const CORRECTION_KIND = 'vedtak';
export type HistoryChangeKind = SaveUnit | typeof CORRECTION_KIND;
export const HISTORY_CHANGE_KINDS: readonly HistoryChangeKind[] = [...SAVE_UNITS, CORRECTION_KIND];

/** The bokmål titles; the type makes the catalogue name every kind. */
export const CHANGE_TITLES: Readonly<Record<HistoryChangeKind, string>> = CATALOGUES.nb.historikk.endring;

export const UNKNOWN_CHANGE_TITLE = CATALOGUES.nb.historikk.endring.unknown;

function isKind(kind: string): kind is HistoryChangeKind {
  return (HISTORY_CHANGE_KINDS as readonly string[]).includes(kind);
}

/** The history's title for one save (or correction) of this kind. */
export function changeTitle(kind: string, words: Words = bokmaalWords('historikk.endring')): string {
  return words(isKind(kind) ? kind : 'unknown');
}

/** "Vedtaket fra Birkenes kommune i vedtaksrunde 2 ble rettet". */
export function correctionTitle(memberName: string, round: number, words: Words = bokmaalWords('historikk.endring')): string {
  return words('correction', { member: memberName, round });
}
