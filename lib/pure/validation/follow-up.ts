// Logging follow-up: an anchoring occurrence held, missed or moved, and an execution of the
// information plan. Flat objects so one react-hook-form form serves every outcome; the
// fields an outcome does not use are dropped. Dates relative to today (not in the future,
// not in the past) are checked by the action against the request's clock.
import { z } from '@/lib/pure/validation/zod';
import { cooperationIdField, optionalIsoDate, optionalText, optionalUrl, requiredText } from './phases/common';
import { DATE_IMPLAUSIBLE, FORM_UNREADABLE } from '@/lib/pure/validation/messages';
import { msg } from '@/lib/pure/validation/reference';
import { LOGGED_STATUSES, type LoggedStatus } from './follow-up-options';
export { LOGGED_STATUSES } from './follow-up-options';
export type { LoggedStatus } from './follow-up-options';

export const LOGGED_STATUS_LABELS: Record<LoggedStatus, string> = {
  holdt: 'Holdt',
  ikke_holdt: 'Ikke holdt',
  utsatt: 'Flyttet til ny dato',
};

export const DATE_EXAMPLE_MESSAGE = msg('dateExample');
export const PAST_NEW_DATE_MESSAGE = msg('pastNewDate');

const earliest = (d: string | null) => d === null || d >= '2000-01-01';

export const logOccurrenceSchema = z
  .object(
    {
      cooperationId: cooperationIdField(),
      occurrenceId: z.uuid(msg('occurrenceInvalid')),
      status: z.enum(LOGGED_STATUSES, msg('occurrenceStatus')),
      heldDate: optionalIsoDate(DATE_EXAMPLE_MESSAGE).refine(earliest, DATE_IMPLAUSIBLE),
      saksnummer: optionalText(60),
      minutesUrl: optionalUrl(),
      newDate: optionalIsoDate(DATE_EXAMPLE_MESSAGE).refine(earliest, DATE_IMPLAUSIBLE),
      note: optionalText(1000),
    },
    FORM_UNREADABLE,
  )
  .superRefine((v, ctx) => {
    if (v.status === 'holdt' && !v.heldDate) ctx.addIssue({ code: 'custom', path: ['heldDate'], message: msg('heldDate') });
    if (v.status === 'utsatt') {
      if (!v.newDate) ctx.addIssue({ code: 'custom', path: ['newDate'], message: msg('newDate') });
      if (!v.note) ctx.addIssue({ code: 'custom', path: ['note'], message: msg('movedNote') });
    }
  })
  // Only what the outcome uses reaches the action.
  .transform((v) => ({
    cooperationId: v.cooperationId,
    occurrenceId: v.occurrenceId,
    status: v.status,
    heldDate: v.status === 'holdt' ? v.heldDate : null,
    saksnummer: v.status === 'holdt' ? v.saksnummer : null,
    minutesUrl: v.status === 'holdt' ? v.minutesUrl : null,
    newDate: v.status === 'utsatt' ? v.newDate : null,
    note: v.note,
  }));

export type LogOccurrenceInput = z.input<typeof logOccurrenceSchema>;
export type LogOccurrenceValues = z.output<typeof logOccurrenceSchema>;

export const logExecutionSchema = z.object(
  {
    cooperationId: cooperationIdField(),
    informationItemId: z.uuid(msg('informationItemGone')),
    executedOn: optionalIsoDate(DATE_EXAMPLE_MESSAGE).transform((d, ctx) => {
      if (d === null) {
        ctx.addIssue({ code: 'custom', message: msg('executedOn') });
        return z.NEVER;
      }
      if (!earliest(d)) {
        ctx.addIssue({ code: 'custom', message: DATE_IMPLAUSIBLE });
        return z.NEVER;
      }
      return d;
    }),
    description: requiredText(msg('executedDescription'), 1000),
    url: optionalUrl(),
  },
  FORM_UNREADABLE,
);

export type LogExecutionInput = z.input<typeof logExecutionSchema>;
export type LogExecutionValues = z.output<typeof logExecutionSchema>;
