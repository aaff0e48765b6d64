// GET /api/v1/kommuner/{kommunenummer}/samarbeid: the public cooperations a municipality is a current member of.
import { getMunicipality } from '@/db/queries/municipalities';
import { publicCooperationPage } from '@/db/queries/public-list';
import { apiGet, preflight } from '@/lib/server/api/v1/endpoint';
import { cooperationSummary, paging } from '@/lib/pure/api/v1/mappers';
import { cooperationPageSchema, municipalityListQuery } from '@/lib/pure/api/v1/schemas';

export const GET = apiGet(
  { query: municipalityListQuery, response: cooperationPageSchema, notFound: 'Fant ikke kommunen. Sjekk at kommunenummeret har fire sifre og er riktig.' },
  async ({ db, query, params, url }) => {
    const kommunenummer = typeof params.kommunenummer === 'string' && /^\d{4}$/.test(params.kommunenummer) ? params.kommunenummer : null;
    if (!kommunenummer || !(await getMunicipality(db, kommunenummer))) return null;
    const { legalForm, taskArea, state, cursor, limit } = query;
    const page = await publicCooperationPage(db, { memberOf: kommunenummer, legalForm, taskAreaId: taskArea, state }, { after: cursor ?? null, limit });
    return { data: page.rows.map((r) => cooperationSummary(r, url.origin)), paging: paging('samarbeid', page.nextAfter, limit, url) };
  },
);

export const OPTIONS = preflight;
