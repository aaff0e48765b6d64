// The Deltakelse form's react-hook-form type; the value mappers live in lib/pure/validation.
import type { UseFormReturn } from 'react-hook-form';
import type { DeltakelseInput, DeltakelseValues } from '@/lib/pure/validation/phases/deltakelse';

export { NEW_POINT, deltakelseValues, pointValues } from '@/lib/pure/validation/phases/deltakelse-values';

export type DeltakelseForm = UseFormReturn<DeltakelseInput, unknown, DeltakelseValues>;
