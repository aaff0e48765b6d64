// Støtte og tilrettelegging: sponsors per member, their link to the operative leader, and
// the practical support, minimum funding and professional community around the leader.
// Shared by the form (zodResolver) and the server action; output is valid input again, so
// the client may send what the resolver produced.
import { z } from '@/lib/pure/validation/zod';
import { cooperationIdField, optionalText, requiredText, versionField } from './common';
import { SPONSOR_KINDS, type SponsorKind, type Support } from '@/lib/pure/domain/dossier';
import { FORM_UNREADABLE } from '@/lib/pure/validation/messages';
import { msg } from '@/lib/pure/validation/reference';
export { stotteValues } from './stotte-values';

/** A stored row's id, or empty for a row added in the form. */
const rowId = z
  .union([z.uuid(msg('idInvalid')), z.literal('')], msg('idInvalid'))
  .nullish()
  .transform((v) => (v ? v : null));

export const SPONSOR_KIND_LABELS: Record<SponsorKind, string> = {
  politisk: 'Politisk',
  administrativ: 'Administrativ',
};

export const sponsorSchema = z.object({
  id: rowId,
  memberId: z.uuid(msg('sponsorMember')),
  kind: z.enum(SPONSOR_KINDS, msg('sponsorKind')),
  name: requiredText(msg('sponsorName'), 120),
  title: optionalText(120),
  /** How the sponsor keeps in touch with the operative leader; stored as the sponsor's internal note. */
  leaderContact: optionalText(500),
  /** Ticked when a sponsor flagged after an election has confirmed the role again. */
  reconfirm: z.boolean(msg('reconfirmInvalid')).optional().default(false),
}, msg('sponsorRowInvalid'));

export const stotteSchema = z
  .object({
    cooperationId: cooperationIdField(),
    version: versionField(),
    sponsors: z.array(sponsorSchema, msg('sponsorsInvalid')).max(200, msg('sponsorsTooMany')),
    practicalSupport: optionalText(2000),
    minimumFunding: optionalText(2000),
    professionalCommunity: optionalText(2000),
  }, FORM_UNREADABLE)
  .superRefine((v, ctx) => {
    const seen = new Set<string>();
    v.sponsors.forEach((s, i) => {
      const key = `${s.memberId}|${s.kind}|${s.name.toLocaleLowerCase('nb')}`;
      if (seen.has(key)) {
        ctx.addIssue({ code: 'custom', path: ['sponsors', i, 'name'], message: msg('sponsorTwice') });
      }
      seen.add(key);
    });
  });

export type StotteInput = z.input<typeof stotteSchema>;
export type StotteValues = z.output<typeof stotteSchema>;
export type SponsorInput = z.input<typeof sponsorSchema>;

/** A stored sponsor as the form and the change log see it. */
export interface StoredSponsor {
  id: string;
  memberId: string;
  kind: SponsorKind;
  name: string;
  title: string | null;
  leaderContact: string | null;
  confirmedAt: string | null;
  needsReconfirmation: boolean;
}

export interface StoredStotte {
  sponsors: StoredSponsor[];
  support: Support;
}

/** The same person in the same role: such a row keeps its confirmation when saved. */
export function samePerson(a: { memberId: string; kind: string; name: string }, b: { memberId: string; kind: string; name: string }): boolean {
  return a.memberId === b.memberId && a.kind === b.kind && a.name.trim().toLocaleLowerCase('nb') === b.name.trim().toLocaleLowerCase('nb');
}

/** What is stored, as the values a save would send (no sponsor ticked as re-confirmed). */
export function storedStotteValues(cooperationId: string, phase: StoredStotte): StotteValues {
  return {
    cooperationId,
    version: 0,
    sponsors: phase.sponsors.map((s) => ({ id: s.id, memberId: s.memberId, kind: s.kind, name: s.name, title: s.title, leaderContact: s.leaderContact, reconfirm: false })),
    practicalSupport: phase.support.practicalSupport,
    minimumFunding: phase.support.minimumFunding,
    professionalCommunity: phase.support.professionalCommunity,
  };
}
