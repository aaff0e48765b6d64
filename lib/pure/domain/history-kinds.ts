// How the history names what was changed outside the lifecycle: a save of one of the forms
// (the change log's unit), and a corrected member decision. Every kind has a Norwegian
// sentence; a kind this version does not know reads as a neutral one, never as its code.
import { SAVE_UNITS, type SaveUnit } from './section-rules';

/** The history's kind for a corrected member decision (lib/server/actions/decision-corrections.ts). */
export const CORRECTION_KIND = 'vedtak';
export type HistoryChangeKind = SaveUnit | typeof CORRECTION_KIND;
export const HISTORY_CHANGE_KINDS: readonly HistoryChangeKind[] = [...SAVE_UNITS, CORRECTION_KIND];

const TITLES: Record<HistoryChangeKind, string> = {
  innramming: 'Innrammingen ble endret',
  design: 'Designet ble endret',
  stotte: 'Støtte og tilrettelegging ble endret',
  deltakelse: 'Deltakelsen ble endret',
  virkemidler: 'Virkemidlene ble endret',
  offentlighet: 'Offentlig innsyn ble endret',
  avvikling: 'Sjekklisten for avvikling ble oppdatert',
  vedtak: 'Et vedtak i deltakerne ble rettet',
};

export const UNKNOWN_CHANGE_TITLE = 'Opplysninger om samarbeidet ble endret';

function isKind(kind: string): kind is HistoryChangeKind {
  return (HISTORY_CHANGE_KINDS as readonly string[]).includes(kind);
}

/** The history's title for one save (or correction) of this kind. */
export function changeTitle(kind: string): string {
  return isKind(kind) ? TITLES[kind] : UNKNOWN_CHANGE_TITLE;
}

/** "Vedtaket fra Birkenes kommune i vedtaksrunde 2 ble rettet". */
export function correctionTitle(memberName: string, round: number): string {
  return `Vedtaket fra ${memberName} i vedtaksrunde ${round} ble rettet`;
}
