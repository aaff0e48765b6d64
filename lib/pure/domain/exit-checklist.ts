// The exit checklist for winding a cooperation down (avvikling): what must be settled
// before it can be marked avviklet. Items follow the issue and the ministry's guidance on
// dissolution: assets and liabilities, staff, agreements, archives, citizens, final report.
// The checklist form (a client component) imports this module, so the bokmål words are inline
// here; the other languages come from the catalogues through exitMissingWords
// (exit-checklist-help.ts), and exit-checklist.test.ts checks that the bokmål equals nb.json.

export interface ExitItem {
  id: string;
  label: string;
  help: string;
}

export const EXIT_ITEMS: readonly ExitItem[] = [
  { id: 'eiendeler-forpliktelser', label: 'Eiendeler og forpliktelser er fordelt', help: 'Hvem overtar utstyr, lokaler, fond og gjeld, og etter hvilken nøkkel.' },
  { id: 'ansatte', label: 'De ansattes situasjon er avklart', help: 'Virksomhetsoverdragelse, omplassering eller oppsigelse, drøftet med tillitsvalgte.' },
  { id: 'avtaler', label: 'Avtaler er sagt opp eller overført', help: 'Leie-, leverandør- og lisensavtaler, og samarbeidsavtalen selv.' },
  { id: 'arkiv', label: 'Arkivansvaret er plassert', help: 'Hvilken kommune som overtar arkivet, slik arkivloven krever.' },
  { id: 'informasjon-innbyggere', label: 'Innbyggerne er informert', help: 'Hvem de nå skal kontakte, og fra hvilken dato tjenesten endres.' },
  { id: 'sluttrapport', label: 'Sluttrapport er skrevet og sendt medlemmene', help: 'Hva samarbeidet oppnådde, hva det kostet, og hva man lærte.' },
];

export type ExitChecklistState = Record<string, { done: boolean; note: string | null } | undefined>;

/** The words of the missing items in one language. */
export interface ExitMissingWords {
  /** The item's label (catalogue avvikling.punkt.<id>.label). */
  label(item: ExitItem): string;
  /** The sentence around the label in lower case (veiledning.avvikling.mangler). */
  sentence(item: string): string;
  lower(text: string): string;
}

/** Bokmål, as nb.json has it (avvikling.punkt, veiledning.avvikling.mangler). */
export const BOKMAAL_EXIT_MISSING: ExitMissingWords = {
  label: (item) => item.label,
  sentence: (item) => `Avviklingen mangler: ${item}`,
  lower: (text) => text.toLowerCase(),
};

/** Sentences for every item not yet done, in the words' language; empty when the checklist is complete. */
export function exitChecklistMissing(state: ExitChecklistState | null | undefined, words: ExitMissingWords = BOKMAAL_EXIT_MISSING): string[] {
  return EXIT_ITEMS.filter((item) => !state?.[item.id]?.done).map((item) => words.sentence(words.lower(words.label(item))));
}
