// Our own assessment of each WCAG 2.1 success criterion at level A and AA, for the
// accessibility statement (Digdir's template asks for the status of each). "oppfylt" only
// where a test in this repository checks it (axe-core on every page in e2e, the keyboard
// spec, the 390 px reflow checks) or where the content the criterion is about does not
// exist; "ikkeTestet" where nothing checks it. Update this list and STATEMENT_UPDATED together.

export type CriterionStatus = 'oppfylt' | 'ikkeOppfylt' | 'ikkeAktuelt' | 'ikkeTestet';
export type CriterionNote =
  | 'axe'
  | 'noMedia'
  | 'noMotion'
  | 'keyboard'
  | 'focus'
  | 'reflow'
  | 'resize'
  | 'skipLink'
  | 'titles'
  | 'lang'
  | 'parts'
  | 'session'
  | 'statusMessages'
  | 'errors'
  | 'noShortcuts'
  | 'noSensors';

export interface Criterion {
  /** "1.4.10"; its catalogue key is kriterium.1_4_10. */
  id: string;
  level: 'A' | 'AA';
  status: CriterionStatus;
  note?: CriterionNote;
}

/** Where problems are reported when ACCESSIBILITY_CONTACT_EMAIL is not set (README). */
export const DEFAULT_ACCESSIBILITY_CONTACT = 'tilgjengelighet@brobygger.no';

/** The day the statement was first made and the day it was last changed (YYYY-MM-DD). */
export const STATEMENT_CREATED = '2026-12-05';
export const STATEMENT_UPDATED = '2026-12-05';

const c = (id: string, level: 'A' | 'AA', status: CriterionStatus, note?: CriterionNote): Criterion => ({ id, level, status, ...(note ? { note } : {}) });

export const CRITERIA: readonly Criterion[] = [
  c('1.1.1', 'A', 'oppfylt', 'axe'),
  c('1.2.1', 'A', 'ikkeAktuelt', 'noMedia'),
  c('1.2.2', 'A', 'ikkeAktuelt', 'noMedia'),
  c('1.2.3', 'A', 'ikkeAktuelt', 'noMedia'),
  c('1.2.4', 'AA', 'ikkeAktuelt', 'noMedia'),
  c('1.2.5', 'AA', 'ikkeAktuelt', 'noMedia'),
  c('1.3.1', 'A', 'oppfylt', 'axe'),
  c('1.3.2', 'A', 'ikkeTestet'),
  c('1.3.3', 'A', 'ikkeTestet'),
  c('1.3.4', 'AA', 'ikkeTestet'),
  c('1.3.5', 'AA', 'ikkeTestet'),
  c('1.4.1', 'A', 'ikkeTestet'),
  c('1.4.2', 'A', 'ikkeAktuelt', 'noMedia'),
  c('1.4.3', 'AA', 'oppfylt', 'axe'),
  c('1.4.4', 'AA', 'oppfylt', 'resize'),
  c('1.4.5', 'AA', 'ikkeTestet'),
  c('1.4.10', 'AA', 'oppfylt', 'reflow'),
  c('1.4.11', 'AA', 'ikkeTestet'),
  c('1.4.12', 'AA', 'ikkeTestet'),
  c('1.4.13', 'AA', 'ikkeTestet'),
  c('2.1.1', 'A', 'oppfylt', 'keyboard'),
  c('2.1.2', 'A', 'oppfylt', 'keyboard'),
  c('2.1.4', 'A', 'ikkeAktuelt', 'noShortcuts'),
  c('2.2.1', 'A', 'ikkeOppfylt', 'session'),
  c('2.2.2', 'A', 'ikkeAktuelt', 'noMotion'),
  c('2.3.1', 'A', 'ikkeAktuelt', 'noMotion'),
  c('2.4.1', 'A', 'oppfylt', 'skipLink'),
  c('2.4.2', 'A', 'oppfylt', 'titles'),
  c('2.4.3', 'A', 'oppfylt', 'keyboard'),
  c('2.4.4', 'A', 'oppfylt', 'axe'),
  c('2.4.5', 'AA', 'ikkeTestet'),
  c('2.4.6', 'AA', 'ikkeTestet'),
  c('2.4.7', 'AA', 'oppfylt', 'focus'),
  c('2.5.1', 'A', 'ikkeTestet'),
  c('2.5.2', 'A', 'ikkeTestet'),
  c('2.5.3', 'A', 'ikkeTestet'),
  c('2.5.4', 'A', 'ikkeAktuelt', 'noSensors'),
  c('3.1.1', 'A', 'oppfylt', 'lang'),
  c('3.1.2', 'AA', 'ikkeOppfylt', 'parts'),
  c('3.2.1', 'A', 'ikkeTestet'),
  c('3.2.2', 'A', 'ikkeTestet'),
  c('3.2.3', 'AA', 'ikkeTestet'),
  c('3.2.4', 'AA', 'ikkeTestet'),
  c('3.3.1', 'A', 'oppfylt', 'errors'),
  c('3.3.2', 'A', 'ikkeTestet'),
  c('3.3.3', 'AA', 'ikkeTestet'),
  c('3.3.4', 'AA', 'ikkeTestet'),
  c('4.1.1', 'A', 'oppfylt', 'axe'),
  c('4.1.2', 'A', 'oppfylt', 'axe'),
  c('4.1.3', 'AA', 'oppfylt', 'statusMessages'),
];

/** The catalogue key of a criterion's name: "1.4.10" -> "1_4_10". */
export function criterionKey(id: string): string {
  return id.replaceAll('.', '_');
}
