// Cost sharing (kostnadsfordeling): each member's share and amount from the cost key.
// Shares are whole basis points and amounts whole øre, apportioned with the largest-remainder
// (Hamilton) method so they always add up to exactly 100 % and to the budget. Arithmetic is
// in BigInt because budget x population overflows a double's exact integer range.

import type { CostKey, Member } from './dossier';
import { fillTemplate, joinWith } from '@/lib/pure/i18n/template';
import { joinNb } from './nb-text';

export type CostShareMember = Pick<Member, 'id' | 'name' | 'population' | 'usage' | 'fixedSharePercent'>;

export interface CostShare {
  memberId: string;
  /** 1/100 of a percent; all members together make exactly 10 000. */
  shareBasisPoints: number;
  /** For display only; compute with shareBasisPoints. */
  sharePercent: number;
  /** Whole øre; all members together make exactly the budget. */
  amountOre: number;
}

export type CostShareErrorCode =
  | 'no_members'
  | 'no_cost_key'
  | 'no_budget'
  | 'invalid_budget'
  | 'missing_population'
  | 'invalid_population'
  | 'zero_population'
  | 'missing_usage'
  | 'invalid_usage'
  | 'zero_usage'
  | 'missing_fixed_share'
  | 'invalid_fixed_share'
  | 'fixed_shares_not_100'
  | 'invalid_fixed_part';

export interface CostShareError {
  ok: false;
  code: CostShareErrorCode;
  /** A sentence a municipal employee understands. */
  message: string;
  /** The members the message is about (empty when it concerns the whole key). */
  memberIds: string[];
  /** fixed_shares_not_100: what the fixed shares add up to, for a message in another language. */
  total?: number;
}

export type CostShareResult = { ok: true; shares: CostShare[] } | CostShareError;

export const BASIS_POINTS_TOTAL = 10_000;

export function computeCostShares(
  members: readonly CostShareMember[],
  costKey: CostKey | null,
  budgetOre: number | null,
): CostShareResult {
  if (members.length === 0) {
    return fail('no_members', 'Samarbeidet har ingen deltakere å fordele kostnadene på.');
  }
  if (!costKey) return fail('no_cost_key', 'Fordelingsnøkkel er ikke valgt.');
  if (budgetOre === null) return fail('no_budget', 'Budsjettet er ikke fastsatt.');
  if (!Number.isSafeInteger(budgetOre) || budgetOre < 0) {
    return fail('invalid_budget', 'Budsjettet må være et helt antall øre, null eller mer.');
  }
  const weights = weightsFor(members, costKey);
  if (!Array.isArray(weights)) return weights;
  const basisPoints = apportion(BigInt(BASIS_POINTS_TOTAL), weights);
  // Amounts come from the weights, not from the rounded basis points, so equal members
  // pay equal amounts (±1 øre) however large the budget.
  const amounts = apportion(BigInt(budgetOre), weights);
  return {
    ok: true,
    shares: members.map((m, i) => {
      const bp = Number(basisPoints[i]);
      return { memberId: m.id, shareBasisPoints: bp, sharePercent: bp / 100, amountOre: Number(amounts[i]) };
    }),
  };
}

function weightsFor(members: readonly CostShareMember[], key: CostKey): bigint[] | CostShareError {
  switch (key.kind) {
    case 'likt':
      return members.map(() => 1n);
    case 'innbyggere':
      return populationWeights(members);
    case 'bruk':
      return usageWeights(members);
    case 'faste_andeler':
      return fixedShareWeights(members);
    case 'fast_og_innbyggere':
      return mixedWeights(members, key.fixedPartPercent);
  }
}

function populationWeights(members: readonly CostShareMember[]): bigint[] | CostShareError {
  const missing = members.filter((m) => m.population === null);
  if (missing.length > 0) {
    return fail('missing_population', `Innbyggertall mangler for ${names(missing)}.`, missing);
  }
  const invalid = members.filter((m) => !Number.isSafeInteger(m.population) || (m.population ?? 0) < 0);
  if (invalid.length > 0) {
    return fail('invalid_population', `Innbyggertallet må være et helt tall, null eller mer, for ${names(invalid)}.`, invalid);
  }
  const weights = members.map((m) => BigInt(m.population ?? 0));
  if (sum(weights) === 0n) {
    return fail('zero_population', 'Deltakerne har til sammen 0 innbyggere, så kostnadene kan ikke fordeles etter innbyggertall.');
  }
  return weights;
}

function usageWeights(members: readonly CostShareMember[]): bigint[] | CostShareError {
  const missing = members.filter((m) => m.usage === null);
  if (missing.length > 0) return fail('missing_usage', `Bruksmengde mangler for ${names(missing)}.`, missing);
  const invalid = members.filter((m) => !isNonNegative(m.usage));
  if (invalid.length > 0) {
    return fail('invalid_usage', `Bruksmengden må være null eller mer for ${names(invalid)}.`, invalid);
  }
  const { scaled } = toScaledIntegers(members.map((m) => m.usage ?? 0));
  if (sum(scaled) === 0n) {
    return fail('zero_usage', 'Samlet bruk er 0, så kostnadene kan ikke fordeles etter bruk.');
  }
  return scaled;
}

function fixedShareWeights(members: readonly CostShareMember[]): bigint[] | CostShareError {
  const missing = members.filter((m) => m.fixedSharePercent === null);
  if (missing.length > 0) {
    return fail('missing_fixed_share', `Fast andel mangler for ${names(missing)}.`, missing);
  }
  const invalid = members.filter((m) => !isNonNegative(m.fixedSharePercent) || (m.fixedSharePercent ?? 0) > 100);
  if (invalid.length > 0) {
    return fail('invalid_fixed_share', `Den faste andelen må være mellom 0 og 100 % for ${names(invalid)}.`, invalid);
  }
  const values = members.map((m) => m.fixedSharePercent ?? 0);
  // Scale the shares and 100 together so "sums to exactly 100" is an exact integer test.
  const { scaled } = toScaledIntegers([...values, 100]);
  const hundred = scaled.pop() ?? 0n;
  if (sum(scaled) !== hundred) {
    const total = values.reduce((a, b) => a + b, 0);
    const shown = formatShareTotal(total);
    return { ...fail('fixed_shares_not_100', `De faste andelene er til sammen ${shown} %, men må være nøyaktig 100 %.`), total };
  }
  return scaled;
}

function mixedWeights(members: readonly CostShareMember[], fixedPartPercent: number | null): bigint[] | CostShareError {
  if (fixedPartPercent === null || !isNonNegative(fixedPartPercent) || fixedPartPercent > 100) {
    return fail('invalid_fixed_part', 'Oppgi hvor mange prosent av budsjettet som skal deles likt (mellom 0 og 100).');
  }
  const { scaled } = toScaledIntegers([fixedPartPercent, 100]);
  const [fixed = 0n, hundred = 1n] = scaled;
  // Everything shared equally: population figures are then irrelevant.
  if (fixed === hundred) return members.map(() => 1n);
  const populations = populationWeights(members);
  if (!Array.isArray(populations)) return populations;
  // weight_i = f/n + (1-f)·pop_i/P, multiplied through by 100·n·P to stay in integers.
  const n = BigInt(members.length);
  const total = sum(populations);
  return populations.map((p) => fixed * total + (hundred - fixed) * n * p);
}

/**
 * Largest remainder (Hamilton): floor every quota, then hand the units still missing to
 * the largest remainders; equal remainders go to the member listed first.
 */
export function apportion(total: bigint, weights: readonly bigint[]): bigint[] {
  const weightSum = sum(weights);
  if (weightSum <= 0n) throw new RangeError('apportion needs a positive weight sum');
  const floors = weights.map((w) => (total * w) / weightSum);
  const remainders = weights.map((w) => (total * w) % weightSum);
  let left = total - sum(floors);
  const order = weights.map((_, i) => i);
  order.sort((a, b) => {
    const ra = remainders[a] ?? 0n;
    const rb = remainders[b] ?? 0n;
    return ra === rb ? a - b : rb > ra ? 1 : -1;
  });
  for (const i of order) {
    if (left <= 0n) break;
    floors[i] = (floors[i] ?? 0n) + 1n;
    left -= 1n;
  }
  return floors;
}

/** Exact decimal scaling: [1.5, 2.25] -> [150n, 225n]; uses each number's shortest decimal form. */
export function toScaledIntegers(values: readonly number[]): { scaled: bigint[]; exponent: number } {
  const decimals = values.map(decimalParts);
  const exponent = Math.min(0, ...decimals.map((d) => d.exponent));
  return {
    scaled: decimals.map((d) => d.digits * 10n ** BigInt(d.exponent - exponent)),
    exponent,
  };
}

function decimalParts(value: number): { digits: bigint; exponent: number } {
  const [mantissa = '0', exp = '0'] = String(value).split('e');
  const [whole = '0', fraction = ''] = mantissa.split('.');
  return { digits: BigInt(whole + fraction), exponent: Number(exp) - fraction.length };
}

function isNonNegative(value: number | null): boolean {
  return value !== null && Number.isFinite(value) && value >= 0;
}

function sum(values: readonly bigint[]): bigint {
  return values.reduce((a, b) => a + b, 0n);
}

function names(members: readonly CostShareMember[]): string {
  return joinNb(members.map((m) => m.name));
}

function fail(code: CostShareErrorCode, message: string, members: readonly CostShareMember[] = []): CostShareError {
  return { ok: false, code, message, memberIds: members.map((m) => m.id) };
}

/** Intl's name of each language (lib/pure/i18n/locales); bokmål when left out. */
type FormatLocale = 'nb' | 'nn' | 'en';
const INTL_LOCALE: Readonly<Record<FormatLocale, string>> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

const nokFormats = new Map<FormatLocale, Intl.NumberFormat>();
const percentFormats = new Map<FormatLocale, Intl.NumberFormat>();

function nokFormat(locale: FormatLocale): Intl.NumberFormat {
  let f = nokFormats.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(INTL_LOCALE[locale], { style: 'currency', currency: 'NOK', minimumFractionDigits: 2, maximumFractionDigits: 2 });
    nokFormats.set(locale, f);
  }
  return f;
}

/** The sum of fixed shares in a message: up to four decimals, in the language's digits. */
export function formatShareTotal(total: number, locale: FormatLocale = 'nb'): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: 4 }).format(total);
}

/** 123456789 øre -> "1 234 567,89 kr" (nb-NO: non-breaking spaces, comma decimal); "NOK 1,234,567.89" in English. */
export function formatNok(ore: number, locale: FormatLocale = 'nb'): string {
  // A decimal string, not ore / 100: the division is inexact for large sums, the string is not.
  const whole = BigInt(Math.round(ore));
  const abs = whole < 0n ? -whole : whole;
  const kroner = `${whole < 0n ? '-' : ''}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
  return nokFormat(locale).format(kroner as `${number}`);
}

/** 3334 basis points -> "33,34 %"; 5000 -> "50 %" ("33.34%" in English). */
export function formatPercent(basisPoints: number, locale: FormatLocale = 'nb'): string {
  let f = percentFormats.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(INTL_LOCALE[locale], { style: 'percent', maximumFractionDigits: 2 });
    percentFormats.set(locale, f);
  }
  return f.format(basisPoints / BASIS_POINTS_TOTAL);
}

/**
 * The error in the page's language without the translation runtime (the cost table is a client
 * component): `templates` holds one message per code with {names} and {total}, `and` joins
 * the members' names.
 */
export function costShareErrorText(
  error: CostShareError,
  templates: Readonly<Record<CostShareErrorCode, string>>,
  members: readonly { id: string; name: string }[],
  and: string,
  locale: FormatLocale = 'nb',
): string {
  const byId = new Map(members.map((m) => [m.id, m.name]));
  const names = error.memberIds.map((id) => byId.get(id) ?? id);
  return fillTemplate(templates[error.code], { names: joinWith(names, and), total: error.total === undefined ? '' : formatShareTotal(error.total, locale) });
}
