// The metastyring instruments a cooperation uses: catalogue instruments (lib/pure/domain/instruments.ts)
// or custom ones with their own label and family, each with a status and a document link.
// Output is valid input again, so the client may send what the resolver produced.
import { z } from '@/lib/pure/validation/zod';
import { cooperationIdField, optionalText, optionalUrl, versionField } from './phases/common';
import { INSTRUMENT_STATUSES, PHASES } from '@/lib/pure/domain/dossier';
import { INSTRUMENT_CODES } from '@/lib/pure/domain/instruments';
import { FORM_UNREADABLE } from '@/lib/pure/validation/messages';
import { msg } from '@/lib/pure/validation/reference';
import { CUSTOM_INSTRUMENT } from './instruments-options';
export { CUSTOM_INSTRUMENT, INSTRUMENT_STATUS_LABELS } from './instruments-options';

export const instrumentUseSchema = z
  .object({
    id: z
      .union([z.uuid(msg('idInvalid')), z.literal('')], msg('idInvalid'))
      .nullish()
      .transform((v) => (v ? v : null)),
    /** A catalogue code, CUSTOM_INSTRUMENT (or null) for a custom one; '' is the unchosen select. */
    code: z
      .union([z.enum(INSTRUMENT_CODES), z.literal(CUSTOM_INSTRUMENT), z.literal('')], msg('instrumentFromList'))
      .nullable()
      .transform((v) => (v === CUSTOM_INSTRUMENT ? null : v)),
    label: optionalText(200),
    family: z
      .union([z.enum(PHASES), z.literal('')], msg('instrumentFamily'))
      .nullish()
      .transform((v) => (v ? v : null)),
    status: z.enum(INSTRUMENT_STATUSES, msg('instrumentStatus')),
    documentUrl: optionalUrl(),
  }, msg('instrumentRowInvalid'))
  .superRefine((u, ctx) => {
    if (u.code === '') {
      ctx.addIssue({ code: 'custom', path: ['code'], message: msg('instrumentFromList') });
      return;
    }
    if (u.code !== null) return;
    if (!u.label) ctx.addIssue({ code: 'custom', path: ['label'], message: msg('instrumentLabel') });
    if (!u.family) ctx.addIssue({ code: 'custom', path: ['family'], message: msg('instrumentFamily') });
  })
  // Only reached without issues, so '' is gone; this narrows the type for the action.
  .transform((u) => ({ ...u, code: u.code === '' ? null : u.code }));

export const instrumentsSchema = z
  .object({
    cooperationId: cooperationIdField(),
    version: versionField(),
    instruments: z.array(instrumentUseSchema, msg('instrumentsInvalid')).max(100, msg('instrumentsTooMany')),
  }, FORM_UNREADABLE)
  .superRefine((v, ctx) => {
    const seen = new Set<string>();
    v.instruments.forEach((u, i) => {
      if (!u.code) return;
      if (seen.has(u.code)) ctx.addIssue({ code: 'custom', path: ['instruments', i, 'code'], message: msg('instrumentTwice') });
      seen.add(u.code);
    });
  });

export type InstrumentsInput = z.input<typeof instrumentsSchema>;
export type InstrumentsValues = z.output<typeof instrumentsSchema>;
export type InstrumentUseInput = z.input<typeof instrumentUseSchema>;
