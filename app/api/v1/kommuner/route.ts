// GET /api/v1/kommuner: current municipalities with their number of public cooperations.
import { publicMunicipalityPage } from '@/db/queries/public-list';
import { apiGet, preflight } from '@/lib/server/api/v1/endpoint';
import { municipalityItem, paging } from '@/lib/pure/api/v1/mappers';
import { municipalitiesQuery, municipalityPageSchema } from '@/lib/pure/api/v1/schemas';

export const GET = apiGet({ query: municipalitiesQuery, response: municipalityPageSchema }, async ({ db, query, url }) => {
  const page = await publicMunicipalityPage(db, { county: query.county }, { after: query.cursor ?? null, limit: query.limit });
  return { data: page.rows.map((r) => municipalityItem(r, url.origin)), paging: paging('kommune', page.nextAfter, query.limit, url) };
});

export const OPTIONS = preflight;
