// The Virkemidler form's react-hook-form type and the words and catalogue its server page hands
// it in the page's language; the value mappers live in lib/pure/validation.
import type { UseFormReturn } from 'react-hook-form';
import type { HelpEntry } from '@/lib/pure/domain/help';
import type { Phase } from '@/lib/pure/domain/dossier';
import type { InstrumentsInput, InstrumentsValues } from '@/lib/pure/validation/instruments';

export { NEW_USE, instrumentValues, sortUses } from '@/lib/pure/validation/instrument-values';

export type InstrumentsForm = UseFormReturn<InstrumentsInput, unknown, InstrumentsValues>;

/** One family of the catalogue with its instruments, in the page's language. */
export interface CatalogueFamily {
  id: Phase;
  label: string;
  instruments: { code: string; label: string; description: string }[];
}

/** An instrument's guidance with its summary line ("Om «Budsjett»: …") and source line. */
export type InstrumentHelpText = HelpEntry & { summary: string; sourceLine: string };

export interface InstrumentsFormWords {
  title: string;
  intro: string;
  /** The instruments the phases already show, as one sentence; empty for none. */
  derived?: string;
  empty: string;
  add: string;
  saved: string;
  /** A row's title before its number: "Virkemiddel". */
  row: string;
  choose: string;
  derivedSuffix: string;
  custom: string;
  name: string;
  family: string;
  chooseFamily: string;
  status: string;
  link: string;
  linkHint: string;
  planlagt: string;
  etablert: string;
  examples: string;
  traps: string;
}
