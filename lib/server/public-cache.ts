import 'server-only';
// The public pages' data through Next's data cache, tagged: a cooperation's public page by its
// id, the public lists together. A write expires the tags on the instance that took it
// (revalidate.ts), so the writer sees the change at once; every entry also lives only half a
// second (PUBLIC_CACHE_MS, lib/server/next-cache-handler.cjs), and a rendered page as long again
// (public-page-cache.ts), so other instances show it within the second. Repeated requests cost no
// query: the innsyn pages are what everyone may read, and what crawlers and embeds hit hardest.
import { unstable_cache } from 'next/cache';
import { getDb } from '@/db/client';
import { getMunicipality } from '@/db/queries/municipalities';
import { publicRegisterPage } from '@/db/queries/public-register-page';
import type { PublicListFilters } from '@/db/queries/public-list';
import { loadPublicCooperation } from '@/db/queries/register';
import { osloDateOf } from '@/lib/pure/domain/iso-date';

export const PUBLIC_TAGS = {
  /** Every public list (municipal registers, the national list). */
  lists: 'innsyn:lister',
  cooperation: (id: string) => `innsyn:samarbeid:${id}`,
  municipality: (kommunenummer: string) => `innsyn:kommune:${kommunenummer}`,
} as const;

/** Seconds Next may consider an entry fresh; the cache handler enforces the same bound in ms. */
const REVALIDATE_SECONDS = 1;

/** A cooperation's public projection (null when it is not public), as of the Oslo day. */
export function cachedPublicCooperation(id: string) {
  const today = osloDateOf(new Date());
  return unstable_cache(async () => loadPublicCooperation(await getDb(), id, today), ['innsyn-samarbeid', id, today], {
    tags: [PUBLIC_TAGS.cooperation(id)],
    revalidate: REVALIDATE_SECONDS,
  })();
}

/** One page of a public list. */
export function cachedPublicRegisterPage(filters: PublicListFilters, page: number) {
  return unstable_cache(async () => publicRegisterPage(await getDb(), filters, page), ['innsyn-liste', JSON.stringify(filters), String(page)], {
    tags: [PUBLIC_TAGS.lists],
    revalidate: REVALIDATE_SECONDS,
  })();
}

export function cachedMunicipality(kommunenummer: string) {
  return unstable_cache(async () => getMunicipality(await getDb(), kommunenummer), ['innsyn-kommune', kommunenummer], {
    tags: [PUBLIC_TAGS.municipality(kommunenummer)],
    revalidate: REVALIDATE_SECONDS,
  })();
}
