// The upload of an import spreadsheet: which municipality imports, and the file. One schema
// for the page (checked before sending) and the server actions.
import { z } from '@/lib/pure/validation/zod';
import { MUNICIPALITY_NUMBER } from '@/lib/pure/domain/municipality';

export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

export const importFileSchema = z.object({
  kommunenummer: z.string().regex(MUNICIPALITY_NUMBER, 'Velg kommunen som importerer.'),
  file: z
    .instanceof(File, { message: 'Velg en fil (.xlsx eller .csv).' })
    .refine((f) => f.size > 0, 'Filen er tom.')
    .refine((f) => f.size <= MAX_IMPORT_BYTES, 'Filen er større enn 2 MB. Del den i flere filer.'),
});

export type ImportFileInput = z.input<typeof importFileSchema>;
