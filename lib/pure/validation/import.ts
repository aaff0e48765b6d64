// The upload of an import spreadsheet: which municipality imports, and the file. One schema
// for the page (checked before sending) and the server actions.
import { z } from '@/lib/pure/validation/zod';
import { MUNICIPALITY_NUMBER } from '@/lib/pure/domain/municipality';
import { msg } from '@/lib/pure/validation/reference';

export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

export const importFileSchema = z.object({
  kommunenummer: z.string().regex(MUNICIPALITY_NUMBER, msg('importMunicipality')),
  file: z
    .instanceof(File, { message: msg('importFile') })
    .refine((f) => f.size > 0, msg('importFileEmpty'))
    .refine((f) => f.size <= MAX_IMPORT_BYTES, msg('importFileTooLarge')),
});

export type ImportFileInput = z.input<typeof importFileSchema>;
