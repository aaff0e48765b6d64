// GET /innsyn/statistikk/<figur>.csv: one statistics figure as CSV for Excel, the same rows
// the page's table shows (all of them, where the page shows the first few).
import { getDb } from '@/db/client';
import { nationalStatistics } from '@/db/queries/statistics';
import { osloDateOf } from '@/lib/pure/domain/iso-date';
import { tableCsv } from '@/lib/pure/register/csv';
import { route } from '@/lib/server/route';
import { FIGURE_KEYS, statisticsFigures } from '@/lib/pure/statistics/figures';

const notFound = () =>
  new Response('Fant ikke tabellen. Velg en CSV-fil fra statistikksiden.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

export const GET = route({ access: 'public' }, async ({ params }) => {
  const file = typeof params.figur === 'string' ? params.figur : '';
  const key = FIGURE_KEYS.find((k) => `${k}.csv` === file);
  if (!key) return notFound();
  const figure = statisticsFigures(await nationalStatistics(await getDb())).find((f) => f.key === key)!;
  return new Response(tableCsv(figure.columns, figure.rows), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="samarbeid-${key}-${osloDateOf(new Date())}.csv"`,
      'Cache-Control': 'public, max-age=300',
    },
  });
});
