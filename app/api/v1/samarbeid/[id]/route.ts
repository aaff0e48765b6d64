// GET /api/v1/samarbeid/{id}: one public cooperation, from the same projection as its /innsyn page.
import { publicCooperationCodes } from '@/db/queries/public-list';
import { loadPublicCooperation } from '@/db/queries/register';
import { apiGet, preflight } from '@/lib/server/api/v1/endpoint';
import { cooperationDetail } from '@/lib/pure/api/v1/mappers';
import { cooperationSchema } from '@/lib/pure/api/v1/schemas';
import { z } from '@/lib/pure/validation/zod';

export const GET = apiGet(
  { query: z.object({}), response: cooperationSchema, notFound: 'Fant ikke samarbeidet. Det finnes ikke, eller det er ikke offentlig.' },
  async ({ db, params, url }) => {
    const id = typeof params.id === 'string' ? params.id : '';
    const cooperation = await loadPublicCooperation(db, id);
    const codes = cooperation ? await publicCooperationCodes(db, cooperation.id) : null;
    return cooperation && codes ? cooperationDetail(cooperation, codes, url.origin) : null;
  },
);

export const OPTIONS = preflight;
