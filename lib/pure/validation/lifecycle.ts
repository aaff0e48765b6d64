// The lifecycle step a user asks for from the overview page.
import { z } from '@/lib/pure/validation/zod';
import { COOPERATION_EVENT_TYPES } from '@/workflows/cooperation/events';
import { msg } from '@/lib/pure/validation/reference';

export const CHANGE_KINDS = {
  medlem_trer_ut: 'En deltaker trer ut',
  nytt_medlem: 'En ny deltaker vil inn',
  bytte_vertskommune: 'Bytte av vertskommune eller kontorkommune',
  kostnadsfordeling: 'Endret kostnadsfordeling eller budsjettramme',
  mandat_oppgaver: 'Endrede oppgaver eller mandat',
  annet: 'Annen endring',
} as const;
export type ChangeKind = keyof typeof CHANGE_KINDS;

export const changeRequestSchema = z.object({
  kind: z.enum(Object.keys(CHANGE_KINDS) as [ChangeKind, ...ChangeKind[]], msg('changeKind')),
  description: z.string().trim().min(10, msg('changeDescription')).max(2000, msg('changeDescriptionTooLong')),
});

export const transitionSchema = z
  .object({
  cooperationId: z.uuid(msg('cooperationInvalid')),
  // Choosing a phase is navigation in the UI, never a step a user sends.
  type: z.enum(COOPERATION_EVENT_TYPES.filter((t) => t !== 'VELG_FASE') as [Exclude<(typeof COOPERATION_EVENT_TYPES)[number], 'VELG_FASE'>, ...Exclude<(typeof COOPERATION_EVENT_TYPES)[number], 'VELG_FASE'>[]], msg('stepUnknown')),
  comment: z.string().trim().max(1000, msg('commentTooLong1000')).optional(),
  expectedVersion: z.number().int().nonnegative(),
  /** A change in drift is proposed as a redesign request and kept in the history. */
  change: changeRequestSchema.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.type === 'ENDRINGSFORSLAG' && !v.change) {
      ctx.addIssue({ code: 'custom', path: ['change', 'description'], message: msg('changeProposed') });
    }
  });
export type TransitionInput = z.input<typeof transitionSchema>;
