import 'server-only';
// The administrators' consistency check: replay every cooperation's history. The problems come
// in the request's language (avvisning.kontroll, with the states' names), bokmål outside a request.
import { asc } from 'drizzle-orm';
import { getTranslations } from 'next-intl/server';
import { z } from '@/lib/pure/validation/zod';
import { cooperations } from '@/db/schema';
import type { ActionContext } from '@/lib/server/action';
import { SYSTEM } from '@/lib/pure/auth/can';
import { checkAllConsistency, type ReplayWords } from '@/workflows/cooperation/consistency';
import { BOKMAAL_REPLAY_WORDS } from '@/workflows/cooperation/replay';

export const consistencySpec = { schema: z.object({}), action: 'consistency.check' as const, resource: () => SYSTEM };

export interface ConsistencyRow {
  id: string;
  name: string;
  ok: boolean;
  events: number;
  problems: string[];
}

async function replayWords(): Promise<ReplayWords> {
  try {
    const [t, states, lifecycle] = await Promise.all([getTranslations('avvisning.kontroll'), getTranslations('tilstand'), getTranslations('livslop')]);
    return { t: (key, values) => t(key, values), states: { state: (s) => states(s), phase: (p) => lifecycle(`fase.${p}`) } };
  } catch {
    return BOKMAAL_REPLAY_WORDS; // outside a request
  }
}

export async function runConsistencyCheck(_input: unknown, { db }: ActionContext): Promise<{ ok: boolean; rows: ConsistencyRow[] }> {
  const w = await replayWords();
  const [result, names] = await Promise.all([
    checkAllConsistency(db, w),
    db.select({ id: cooperations.id, name: cooperations.name }).from(cooperations).orderBy(asc(cooperations.name)),
  ]);
  const byId = new Map(result.reports.map((r) => [r.cooperationId, r]));
  return {
    ok: result.ok,
    rows: names.map((n) => {
      const r = byId.get(n.id);
      return { id: n.id, name: n.name, ok: r?.ok ?? false, events: r?.events ?? 0, problems: r?.problems ?? [w.t('notChecked')] };
    }),
  };
}
