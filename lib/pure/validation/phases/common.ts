// Zod building blocks shared by the phase schemas (innramming, design, støtte, deltakelse).
// Forms send what people type (Norwegian numbers and amounts as text); these schemas turn it
// into the stored shapes (øre integers, numbers, ISO dates, null for empty) with messages a
// municipal employee understands. Every builder names its own messages (references to the
// catalogues' `validering` words, ../reference.ts), so no bare zod default reaches a user. Keep the exports stable: other phase modules import them.
import { z } from '@/lib/pure/validation/zod';
import { isIsoDate } from '@/lib/pure/domain/iso-date';
import { FORM_UNREADABLE, textTooLong, URL_MAX_LENGTH, URL_TOO_LONG } from '@/lib/pure/validation/messages';
import { msg } from '@/lib/pure/validation/reference';
import { NOK_FORMAT_MESSAGE, NOK_NEGATIVE_MESSAGE, NOK_DECIMALS_MESSAGE, NOK_TOO_LARGE_MESSAGE, SPACES, parseNok, parseNumberNb, type NokParseResult } from './numbers';
export { NOK_FORMAT_MESSAGE, NOK_NEGATIVE_MESSAGE, NOK_DECIMALS_MESSAGE, NOK_TOO_LARGE_MESSAGE, MAX_ORE, parseNok, parseNumberNb } from './numbers';
export type { NokParseResult } from './numbers';

/** What a text or number input may send: a string, a number from a script, or nothing. */
export type NumberInput = string | number | null | undefined;

// --- Text -------------------------------------------------------------------------------

export const TEXT_TYPE_MESSAGE = msg('textType');

/** Trimmed free text; empty becomes null. */
export function optionalText(max = 2000) {
  return z
    .string({ error: TEXT_TYPE_MESSAGE })
    .trim()
    .max(max, textTooLong(max))
    .nullable()
    .optional()
    .transform((v) => (v === undefined || v === null || v === '' ? null : v));
}

/** Trimmed text that must be filled in. */
export function requiredText(message: string, max = 2000) {
  return z
    .string({ error: message })
    .trim()
    .min(1, message)
    .max(max, textTooLong(max));
}

/** A checkbox; anything but a boolean is a tampered request. */
export function checkbox() {
  return z.boolean({ error: msg('yesOrNo') });
}

/** A select or radio group where '' (nothing chosen) becomes null. */
export function optionalChoice<const T extends readonly [string, ...string[]]>(values: T, message: string) {
  return z
    .union([z.literal(''), z.enum(values)], { error: message })
    .nullable()
    .optional()
    .transform((v): T[number] | null => (v === undefined || v === null || v === '' ? null : v));
}

export const cooperationIdField = () => z.uuid({ error: msg('cooperationInvalid') });

/** An optional https:// (or http://) address: empty is null. */
export function optionalUrl() {
  return z
    .string(msg('urlType'))
    .trim()
    .max(URL_MAX_LENGTH, URL_TOO_LONG)
    .nullish()
    .transform((v) => (v ? v : null))
    .pipe(z.httpUrl(msg('urlHttps')).nullable());
}

/** The content version the form was loaded with (lib/server/actions/section-save.ts). */
export const versionField = () => z.int({ error: FORM_UNREADABLE }).min(0, FORM_UNREADABLE);
export const memberIdField = () => z.uuid({ error: msg('memberInvalid') });

// --- Money ------------------------------------------------------------------------------

function nokFromNumber(kroner: number): NokParseResult {
  if (!Number.isFinite(kroner)) return { ok: false, message: NOK_FORMAT_MESSAGE };
  if (kroner < 0) return { ok: false, message: NOK_NEGATIVE_MESSAGE };
  // String(x) is the shortest exact decimal form, so 0.1 + 0.2 style noise cannot sneak in.
  const text = String(kroner);
  if (text.includes('e')) return { ok: false, message: kroner >= 1 ? NOK_TOO_LARGE_MESSAGE : NOK_DECIMALS_MESSAGE };
  return parseNok(text);
}

/**
 * An amount typed in kroner (text, or a number of kroner from a script); the output is
 * whole øre, or null when left empty. With requiredMessage, empty is refused.
 */
export function nokToOre(options: { requiredMessage?: string } = {}) {
  return z
    .union([z.string(), z.number()], { error: NOK_FORMAT_MESSAGE })
    .nullable()
    .optional()
    .transform((value, ctx): number | null => {
      const parsed =
        value === undefined || value === null ? ({ ok: true, ore: null } as const) : typeof value === 'number' ? nokFromNumber(value) : parseNok(value);
      if (!parsed.ok) {
        ctx.addIssue({ code: 'custom', message: parsed.message });
        return z.NEVER;
      }
      if (parsed.ore === null && options.requiredMessage) {
        ctx.addIssue({ code: 'custom', message: options.requiredMessage });
        return z.NEVER;
      }
      return parsed.ore;
    });
}

/** Øre -> what the kroner field shows: 125000050 -> "1 250 000,50", 100000000 -> "1 000 000". */
export function oreToKronerText(ore: number | null): string {
  if (ore === null) return '';
  const whole = Math.trunc(ore / 100);
  const cents = Math.abs(ore % 100);
  const grouped = new Intl.NumberFormat('nb-NO', { useGrouping: true }).format(whole).replace(SPACES, ' ');
  return cents === 0 ? grouped : `${grouped},${String(cents).padStart(2, '0')}`;
}

// --- Plain numbers ----------------------------------------------------------------------

export interface NumberFieldOptions {
  min?: number;
  max?: number;
  integer?: boolean;
  /** Decimals allowed when not an integer (default 2). */
  maxDecimals?: number;
  /** What is wrong, as one sentence naming the field (a message reference, ../reference.ts). */
  invalid: string;
  /** Shown when the value is outside [min, max]; defaults to invalid. */
  range?: string;
  /** With this, empty is refused with this message. */
  requiredMessage?: string;
}

function decimalsOf(value: number): number {
  const [mantissa = '', exponent = '0'] = String(value).split('e');
  const fraction = mantissa.split('.')[1] ?? '';
  return Math.max(0, fraction.length - Number(exponent));
}

function numberTransform(options: NumberFieldOptions) {
  return (value: NumberInput, ctx: z.RefinementCtx): number | null => {
    const n = value === undefined || value === null ? null : typeof value === 'number' ? value : parseNumberNb(value);
    if (n === null) {
      if (options.requiredMessage) {
        ctx.addIssue({ code: 'custom', message: options.requiredMessage });
        return z.NEVER;
      }
      return null;
    }
    const maxDecimals = options.integer ? 0 : (options.maxDecimals ?? 2);
    if (!Number.isFinite(n) || decimalsOf(n) > maxDecimals) {
      ctx.addIssue({ code: 'custom', message: options.invalid });
      return z.NEVER;
    }
    if ((options.min !== undefined && n < options.min) || (options.max !== undefined && n > options.max)) {
      ctx.addIssue({ code: 'custom', message: options.range ?? options.invalid });
      return z.NEVER;
    }
    return n;
  };
}

/** A number typed the Norwegian way; null when empty (unless requiredMessage is given). */
export function numberField(options: NumberFieldOptions) {
  return z
    .union([z.string(), z.number()], { error: options.invalid })
    .nullable()
    .optional()
    .transform(numberTransform(options));
}

/** Like numberField, but empty is refused, so the output is always a number. */
export function requiredNumberField(options: NumberFieldOptions & { requiredMessage: string }) {
  return numberField(options).transform((n) => n ?? 0);
}

/**
 * A percentage between 0 and 100 with up to four decimals (shares like 33,3333 %); `invalid`
 * names the field, e.g. msg('fixedSharePercent').
 */
export function percentField(invalid: string) {
  return numberField({ min: 0, max: 100, maxDecimals: 4, invalid });
}

/** Number -> what a number field shows: 33.5 -> "33,5"; integers grouped: 113737 -> "113 737". */
export function numberToText(value: number | null): string {
  if (value === null) return '';
  return new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 4, useGrouping: Number.isInteger(value) })
    .format(value)
    .replace(SPACES, ' ')
    .replace('−', '-');
}

// --- Dates ------------------------------------------------------------------------------

export const DATE_MESSAGE = msg('date');

/** A calendar day from a date input (YYYY-MM-DD) or typed as dd.mm.åååå; empty -> null. */
export function optionalIsoDate(message = DATE_MESSAGE) {
  return z
    .string({ error: message })
    .trim()
    .nullable()
    .optional()
    .transform((value, ctx): string | null => {
      if (value === undefined || value === null || value === '') return null;
      const nb = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
      const iso = nb ? `${nb[3]}-${nb[2]!.padStart(2, '0')}-${nb[1]!.padStart(2, '0')}` : value;
      if (!isIsoDate(iso)) {
        ctx.addIssue({ code: 'custom', message });
        return z.NEVER;
      }
      return iso;
    });
}
