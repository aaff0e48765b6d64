// Recording a municipal election (or an extraordinary event the administrator counts as one),
// and re-confirming or replacing a sponsor after it.
import { z } from '@/lib/pure/validation/zod';
import { checkElectionDate } from '@/lib/pure/domain/elections';
import { EVENT_ANCHORING } from '@/lib/pure/domain/event-anchoring';
import { optionalText, requiredText, versionField } from './phases/common';
import { FORM_UNREADABLE } from '@/lib/pure/validation/messages';

export const electionSchema = z
  .object(
    {
      electionDate: z
        .string('Skriv datoen som ÅÅÅÅ-MM-DD.')
        .regex(/^\d{4}-\d{2}-\d{2}$/, 'Skriv datoen som ÅÅÅÅ-MM-DD.')
        .refine((v) => !Number.isNaN(Date.parse(v)), 'Datoen finnes ikke.'),
      extraordinary: z.boolean(FORM_UNREADABLE).default(false),
      reason: optionalText(500),
      followUpMonths: z.coerce
        .number('Skriv antall måneder som et helt tall mellom 1 og 12.')
        .int('Skriv antall måneder som et helt tall mellom 1 og 12.')
        .min(1, 'Skriv antall måneder som et helt tall mellom 1 og 12.')
        .max(12, 'Skriv antall måneder som et helt tall mellom 1 og 12.')
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
  cooperationId: z.uuid('Ugyldig samarbeid.'),
  sponsorId: z.uuid('Ugyldig sponsor.'),
  /** The Støtte content version the page showed (lib/server/actions/section-save.ts). */
  version: versionField(),
});

/** A sponsor who does not continue after the election is replaced by someone else, in one step (a Støtte save). */
export const replaceSponsorSchema = z.object(
  {
    cooperationId: z.uuid('Ugyldig samarbeid.'),
    sponsorId: z.uuid('Ugyldig sponsor.'),
    /** Same limits as the Støtte form's sponsor rows (lib/pure/validation/phases/stotte.ts). */
    name: requiredText('Skriv navnet på den nye sponsoren.', 120),
    title: optionalText(120),
    version: versionField(),
  },
  FORM_UNREADABLE,
);

export type ReplaceSponsorInput = z.input<typeof replaceSponsorSchema>;
export type ReplaceSponsorValues = z.output<typeof replaceSponsorSchema>;
