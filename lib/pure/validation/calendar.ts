// Making a new calendar-feed address: the old one stops working, so the user must have confirmed.
import { z } from '@/lib/pure/validation/zod';

export const regenerateFeedSchema = z.object({
  confirmed: z.literal(true, { error: 'Bekreft at den gamle kalenderadressen skal slutte å virke.' }),
});

export type RegenerateFeedInput = z.input<typeof regenerateFeedSchema>;
