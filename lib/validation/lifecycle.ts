// The lifecycle step a user asks for from the overview page.
import { z } from '@/lib/validation/zod';
import { COOPERATION_EVENT_TYPES } from '@/workflows/cooperation/events';

export const transitionSchema = z.object({
  cooperationId: z.uuid('Ugyldig samarbeid.'),
  type: z.enum(COOPERATION_EVENT_TYPES, 'Ukjent steg.'),
  comment: z.string().trim().max(1000, 'Kommentaren kan være høyst 1000 tegn.').optional(),
  expectedVersion: z.number().int().nonnegative(),
});
export type TransitionInput = z.input<typeof transitionSchema>;
