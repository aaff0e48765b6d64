// The Virkemidler form's values from what is stored, in typology order (family, then the
// catalogue's order, then custom instruments by name); the stored list as the values a
// save would send; and both as readable fields for the change log.
import { joinParts, type FieldView } from '@/lib/pure/domain/change-log';
import { PHASES, type InstrumentUse } from '@/lib/pure/domain/dossier';
import { FAMILIES, INSTRUMENT_CODES, instrument } from '@/lib/pure/domain/instruments';
import { CUSTOM_INSTRUMENT, INSTRUMENT_STATUS_LABELS } from './instruments-options';
import { type InstrumentsInput, type InstrumentsValues, type InstrumentUseInput } from './instruments';

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

export function instrumentValues(cooperationId: string, uses: readonly InstrumentUse[], version: number): InstrumentsInput {
  return {
    cooperationId,
    version,
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

/** What is stored, as the values a save would send. */
export function storedInstrumentValues(cooperationId: string, uses: readonly InstrumentUse[]): InstrumentsValues {
  return {
    cooperationId,
    version: 0,
    instruments: sortUses(uses).map((u) => {
      const known = instrument(u.code);
      return { id: u.id, code: known ? known.code : null, label: known ? null : u.label, family: known ? null : u.family, status: u.status, documentUrl: u.documentUrl };
    }),
  };
}

export function describeInstruments(values: InstrumentsValues, stored: readonly InstrumentUse[]): FieldView[] {
  const ids = new Set(stored.map((u) => u.id));
  return values.instruments.map((u, i) => {
    const known = instrument(u.code);
    const family = FAMILIES.find((f) => f.id === (known?.family ?? u.family))?.label ?? null;
    const name = known?.label ?? u.label;
    return {
      key: u.id && ids.has(u.id) ? `instrument:${u.id}` : `instrument:ny:${i}`,
      section: 'virkemidler.virkemidler',
      field: 'Virkemiddel',
      value: joinParts([family ? `${name} (${family})` : name, INSTRUMENT_STATUS_LABELS[u.status].toLowerCase(), u.documentUrl]),
    };
  });
}
