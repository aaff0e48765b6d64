// GET /api/v1/oppgavefelt: the task areas, whose ids the cooperation lists filter on.
import { taskAreaPage } from '@/db/queries/public-list';
import { apiGet, preflight } from '@/lib/server/api/v1/endpoint';
import { paging, taskAreaItem } from '@/lib/pure/api/v1/mappers';
import { taskAreaPageSchema, taskAreasQuery } from '@/lib/pure/api/v1/schemas';

export const GET = apiGet({ query: taskAreasQuery, response: taskAreaPageSchema }, async ({ db, query, url }) => {
  const page = await taskAreaPage(db, { after: query.cursor === undefined ? null : Number(query.cursor), limit: query.limit });
  return { data: page.rows.map(taskAreaItem), paging: paging('oppgavefelt', page.nextAfter, query.limit, url) };
});

export const OPTIONS = preflight;
