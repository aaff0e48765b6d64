import 'server-only';
// Pages the user may not see answer 403 (Next's forbidden(), rendered by app/forbidden.tsx).
// A page that knows why (e.g. "not invited to this round") leaves the reason in a per-request
// store first, so the 403 page can say it.
import { cache } from 'react';
import { forbidden } from 'next/navigation';

const store = cache(() => ({ reason: null as string | null }));

export function forbid(reason?: string): never {
  if (reason) store().reason = reason;
  forbidden();
}

export function forbiddenReason(): string | null {
  return store().reason;
}
