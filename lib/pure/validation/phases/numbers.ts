// Kroner and numbers as people write them, without zod: the schemas and the forms in the browser read them alike.
import { msg } from '@/lib/pure/validation/reference';

export const NOK_FORMAT_MESSAGE = msg('nokFormat');
export const NOK_NEGATIVE_MESSAGE = msg('nokNegative');
export const NOK_DECIMALS_MESSAGE = msg('nokDecimals');
export const NOK_TOO_LARGE_MESSAGE = msg('nokTooLarge');

/** 100 milliarder kroner: far above any cooperation's budget, far below float trouble. */
export const MAX_ORE = 10_000_000_000_000;

export type NokParseResult = { ok: true; ore: number | null } | { ok: false; message: string };

export const SPACES = /[\s\u00a0\u202f\u2009]/g;
const THOUSANDS_WITH_DOTS = /^\d{1,3}(\.\d{3})+$/;

/**
 * Kroner as people write them -> whole øre. Accepts "1 250 000,50", "1.250.000,50",
 * "1250000.50", "kr 1 250 000,-" and "1 250 000 kr". A lone dot followed by three digits
 * groups thousands ("1.250" is 1 250 kr), because a price never has three decimals.
 * Empty text is null; the caller decides whether that is allowed.
 */
export function parseNok(text: string): NokParseResult {
  let s = text.replace(SPACES, '').replace(/^(kr|nok)/i, '').replace(/(kr|nok)\.?$/i, '');
  if (s === '') return { ok: true, ore: null };
  if (/^[-−]/.test(s)) return { ok: false, message: NOK_NEGATIVE_MESSAGE };
  if (!/\d/.test(s)) return { ok: false, message: NOK_FORMAT_MESSAGE };
  s = s.replace(/[,.]-$/, '');
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  let whole: string;
  let fraction = '';
  if (lastComma >= 0 && lastDot >= 0) {
    // Both present: the later one is the decimal mark, the other groups thousands.
    const decimalAt = Math.max(lastComma, lastDot);
    const grouping = lastComma > lastDot ? '.' : ',';
    whole = s.slice(0, decimalAt).split(grouping).join('');
    fraction = s.slice(decimalAt + 1);
  } else if (lastComma >= 0) {
    [whole = '', fraction = ''] = s.split(',', 2);
    if (s.indexOf(',') !== lastComma) return { ok: false, message: NOK_FORMAT_MESSAGE };
  } else if (lastDot >= 0) {
    if (THOUSANDS_WITH_DOTS.test(s)) {
      whole = s.split('.').join('');
    } else {
      if (s.indexOf('.') !== lastDot) return { ok: false, message: NOK_FORMAT_MESSAGE };
      [whole = '', fraction = ''] = s.split('.', 2);
    }
  } else {
    whole = s;
  }
  if (whole === '') whole = '0';
  if (!/^\d+$/.test(whole) || !/^\d*$/.test(fraction)) return { ok: false, message: NOK_FORMAT_MESSAGE };
  if (fraction.length > 2) return { ok: false, message: NOK_DECIMALS_MESSAGE };
  const ore = BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0') || '0');
  if (ore > BigInt(MAX_ORE)) return { ok: false, message: NOK_TOO_LARGE_MESSAGE };
  return { ok: true, ore: Number(ore) };
}

/** "33,5", "33.5", "113 737", "50 %" -> number; NaN when not a number. Empty -> null. */
export function parseNumberNb(text: string): number | null {
  const s = text.replace(SPACES, '').replace(/%$/, '').replace(',', '.');
  if (s === '') return null;
  return /^-?(\d+\.?\d*|\.\d+)$/.test(s) ? Number(s) : Number.NaN;
}
