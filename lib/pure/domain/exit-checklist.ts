// The exit checklist for winding a cooperation down (avvikling): what must be settled
// before it can be marked avviklet. Items follow the issue and the ministry's guidance on
// dissolution: assets and liabilities, staff, agreements, archives, citizens, final report.

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

/**
 * A sentence for every item not yet done; empty when the checklist is complete. Bokmål, or
 * worded by `sentence` (lib/pure/domain/missing-words.ts words it in a page's language).
 */
export function exitChecklistMissing(state: ExitChecklistState | null | undefined, sentence?: (id: string) => string): string[] {
  return EXIT_ITEMS.filter((item) => !state?.[item.id]?.done).map((item) => (sentence ? sentence(item.id) : `Avviklingen mangler: ${item.label.toLowerCase()}`));
}
