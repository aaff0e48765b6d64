// The signed-in user's own calendar feed: make a new secret address (the old one stops
// working at once).
import type { z } from 'zod';
import { regenerateCalendarFeed } from '@/db/queries/calendar';
import type { ActionContext } from '@/lib/action';
import { feedSecret } from '@/lib/calendar/feed-token';
import { regenerateFeedSchema } from '@/lib/validation/calendar';

export { regenerateFeedSchema };

export async function regenerateFeed(_input: z.output<typeof regenerateFeedSchema>, { db, user }: ActionContext, now = new Date()) {
  return { token: await regenerateCalendarFeed(db, { userId: user.id, secret: feedSecret(), now }) };
}
