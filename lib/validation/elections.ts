// Recording a municipal election, and re-confirming a sponsor after it.
import { z } from '@/lib/validation/zod';
import { versionField } from './phases/common';

export const electionSchema = z.object({
  electionDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Skriv datoen som ÅÅÅÅ-MM-DD.')
    .refine((v) => !Number.isNaN(Date.parse(v)), 'Datoen finnes ikke.'),
});

export const reconfirmSchema = z.object({
  cooperationId: z.uuid('Ugyldig samarbeid.'),
  sponsorId: z.uuid('Ugyldig sponsor.'),
  /** The Støtte content version the page showed (lib/actions/section-save.ts). */
  version: versionField(),
});
