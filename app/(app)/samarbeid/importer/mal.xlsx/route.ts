// The import template as an Excel workbook: headers, a sheet explaining each column, and the
// legal forms and task areas the import accepts. Documentation only, so no sign-in needed.
import { listTaskAreas } from '@/db/queries/municipalities';
import { importWorkbook } from '@/lib/pure/import/template';
import { getDb, route } from '@/lib/server/route';

export const GET = route({ access: 'public' }, async () => {
  const file = await importWorkbook([], await listTaskAreas(await getDb()));
  return new Response(new Uint8Array(file), {
    headers: {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': 'attachment; filename="brobygger-importmal.xlsx"',
      'Cache-Control': 'public, max-age=300',
    },
  });
});
