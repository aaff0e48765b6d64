// Test-only: creates an e2e scenario's cooperation and a user for it. Answers 404 unless
// the server runs with BROBYGGER_E2E=1 (the Playwright server), and even then only to a
// signed-in administrator; production never has it. Like every write, it runs in route()'s
// transaction with an audit row (named e2e.scenario, so the log says what it was).
import { NextResponse } from 'next/server';
import { SYSTEM } from '@/lib/pure/auth/can';
import { route } from '@/lib/server/route';
import { E2E_SCENARIOS } from '@/testing/e2e-scenarios';
import { seedScenario } from '@/testing/e2e-seed';
import { z } from '@/lib/pure/validation/zod';

const bodySchema = z.object({
  scenario: z.enum(E2E_SCENARIOS),
  name: z.string().trim().min(1).max(200),
  today: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});

const enabled = () => process.env.BROBYGGER_E2E === '1';

const seed = route({ access: 'admin.access', resource: () => SYSTEM }, async ({ request, db, audit }) => {
  const parsed = bodySchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return NextResponse.json({ error: 'Ugyldig scenario.' }, { status: 400 });
  if (!db) throw new Error('A write outside the route transaction');
  const created = await seedScenario(db, parsed.data);
  audit?.set({ action: 'e2e.scenario', resourceKind: 'cooperation', resourceId: created.id, details: { scenario: parsed.data.scenario, opprettet: created.id, bruker: created.email } });
  return NextResponse.json(created);
});

export async function POST(...args: Parameters<typeof seed>): Promise<Response> {
  // Outside the e2e server the address does not exist, signed in or not.
  if (!enabled()) return new Response('Fant ikke siden.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  return seed(...args);
}
