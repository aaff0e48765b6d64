// The lifecycle step a user asks for from the overview page.
import { z } from '@/lib/validation/zod';
import { COOPERATION_EVENT_TYPES } from '@/workflows/cooperation/events';

export const transitionSchema = z.object({
  cooperationId: z.uuid('Ugyldig samarbeid.'),
  // Choosing a phase is navigation in the UI, never a step a user sends.
  type: z.enum(COOPERATION_EVENT_TYPES.filter((t) => t !== 'VELG_FASE') as [Exclude<(typeof COOPERATION_EVENT_TYPES)[number], 'VELG_FASE'>, ...Exclude<(typeof COOPERATION_EVENT_TYPES)[number], 'VELG_FASE'>[]], 'Ukjent steg.'),
  comment: z.string().trim().max(1000, 'Kommentaren kan være høyst 1000 tegn.').optional(),
  expectedVersion: z.number().int().nonnegative(),
});
export type TransitionInput = z.input<typeof transitionSchema>;
