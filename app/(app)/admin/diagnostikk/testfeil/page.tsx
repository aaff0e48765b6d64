import { can, SYSTEM } from '@/lib/pure/auth/can';
import { requireUser } from '@/lib/server/auth/session';
import { forbid } from '@/lib/server/forbidden';

export const dynamic = 'force-dynamic';

// Deliberately fails on the server, so an administrator (and the e2e suite) can see that
// users get the Norwegian error page and no internals, while the log gets the details.
export default async function TestErrorPage() {
  const user = await requireUser('/admin/diagnostikk/testfeil');
  if (!can(user, 'admin.access', SYSTEM)) forbid();
  throw new Error('Tvungen testfeil fra diagnostikksiden: intern detalj som aldri skal vises (DATABASE_URL=postgres://hemmelig)');
}
