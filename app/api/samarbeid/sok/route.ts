// GET /api/samarbeid/sok?q=…: the cooperations whose name contains the text, for the
// administrator's role form (there are too many in the country for a list to choose from).
import { NextResponse } from 'next/server';
import { getDb, route } from '@/lib/server/route';
import { SYSTEM } from '@/lib/pure/auth/can';
import { searchCooperationNames } from '@/db/queries/cooperations';
import { cooperationSearchQuery } from '@/lib/pure/validation/cooperation-search';

export const GET = route({ access: 'role.grant', resource: () => SYSTEM, query: cooperationSearchQuery }, async ({ query }) =>
  NextResponse.json({ treff: await searchCooperationNames(await getDb(), query.q) }, { headers: { 'cache-control': 'no-store' } }),
);
