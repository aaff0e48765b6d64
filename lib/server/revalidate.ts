import 'server-only';
// The one place that says which pages a change to a cooperation makes stale: its own pages
// (the layout's tabs show readiness), the dashboard, the internal registers and the public
// pages (/innsyn shows public fields at once). Every write to a cooperation calls this.
// The public data cache (public-cache.ts) is expired by tag, and the rendered public pages
// (public-page-cache.ts) all, at once on this instance.
import { revalidatePath, revalidateTag } from 'next/cache';
import { PUBLIC_TAGS } from './public-cache';
import { expirePublicPages } from './public-page-cache';

export function revalidateCooperation(cooperationId: string): void {
  revalidatePath(`/samarbeid/${cooperationId}`, 'layout');
  revalidatePath('/oversikt');
  revalidatePath('/register', 'layout');
  revalidatePath('/innsyn', 'layout');
  revalidateTag(PUBLIC_TAGS.cooperation(cooperationId), { expire: 0 });
  revalidateTag(PUBLIC_TAGS.lists, { expire: 0 });
  // The whole public pages this instance keeps (scripts/server.ts): all of them, since a list,
  // a municipality's page and the statistics may each show the change.
  expirePublicPages();
}
