// GET /api/v1/samarbeid: the national list of public cooperations, filtered and paged.
import { publicCooperationPage } from '@/db/queries/public-list';
import { apiGet, preflight } from '@/lib/server/api/v1/endpoint';
import { cooperationSummary, paging } from '@/lib/pure/api/v1/mappers';
import { cooperationPageSchema, nationalListQuery } from '@/lib/pure/api/v1/schemas';

export const GET = apiGet({ query: nationalListQuery, response: cooperationPageSchema }, async ({ db, query, url }) => {
  const { county, legalForm, taskArea, state, cursor, limit } = query;
  const page = await publicCooperationPage(db, { county, legalForm, taskAreaId: taskArea, state }, { after: cursor ?? null, limit });
  return { data: page.rows.map((r) => cooperationSummary(r, url.origin)), paging: paging('samarbeid', page.nextAfter, limit, url) };
});

export const OPTIONS = preflight;
