// GET /api/v1/openapi.json: the OpenAPI 3.1 document, generated from the schemas the endpoints validate with.
import { apiGet, preflight } from '@/lib/server/api/v1/endpoint';
import { openApiDocument } from '@/lib/server/api/v1/openapi';
import { z } from '@/lib/pure/validation/zod';

export const GET = apiGet({ query: z.object({}), response: z.record(z.string(), z.unknown()) }, async ({ url }) => ({ ...openApiDocument(url.origin) }));

export const OPTIONS = preflight;
