// The Deltakelse form's react-hook-form type; the value mappers live in lib/validation.
import type { UseFormReturn } from 'react-hook-form';
import type { DeltakelseInput, DeltakelseValues } from '@/lib/validation/phases/deltakelse';

export { NEW_POINT, deltakelseValues, pointValues } from '@/lib/validation/phases/deltakelse-values';

export type DeltakelseForm = UseFormReturn<DeltakelseInput, unknown, DeltakelseValues>;
