import 'server-only';
// The one clock pages and actions ask for "now". End-to-end tests move it with the cookie
// `bb-klokke` (an ISO timestamp) instead of sleeping; the cookie is honoured only when the
// server runs with BROBYGGER_E2E=1, never in production. Pure code takes `now` as an argument.
import { cookies } from 'next/headers';

export const CLOCK_COOKIE = 'bb-klokke';

export async function requestNow(): Promise<Date> {
  if (process.env.BROBYGGER_E2E === '1') {
    const value = (await cookies()).get(CLOCK_COOKIE)?.value;
    if (value) {
      const moved = new Date(value);
      if (!Number.isNaN(moved.getTime())) return moved;
    }
  }
  return new Date();
}
