// What may change, and when: THE rule for every editable section of a cooperation.
//
// Each section is either "kan endres i drift" (people, plans, routines and documentation the
// cooperation keeps current itself) or "krever vedtak i deltakerne" (what the member
// councils agreed to: who is a member, the legal form, the host, money and the cost key,
// the leader's mandate, the bodies and their authority, the goals and the agreement).
//
// By lifecycle state:
// - utkast, etablering, redesign: everything may change (the whole case goes to the member
//   councils afterwards).
// - drift, evaluering, beslutning, avvikling: only "kan endres i drift". The cooperation is
//   running through an evaluation and the decision after it, and until the winding down is
//   complete; contacts, sponsors and plans still change in that time. What needs member
//   decisions is proposed as a redesign (ENDRINGSFORSLAG in drift, the decision after an
//   evaluation), never while winding down.
// - medlemsvedtak: nothing; the councils are deciding on exactly this case.
// - avviklet, avbrutt: nothing; the record stays as it was.
// The exit checklist is its own case: it may change only while winding down.
// Completing a running cooperation's record (blanks of a "krever vedtak" section that an unmet
// readiness rule asks for) is the one exception, set out in lib/pure/domain/completion.ts.
import type { LifecycleState } from './dossier';

/** One form and its content version: a save over a newer version of the same unit is a conflict. */
export const SAVE_UNITS = ['innramming', 'design', 'stotte', 'deltakelse', 'virkemidler', 'offentlighet', 'avvikling'] as const;
export type SaveUnit = (typeof SAVE_UNITS)[number];

export const SAVE_UNIT_LABELS: Record<SaveUnit, string> = {
  innramming: 'Innramming',
  design: 'Design',
  stotte: 'Støtte og tilrettelegging',
  deltakelse: 'Deltakelse',
  virkemidler: 'Virkemidler',
  offentlighet: 'Offentlig innsyn',
  avvikling: 'Sjekklisten for avvikling',
};

export type ChangeRule = 'drift' | 'vedtak';

export const CHANGE_RULE_LABELS: Record<ChangeRule, string> = {
  drift: 'Kan endres i drift',
  vedtak: 'Krever vedtak i deltakerne',
};

/** Keys of CHANGE_KINDS in lib/pure/validation/lifecycle.ts: what a redesign proposal is about. */
export type ProposalKind = 'medlem_trer_ut' | 'nytt_medlem' | 'bytte_vertskommune' | 'kostnadsfordeling' | 'mandat_oppgaver' | 'annet';

export interface SectionRule {
  /** The form that saves the section; null when it is changed elsewhere (evaluation rounds, membership). */
  unit: SaveUnit | null;
  title: string;
  rule: ChangeRule;
  /** Why, in one sentence a municipal employee recognises. */
  why: string;
  /** For "krever vedtak": what kind of redesign proposal the change is. */
  proposal?: ProposalKind;
  /** Editable only in these states, whatever the rule says (the exit checklist). */
  onlyIn?: readonly LifecycleState[];
}

const AGREED = 'Dette er en del av det kommunestyrene har sluttet seg til.';

export const SECTIONS = {
  'innramming.maal': { unit: 'innramming', title: 'Mål og indikatorer', rule: 'vedtak', why: AGREED, proposal: 'mandat_oppgaver' },
  'innramming.okonomi': { unit: 'innramming', title: 'Budsjett og finansiering', rule: 'vedtak', why: 'Budsjettet og vertskommunens kompensasjon vedtas av deltakerne.', proposal: 'kostnadsfordeling' },
  'innramming.kostnadsfordeling': { unit: 'innramming', title: 'Kostnadsfordeling', rule: 'vedtak', why: 'Fordelingsnøkkelen står i avtalen og vedtas av deltakerne.', proposal: 'kostnadsfordeling' },
  'innramming.nytte': { unit: 'innramming', title: 'Forventet nytte', rule: 'drift', why: 'Hver deltakers egen vurdering av hva den får igjen.' },
  'innramming.avtale': { unit: 'innramming', title: 'Innholdet i avtalen', rule: 'vedtak', why: AGREED, proposal: 'annet' },
  'innramming.rapportering': { unit: 'innramming', title: 'Planer, rapportering og evaluering', rule: 'drift', why: 'Planer, rapporter og evalueringsrytme er samarbeidets egne dokumenter og rutiner.' },
  'design.organisasjonsform': { unit: 'design', title: 'Organisasjonsform', rule: 'vedtak', why: 'Organisasjonsformen vedtas av kommunestyrene.', proposal: 'annet' },
  'design.roller': { unit: 'design', title: 'Deltakernes roller', rule: 'vedtak', why: 'Hvem som er vertskommune, står i avtalen.', proposal: 'bytte_vertskommune' },
  'design.organer': { unit: 'design', title: 'Styringsorganer', rule: 'vedtak', why: 'Organene og myndigheten deres står i avtalen eller vedtektene.', proposal: 'mandat_oppgaver' },
  'design.leder': { unit: 'design', title: 'Operativ leder', rule: 'drift', why: 'Hvem som leder samarbeidet, kan endre seg uten at avtalen endres.' },
  'design.mandat': { unit: 'design', title: 'Mandat for operativ leder', rule: 'vedtak', why: 'Lederens myndighet er delegert av deltakerne.', proposal: 'mandat_oppgaver' },
  'design.arbeidsform': { unit: 'design', title: 'Arbeidsform', rule: 'drift', why: 'Møterytme og arbeidsgrupper er samarbeidets egen organisering.' },
  'stotte.sponsorer': { unit: 'stotte', title: 'Sponsorer', rule: 'drift', why: 'Sponsorer byttes etter valg og ved nye stillinger, uten nytt vedtak.' },
  'stotte.praktisk': { unit: 'stotte', title: 'Praktisk støtte og finansiering', rule: 'drift', why: 'Kontor, sekretariat og fagmiljø ordnes i det daglige.' },
  'deltakelse.representasjon': { unit: 'deltakelse', title: 'Representasjon', rule: 'drift', why: 'Kontaktpersoner og representanter skiftes uten nytt vedtak.' },
  'deltakelse.forankring': { unit: 'deltakelse', title: 'Forankringsplan', rule: 'drift', why: 'Planen for forankring holdes oppdatert av samarbeidet selv.' },
  'deltakelse.informasjon': { unit: 'deltakelse', title: 'Informasjonsplan', rule: 'drift', why: 'Planen for informasjon holdes oppdatert av samarbeidet selv.' },
  'deltakelse.uformell': { unit: 'deltakelse', title: 'Uformell kontakt', rule: 'drift', why: 'Den uformelle kontakten er en arbeidsform, ikke et vedtak.' },
  'virkemidler.virkemidler': { unit: 'virkemidler', title: 'Virkemidler, dokumenter og lenker', rule: 'drift', why: 'Dokumenter og lenker holdes oppdatert av samarbeidet selv.' },
  'samarbeid.offentlighet': { unit: 'offentlighet', title: 'Offentlig innsyn', rule: 'drift', why: 'Om samarbeidet vises i det offentlige registeret, avgjøres uten nytt vedtak.' },
  'evaluering.resultater': { unit: null, title: 'Måloppnåelse og resultater', rule: 'drift', why: 'Resultater registreres i evalueringsrundene.' },
  'samarbeid.deltakere': { unit: null, title: 'Deltakere som går inn eller ut', rule: 'vedtak', why: 'Inn- og uttreden vedtas av deltakerne.', proposal: 'nytt_medlem' },
  'avvikling.sjekkliste': { unit: 'avvikling', title: 'Sjekkliste for avvikling', rule: 'drift', why: 'Sjekklisten føres mens samarbeidet avvikles.', onlyIn: ['avvikling'] },
} as const satisfies Record<string, SectionRule>;

export type SectionId = keyof typeof SECTIONS;
export const SECTION_IDS = Object.keys(SECTIONS) as SectionId[];

export function sectionRule(id: SectionId): SectionRule {
  return SECTIONS[id];
}

/** Everything (establishing, redesign), only "kan endres i drift" (running), or nothing. */
export type EditMode = 'alt' | 'drift' | 'ingen';

const MODES: Record<LifecycleState, EditMode> = {
  utkast: 'alt',
  etablering: 'alt',
  redesign: 'alt',
  drift: 'drift',
  evaluering: 'drift',
  beslutning: 'drift',
  avvikling: 'drift',
  medlemsvedtak: 'ingen',
  avviklet: 'ingen',
  avbrutt: 'ingen',
};

export function editMode(state: LifecycleState): EditMode {
  return MODES[state];
}

export function sectionEditable(state: LifecycleState, id: SectionId): boolean {
  const section: SectionRule = SECTIONS[id];
  if (section.onlyIn) return section.onlyIn.includes(state);
  const mode = editMode(state);
  return mode === 'alt' || (mode === 'drift' && section.rule === 'drift');
}

/** The sections of one form that may change now. */
export function editableSections(state: LifecycleState, unit: SaveUnit): SectionId[] {
  return SECTION_IDS.filter((id) => SECTIONS[id].unit === unit && sectionEditable(state, id));
}

/** Why nothing at all may change in this state, or null when something may. */
export function frozenMessage(state: LifecycleState): string | null {
  if (state === 'medlemsvedtak') return 'Saken er sendt til vedtak i deltakerne. Ingenting kan endres mens kommunene behandler den.';
  if (state === 'avviklet') return 'Samarbeidet er avviklet. Opplysningene står slik de var, og kan ikke endres.';
  if (state === 'avbrutt') return 'Samarbeidet ble avbrutt. Opplysningene står slik de var, og kan ikke endres.';
  return null;
}

/** How a change that needs member decisions is made from this state. */
export function proposalRoute(state: LifecycleState): 'endringsforslag' | 'beslutning' | 'ingen' {
  if (state === 'drift') return 'endringsforslag';
  if (state === 'evaluering' || state === 'beslutning') return 'beslutning';
  return 'ingen';
}

export const PROPOSAL_HELP: Record<ReturnType<typeof proposalRoute>, string> = {
  endringsforslag: 'Foreslå endringen som en redesign fra oversikten. Den utredes og sendes til vedtak i deltakerne.',
  beslutning: 'Ta endringen med i beslutningen etter evalueringen: velger deltakerne redesign, kan den utredes og vedtas der.',
  ingen: 'Samarbeidet avvikles, og avtalen endres ikke lenger.',
};

export const COMPLETION_HELP = 'Det som mangler, kan fylles ut nå. Det som allerede er registrert, endres eller fjernes bare etter vedtak i deltakerne.';

/** The element id of a section's heading, for links straight to it. */
export function sectionAnchor(id: SectionId): string {
  return `seksjon-${id.replace('.', '-')}`;
}

const SECTION_PAGES: Record<SaveUnit, string> = {
  innramming: 'innramming',
  design: 'design',
  stotte: 'stotte',
  deltakelse: 'deltakelse',
  virkemidler: 'virkemidler',
  offentlighet: '',
  avvikling: 'avvikling',
};

/** Where a section is edited (or, for one that needs member decisions, shown with how to propose it). */
export function sectionHref(cooperationId: string, id: SectionId): string {
  const unit: SaveUnit | null = SECTIONS[id].unit;
  // Results are entered round by round on the evaluation page, which has no one place for them.
  if (id === 'evaluering.resultater') return `/samarbeid/${cooperationId}/evaluering`;
  const page = unit ? SECTION_PAGES[unit] : 'deltakere';
  return `/samarbeid/${cooperationId}${page ? `/${page}` : ''}#${sectionAnchor(id)}`;
}
