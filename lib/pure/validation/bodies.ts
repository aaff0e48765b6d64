// Meetings and decisions of the cooperation's own bodies, and its notice period for case
// documents: one schema each for the form and the server action. Dates relative to today
// (a meeting may be planned ahead; a decision is recorded after it) are checked by the
// action against the request's clock.
import { z } from '@/lib/pure/validation/zod';
import { cooperationIdField, optionalIsoDate, optionalText, optionalUrl, requiredText } from './phases/common';
import { BODY_OUTCOMES, PREPARATIONS } from '@/lib/pure/domain/dossier';
import { DATE_IMPLAUSIBLE, FORM_UNREADABLE } from '@/lib/pure/validation/messages';
import { msg } from '@/lib/pure/validation/reference';
import { BODY_EVENTS } from './bodies-options';
export { BODY_EVENTS, MINUTES_FILE_TYPES, MINUTES_FILE_MAX_BYTES } from './bodies-options';

const DATE_EXAMPLE = msg('dateExample');

const sensible = (d: string | null) => d === null || (d >= '2000-01-01' && d <= '2100-12-31');

export const meetingSchema = z
  .object(
    {
      cooperationId: cooperationIdField(),
      /** '' for a new meeting. */
      meetingId: z.union([z.uuid(FORM_UNREADABLE), z.literal('')], FORM_UNREADABLE),
      /** The version the form was loaded with (0 for a new meeting). */
      expectedVersion: z.coerce.number(FORM_UNREADABLE).int(FORM_UNREADABLE).min(0, FORM_UNREADABLE),
      bodyId: requiredText(msg('meetingBody'), 200),
      meetingDate: optionalIsoDate(DATE_EXAMPLE).refine(sensible, DATE_IMPLAUSIBLE),
      documentsSentDate: optionalIsoDate(DATE_EXAMPLE).refine(sensible, DATE_IMPLAUSIBLE),
      minutesUrl: optionalUrl(),
      minutesPublic: z.boolean(msg('minutesPublic')),
    },
    FORM_UNREADABLE,
  )
  .superRefine((v, ctx) => {
    if (!v.meetingDate) ctx.addIssue({ code: 'custom', path: ['meetingDate'], message: msg('meetingDate') });
    if (v.meetingDate && v.documentsSentDate && v.documentsSentDate > v.meetingDate) {
      ctx.addIssue({ code: 'custom', path: ['documentsSentDate'], message: msg('documentsAfterMeeting') });
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
      title: requiredText(msg('caseTitle'), 300),
      saksnummer: optionalText(60),
      kind: z.enum(['politisk', 'administrativ'], msg('caseKind')),
      outcome: z.enum(BODY_OUTCOMES, msg('caseOutcome')),
      prepared: z.enum(PREPARATIONS, msg('casePrepared')),
      /** With 'delvis': the members whose administration did prepare it. */
      preparedByMemberIds: z.array(z.uuid(msg('memberInvalid')), FORM_UNREADABLE).max(500, FORM_UNREADABLE).default([]),
      withinMandate: z.enum(['ja', 'nei'], msg('withinMandate')),
      anchoringEvent: z.union([z.literal(''), z.enum(BODY_EVENTS)], msg('anchoringTriggered')),
      url: optionalUrl(),
      isPublic: z.boolean(msg('decisionPublic')),
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
      .string(msg('noticeDaysType'))
      .trim()
      .refine((v) => v === '' || /^\d{1,2}$/.test(v), msg('noticeDays'))
      .transform((v) => (v === '' ? null : Number(v)))
      .refine((v) => v === null || v <= 60, msg('noticeDays')),
  },
  FORM_UNREADABLE,
);

export type NoticeDaysInput = z.input<typeof noticeDaysSchema>;
export type NoticeDaysValues = z.output<typeof noticeDaysSchema>;
