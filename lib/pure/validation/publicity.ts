// Whether a cooperation is shown in the public register (/innsyn): one flag, changed with a
// confirmation in the form, and saved through the one save convention.
import { z } from '@/lib/pure/validation/zod';
import { yesNo, type FieldView } from '@/lib/pure/domain/change-log';
import { cooperationIdField, versionField } from './phases/common';
import { FORM_UNREADABLE } from '@/lib/pure/validation/messages';

export const publicitySchema = z.object({
  cooperationId: cooperationIdField(),
  version: versionField(),
  isPublic: z.boolean({ error: FORM_UNREADABLE }),
});

export type PublicityValues = z.output<typeof publicitySchema>;

export function describePublicity(values: Pick<PublicityValues, 'isPublic'>): FieldView[] {
  return [{ key: 'isPublic', section: 'samarbeid.offentlighet', field: 'Vises i det offentlige registeret (innsyn)', value: yesNo(values.isPublic), public: true }];
}
