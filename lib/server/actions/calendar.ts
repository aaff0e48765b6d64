import 'server-only';
// The signed-in user's own calendar feed: make a new secret address (the old one stops
// working at once). Any signed-in user may do it for their own account (profile.manage).
import type { z } from 'zod';
import { regenerateCalendarFeed } from '@/db/queries/calendar';
import type { ActionContext } from '@/lib/server/action';
import { SYSTEM } from '@/lib/pure/auth/can';
import { feedSecret } from '@/lib/server/calendar/feed-token';
import { regenerateFeedSchema } from '@/lib/pure/validation/calendar';

export const regenerateFeedSpec = {
  schema: regenerateFeedSchema,
  action: 'profile.manage' as const,
  // The user's own account, not a cooperation or municipality: can() decides on the user alone.
  resource: () => SYSTEM,
};

export async function regenerateFeed(_input: z.output<typeof regenerateFeedSchema>, { db, user, now }: ActionContext) {
  return { token: await regenerateCalendarFeed(db, { userId: user.id, secret: feedSecret(), now }) };
}
