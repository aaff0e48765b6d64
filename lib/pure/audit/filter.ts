// The audit page's filters, read from the address (so a filtered view can be bookmarked and
// shared): who, which action, which resource, and a period of Norwegian calendar days.
import { addDays, isIsoDate, osloDayStart } from '@/lib/pure/domain/iso-date';
import { z } from '@/lib/pure/validation/zod';
import type { AuditFilter } from '@/db/queries/audit';
import { EMAIL_TOO_LONG } from '@/lib/pure/validation/messages';
import { msg } from '@/lib/pure/validation/reference';

const optional = (schema: z.ZodType<string, string>) =>
  z
    .string()
    .trim()
    .transform((v) => (v === '' ? undefined : v))
    .pipe(schema.optional())
    .optional();

const isoDay = z.string().refine(isIsoDate, msg('auditDate'));

export const auditQuerySchema = z
  .object({
    hvem: optional(z.string().toLowerCase().max(320, EMAIL_TOO_LONG)),
    handling: optional(z.string().max(100, msg('auditAction')).regex(/^[a-z_.]+$/, msg('auditAction'))),
    ressurs: optional(z.string().max(100, msg('auditResourceTooLong'))),
    fra: optional(isoDay),
    til: optional(isoDay),
    før: optional(z.string().regex(/^\d{1,15}$/, msg('auditPage'))),
  })
  .superRefine((q, ctx) => {
    if (q.fra && q.til && q.fra > q.til) ctx.addIssue({ code: 'custom', path: ['til'], message: msg('auditDateOrder') });
  });
export type AuditQuery = z.output<typeof auditQuerySchema>;

export function auditFilterOf(q: AuditQuery): AuditFilter {
  return {
    actorEmail: q.hvem ?? null,
    action: q.handling ?? null,
    resourceId: q.ressurs ?? null,
    from: q.fra ? osloDayStart(q.fra) : null,
    to: q.til ? new Date(osloDayStart(addDays(q.til, 1)).getTime() - 1) : null,
    beforeSeq: q.før ? Number(q.før) : null,
  };
}
