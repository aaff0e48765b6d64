// Meetings and decisions of the cooperation's own bodies, and its notice period for case
// documents: one schema each for the form and the server action. Dates relative to today
// (a meeting may be planned ahead; a decision is recorded after it) are checked by the
// action against the request's clock.
import { z } from '@/lib/pure/validation/zod';
import { cooperationIdField, optionalIsoDate, optionalText, optionalUrl, requiredText } from './phases/common';
import { BODY_OUTCOMES, PREPARATIONS, type BodyDecisionEvent } from '@/lib/pure/domain/dossier';
import { DATE_IMPLAUSIBLE, FORM_UNREADABLE } from '@/lib/pure/validation/messages';

const DATE_EXAMPLE = 'Skriv en gyldig dato, for eksempel 12.03.2026.';

export const BODY_EVENTS = ['vedtektsendring', 'stor_beslutning'] as const satisfies readonly BodyDecisionEvent[];

/**
 * Minutes files: what municipalities publish minutes as, and a size a council system accepts.
 * With the multipart framing an upload of the largest file stays within the request limit for
 * route handlers (lib/pure/security/limits.ts), so the user meets this limit and its message first.
 */
export const MINUTES_FILE_TYPES = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
  'application/vnd.oasis.opendocument.text': 'OpenDocument-tekst',
} as const;
export const MINUTES_FILE_MAX_BYTES = 8 * 1024 * 1024;

const sensible = (d: string | null) => d === null || (d >= '2000-01-01' && d <= '2100-12-31');

export const meetingSchema = z
  .object(
    {
      cooperationId: cooperationIdField(),
      /** '' for a new meeting. */
      meetingId: z.union([z.uuid(FORM_UNREADABLE), z.literal('')], FORM_UNREADABLE),
      /** The version the form was loaded with (0 for a new meeting). */
      expectedVersion: z.coerce.number(FORM_UNREADABLE).int(FORM_UNREADABLE).min(0, FORM_UNREADABLE),
      bodyId: requiredText('Velg hvilket organ som hadde møtet.', 200),
      meetingDate: optionalIsoDate(DATE_EXAMPLE).refine(sensible, DATE_IMPLAUSIBLE),
      documentsSentDate: optionalIsoDate(DATE_EXAMPLE).refine(sensible, DATE_IMPLAUSIBLE),
      minutesUrl: optionalUrl(),
      minutesPublic: z.boolean('Velg om referatet er offentlig.'),
    },
    FORM_UNREADABLE,
  )
  .superRefine((v, ctx) => {
    if (!v.meetingDate) ctx.addIssue({ code: 'custom', path: ['meetingDate'], message: 'Skriv inn datoen for møtet.' });
    if (v.meetingDate && v.documentsSentDate && v.documentsSentDate > v.meetingDate) {
      ctx.addIssue({ code: 'custom', path: ['documentsSentDate'], message: 'Saksdokumentene kan ikke være sendt ut etter møtet.' });
    }
  })
  .transform((v) => ({ ...v, meetingDate: v.meetingDate!, meetingId: v.meetingId || null }));

export type MeetingInput = z.input<typeof meetingSchema>;
export type MeetingValues = z.output<typeof meetingSchema>;

export const bodyDecisionSchema = z
  .object(
    {
      cooperationId: cooperationIdField(),
      meetingId: z.uuid(FORM_UNREADABLE),
      title: requiredText('Skriv hva saken gjaldt.', 300),
      saksnummer: optionalText(60),
      kind: z.enum(['politisk', 'administrativ'], 'Velg om saken ble avgjort politisk eller administrativt.'),
      outcome: z.enum(BODY_OUTCOMES, 'Velg utfallet av behandlingen.'),
      prepared: z.enum(PREPARATIONS, 'Velg om administrasjonene i deltakerkommunene forberedte saken.'),
      /** With 'delvis': the members whose administration did prepare it. */
      preparedByMemberIds: z.array(z.uuid('Ugyldig deltaker.'), FORM_UNREADABLE).max(500, FORM_UNREADABLE).default([]),
      withinMandate: z.enum(['ja', 'nei'], 'Velg om saken ligger innenfor operativ leders mandat.'),
      anchoringEvent: z.union([z.literal(''), z.enum(BODY_EVENTS)], 'Velg om vedtaket utløser forankring i kommunene.'),
      url: optionalUrl(),
      isPublic: z.boolean('Velg om vedtaket skal vises i innsyn.'),
    },
    FORM_UNREADABLE,
  )
  .transform((v) => ({
    cooperationId: v.cooperationId,
    meetingId: v.meetingId,
    title: v.title,
    saksnummer: v.saksnummer,
    political: v.kind === 'politisk',
    outcome: v.outcome,
    prepared: v.prepared,
    // Only 'delvis' names members; 'ja' and 'nei' speak for all of them.
    preparedByMemberIds: v.prepared === 'delvis' ? [...new Set(v.preparedByMemberIds)] : [],
    withinMandate: v.withinMandate === 'ja',
    anchoringEvent: v.anchoringEvent === '' ? null : v.anchoringEvent,
    url: v.url,
    isPublic: v.isPublic,
  }));

export type BodyDecisionInput = z.input<typeof bodyDecisionSchema>;
export type BodyDecisionValues = z.output<typeof bodyDecisionSchema>;

export const removeBodyDecisionSchema = z.object({ cooperationId: cooperationIdField(), decisionId: z.uuid(FORM_UNREADABLE) }, FORM_UNREADABLE);

export const noticeDaysSchema = z.object(
  {
    cooperationId: cooperationIdField(),
    /** '' = use the default. */
    days: z
      .string('Skriv antall dager som et helt tall.')
      .trim()
      .refine((v) => v === '' || /^\d{1,2}$/.test(v), 'Skriv antall dager som et helt tall mellom 0 og 60.')
      .transform((v) => (v === '' ? null : Number(v)))
      .refine((v) => v === null || v <= 60, 'Skriv antall dager som et helt tall mellom 0 og 60.'),
  },
  FORM_UNREADABLE,
);

export type NoticeDaysInput = z.input<typeof noticeDaysSchema>;
export type NoticeDaysValues = z.output<typeof noticeDaysSchema>;
