// Recording a municipal election (or an extraordinary event the administrator counts as one),
// and re-confirming or replacing a sponsor after it.
import { z } from '@/lib/pure/validation/zod';
import { checkElectionDate } from '@/lib/pure/domain/elections';
import { EVENT_ANCHORING } from '@/lib/pure/domain/event-anchoring';
import { optionalText, requiredText, versionField } from './phases/common';
import { FORM_UNREADABLE } from '@/lib/pure/validation/messages';
import { msg } from '@/lib/pure/validation/reference';

export const electionSchema = z
  .object(
    {
      electionDate: z
        .string(msg('electionDateFormat'))
        .regex(/^\d{4}-\d{2}-\d{2}$/, msg('electionDateFormat'))
        .refine((v) => !Number.isNaN(Date.parse(v)), msg('dateDoesNotExist')),
      extraordinary: z.boolean(FORM_UNREADABLE).default(false),
      reason: optionalText(500),
      followUpMonths: z.coerce
        .number(msg('electionMonths'))
        .int(msg('electionMonths'))
        .min(1, msg('electionMonths'))
        .max(12, msg('electionMonths'))
        .default(EVENT_ANCHORING.valg.months),
    },
    FORM_UNREADABLE,
  )
  .superRefine((v, ctx) => {
    const check = checkElectionDate(v.electionDate, v.extraordinary, v.reason);
    if (!check.ok) ctx.addIssue({ code: 'custom', path: [v.extraordinary ? 'reason' : 'electionDate'], message: check.message });
  });

export type ElectionInput = z.input<typeof electionSchema>;
export type ElectionValues = z.output<typeof electionSchema>;

export const reconfirmSchema = z.object({
  cooperationId: z.uuid(msg('cooperationInvalid')),
  sponsorId: z.uuid(msg('sponsorInvalid')),
  /** The Støtte content version the page showed (lib/server/actions/section-save.ts). */
  version: versionField(),
});

/** A sponsor who does not continue after the election is replaced by someone else, in one step (a Støtte save). */
export const replaceSponsorSchema = z.object(
  {
    cooperationId: z.uuid(msg('cooperationInvalid')),
    sponsorId: z.uuid(msg('sponsorInvalid')),
    /** Same limits as the Støtte form's sponsor rows (lib/pure/validation/phases/stotte.ts). */
    name: requiredText(msg('newSponsorName'), 120),
    title: optionalText(120),
    version: versionField(),
  },
  FORM_UNREADABLE,
);

export type ReplaceSponsorInput = z.input<typeof replaceSponsorSchema>;
export type ReplaceSponsorValues = z.output<typeof replaceSponsorSchema>;
