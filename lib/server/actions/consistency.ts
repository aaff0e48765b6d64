import 'server-only';
// The administrators' consistency check: replay every cooperation's history.
import { asc } from 'drizzle-orm';
import { z } from '@/lib/pure/validation/zod';
import { cooperations } from '@/db/schema';
import type { ActionContext } from '@/lib/server/action';
import { SYSTEM } from '@/lib/pure/auth/can';
import { checkAllConsistency } from '@/workflows/cooperation/consistency';

export const consistencySpec = { schema: z.object({}), action: 'consistency.check' as const, resource: () => SYSTEM };

export interface ConsistencyRow {
  id: string;
  name: string;
  ok: boolean;
  events: number;
  problems: string[];
}

export async function runConsistencyCheck(_input: unknown, { db }: ActionContext): Promise<{ ok: boolean; rows: ConsistencyRow[] }> {
  const [result, names] = await Promise.all([
    checkAllConsistency(db),
    db.select({ id: cooperations.id, name: cooperations.name }).from(cooperations).orderBy(asc(cooperations.name)),
  ]);
  const byId = new Map(result.reports.map((r) => [r.cooperationId, r]));
  return {
    ok: result.ok,
    rows: names.map((n) => {
      const r = byId.get(n.id);
      return { id: n.id, name: n.name, ok: r?.ok ?? false, events: r?.events ?? 0, problems: r?.problems ?? ['Ikke kontrollert.'] };
    }),
  };
}
