// Making a new calendar-feed address: the old one stops working, so the user must have confirmed.
import { z } from '@/lib/pure/validation/zod';
import { msg } from '@/lib/pure/validation/reference';

export const regenerateFeedSchema = z.object({
  confirmed: z.literal(true, { error: msg('calendarConfirm') }),
});

export type RegenerateFeedInput = z.input<typeof regenerateFeedSchema>;
