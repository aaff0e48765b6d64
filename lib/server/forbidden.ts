import 'server-only';
// Pages the user may not see answer 403 (Next's forbidden(), rendered by app/forbidden.tsx).
// Some refusals have a reason the user should read ("not invited to this round", "hidden until
// the round is closed"). Next may render the 403 page in a render of its own, where nothing the
// refusing page stored survives, so the 403 page asks again: it takes the request's path (set
// by proxy.ts, never by the client) and, for the pages that refuse with a reason, repeats the
// same access check for the signed-in user and shows its message.
import { cache } from 'react';
import { headers } from 'next/headers';
import { forbidden } from 'next/navigation';
import { getDb } from '@/db/client';
import { actionContext, ActionError } from '@/lib/server/action';
import { readOwnAnswers, readResults } from '@/lib/server/actions/evaluation';
import { readReport } from '@/lib/server/actions/evaluation-report';
import { currentUser } from '@/lib/server/auth/session';
import { requestNow } from '@/lib/server/clock';

const store = cache(() => ({ reason: null as string | null }));

export function forbid(reason?: string): never {
  if (reason) store().reason = reason;
  forbidden();
}

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const ROUND_PAGE = new RegExp(`^/samarbeid/${UUID}/evaluering/(${UUID})(?:/(svar|rapport))?/?$`, 'i');

/** The page an evaluation round refuses with a reason, read from a path; null for any other path. */
export function roundPageOf(path: string | null): { roundId: string; page: 'resultater' | 'svar' | 'rapport' } | null {
  const match = path ? ROUND_PAGE.exec(path) : null;
  if (!match) return null;
  return { roundId: match[1]!, page: (match[2] as 'svar' | 'rapport' | undefined) ?? 'resultater' };
}

/** Why the page was refused, when it has a reason to give; null shows the general text. */
export async function forbiddenReason(): Promise<string | null> {
  if (store().reason) return store().reason;
  const round = roundPageOf((await headers()).get('x-request-path'));
  const user = round ? await currentUser() : null;
  if (!round || !user) return null;
  const now = await requestNow();
  const ctx = actionContext(await getDb(), user, now);
  try {
    const input = { roundId: round.roundId };
    if (round.page === 'svar') await readOwnAnswers(input, ctx);
    else if (round.page === 'rapport') await readReport(input, ctx, now);
    else await readResults(input, ctx);
  } catch (err) {
    if (err instanceof ActionError && err.code === 'forbidden') return err.message;
  }
  return null;
}
