// The Virkemidler form's values from what is stored, in typology order: family, then the
// catalogue's order, then custom instruments by name.
import type { UseFormReturn } from 'react-hook-form';
import { PHASES, type InstrumentUse } from '@/lib/domain/dossier';
import { INSTRUMENT_CODES, instrument } from '@/lib/domain/instruments';
import { CUSTOM_INSTRUMENT, type InstrumentsInput, type InstrumentsValues, type InstrumentUseInput } from '@/lib/validation/instruments';

export type InstrumentsForm = UseFormReturn<InstrumentsInput, unknown, InstrumentsValues>;

const catalogueRank = (code: string | null) => {
  const i = code ? (INSTRUMENT_CODES as readonly string[]).indexOf(code) : -1;
  return i < 0 ? INSTRUMENT_CODES.length : i;
};

export function sortUses(uses: readonly InstrumentUse[]): InstrumentUse[] {
  return [...uses].sort(
    (a, b) =>
      PHASES.indexOf(a.family) - PHASES.indexOf(b.family) ||
      catalogueRank(a.code) - catalogueRank(b.code) ||
      a.label.localeCompare(b.label, 'nb') ||
      a.id.localeCompare(b.id),
  );
}

export const NEW_USE: InstrumentUseInput = { id: '', code: '', label: '', family: '', status: 'planlagt', documentUrl: '' };

export function instrumentValues(cooperationId: string, uses: readonly InstrumentUse[]): InstrumentsInput {
  return {
    cooperationId,
    instruments: sortUses(uses).map((u) => {
      // A code the catalogue no longer has is kept as a custom instrument with its stored name.
      const known = instrument(u.code);
      return {
        id: u.id,
        code: known ? known.code : CUSTOM_INSTRUMENT,
        label: known ? '' : u.label,
        family: known ? '' : u.family,
        status: u.status,
        documentUrl: u.documentUrl ?? '',
      };
    }),
  };
}
