// Støtte og tilrettelegging: sponsors per member, their link to the operative leader, and
// the practical support, minimum funding and professional community around the leader.
// Shared by the form (zodResolver) and the server action; output is valid input again, so
// the client may send what the resolver produced.
import { z } from 'zod';
import { cooperationIdField, optionalText, requiredText } from './common';
import type { SponsorKind } from '@/lib/domain/dossier';

/** A stored row's id, or empty for a row added in the form. */
const rowId = z
  .union([z.uuid('Ugyldig id.'), z.literal('')], 'Ugyldig id.')
  .nullish()
  .transform((v) => (v ? v : null));

export const SPONSOR_KINDS = ['politisk', 'administrativ'] as const satisfies readonly SponsorKind[];

export const SPONSOR_KIND_LABELS: Record<SponsorKind, string> = {
  politisk: 'Politisk',
  administrativ: 'Administrativ',
};

export const sponsorSchema = z.object({
  id: rowId,
  memberId: z.uuid('Velg hvilken deltaker sponsoren hører til.'),
  kind: z.enum(SPONSOR_KINDS, 'Velg om sponsoren er politisk eller administrativ.'),
  name: requiredText('Skriv inn navnet på sponsoren.', 120),
  title: optionalText(120),
  /** How the sponsor keeps in touch with the operative leader; stored as the sponsor's internal note. */
  leaderContact: optionalText(500),
  /** Ticked when a sponsor flagged after an election has confirmed the role again. */
  reconfirm: z.boolean('Ugyldig verdi for bekreftelse.').optional().default(false),
}, 'Ugyldig rad i listen over sponsorer.');

export const stotteSchema = z
  .object({
    cooperationId: cooperationIdField(),
    sponsors: z.array(sponsorSchema, 'Ugyldig liste over sponsorer.').max(200, 'Høyst 200 sponsorer.'),
    practicalSupport: optionalText(2000),
    minimumFunding: optionalText(2000),
    professionalCommunity: optionalText(2000),
  }, 'Skjemaet kunne ikke leses. Last siden på nytt og prøv igjen.')
  .superRefine((v, ctx) => {
    const seen = new Set<string>();
    v.sponsors.forEach((s, i) => {
      const key = `${s.memberId}|${s.kind}|${s.name.toLocaleLowerCase('nb')}`;
      if (seen.has(key)) {
        ctx.addIssue({ code: 'custom', path: ['sponsors', i, 'name'], message: 'Denne sponsoren er allerede lagt inn for deltakeren.' });
      }
      seen.add(key);
    });
  });

export type StotteInput = z.input<typeof stotteSchema>;
export type StotteValues = z.output<typeof stotteSchema>;
export type SponsorInput = z.input<typeof sponsorSchema>;
