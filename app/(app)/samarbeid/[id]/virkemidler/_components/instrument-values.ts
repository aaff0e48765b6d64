// The Virkemidler form's react-hook-form type; the value mappers live in lib/pure/validation.
import type { UseFormReturn } from 'react-hook-form';
import type { InstrumentsInput, InstrumentsValues } from '@/lib/pure/validation/instruments';

export { NEW_USE, instrumentValues, sortUses } from '@/lib/pure/validation/instrument-values';

export type InstrumentsForm = UseFormReturn<InstrumentsInput, unknown, InstrumentsValues>;
