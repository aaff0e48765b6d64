import 'server-only';
// The nightly summary job (registered in lib/server/jobs/index.ts): just after midnight, Oslo time,
// every cooperation's summary (db/schema/summaries.ts) is computed for the new day, so the first
// "Mine samarbeid", register page or register export of the morning reads stored summaries
// instead of building dossiers. A batch at a time in id order, each cooperation once per run;
// repeating a run after a crash only recomputes what is still stale. Pages compute whatever is
// stale on their own, so a run that has not finished is slower, never wrong.
import type { Db } from '@/db/client';
import { loadSummaries, staleSummaryIds } from '@/db/queries/summaries';
import { osloDateOf } from '@/lib/pure/domain/iso-date';
import type { Job } from './runner';

const BATCH = 100;

export async function refreshSummaries(db: Db, now: Date, batch = BATCH): Promise<number> {
  const today = osloDateOf(now);
  let after: string | null = null;
  let refreshed = 0;
  for (;;) {
    const ids = await staleSummaryIds(db, today, after, batch);
    if (ids.length === 0) return refreshed;
    await loadSummaries(db, ids, now);
    refreshed += ids.length;
    after = ids[ids.length - 1]!;
  }
}

export const summariesJob: Job = {
  name: 'sammendrag',
  schedule: () => ({ daily: true }),
  async run(db, { now }) {
    const refreshed = await refreshSummaries(db, now);
    return `Regnet ut sammendrag for ${refreshed} samarbeid.`;
  },
};
