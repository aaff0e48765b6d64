// The Virkemidler form's react-hook-form type; the value mappers live in lib/validation.
import type { UseFormReturn } from 'react-hook-form';
import type { InstrumentsInput, InstrumentsValues } from '@/lib/validation/instruments';

export { NEW_USE, instrumentValues, sortUses } from '@/lib/validation/instrument-values';

export type InstrumentsForm = UseFormReturn<InstrumentsInput, unknown, InstrumentsValues>;
