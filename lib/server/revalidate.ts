import 'server-only';
// The one place that says which pages a change to a cooperation makes stale: its own pages
// (the layout's tabs show readiness), the dashboard, the internal registers and the public
// pages (/innsyn shows public fields at once). Every write to a cooperation calls this.
import { revalidatePath } from 'next/cache';

export function revalidateCooperation(cooperationId: string): void {
  revalidatePath(`/samarbeid/${cooperationId}`, 'layout');
  revalidatePath('/oversikt');
  revalidatePath('/register', 'layout');
  revalidatePath('/innsyn', 'layout');
}
