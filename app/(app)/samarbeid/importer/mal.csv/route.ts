// The import template's headers as CSV for Excel (UTF-8 with byte order mark, semicolons).
// Not translated: these headers are the import format the importer matches column by column
// (lib/pure/import/columns.ts), the same for everyone, and the file is cached publicly.
import { importTemplateCsv } from '@/lib/pure/import/template';
import { route } from '@/lib/server/route';

export const GET = route({ access: 'public' }, async () =>
  new Response(importTemplateCsv(), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="brobygger-importmal.csv"',
      'Cache-Control': 'public, max-age=300',
    },
  }),
);
