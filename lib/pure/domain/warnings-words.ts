// The words of the early warnings (warnings.ts) in one language: the catalogue namespace
// `varsel` (nb, nn, en), bokmål by default. A rule states its facts as catalogue references
// with language-neutral values (names, ISO dates, numbers, nested references), so a warning
// stored as codes (a dashboard summary, a closed round's results) can be worded again in the
// reader's language; wordFact turns one reference into a sentence.
import { createTranslator } from 'use-intl/core';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import type { Locale } from '@/lib/pure/i18n/locales';
import { fillTemplate } from '@/lib/pure/i18n/template';
import { formatDate } from '@/lib/pure/format';
import { formatShareTotal, type CostShareErrorCode } from './cost-shares';
import type { IsoDate } from './iso-date';
import { joinList, joinNb } from './nb-text';

/** A value in a fact: text as is (names, titles), a number, or something worded per language. */
export type FactValue =
  | string
  | number
  | { date: IsoDate }
  /** A decimal with at most `digits` fraction digits (1 unless given), in the language's digits. */
  | { decimal: number; digits?: number }
  /** A list joined with the language's "and"; beyond `max` items, "… and N more". */
  | { list: FactValue[]; max?: number }
  | WarningFact;

/** A sentence of the `varsel` namespace with its values. */
export interface WarningFact {
  key: string;
  values?: Record<string, FactValue>;
}

/** The reference for a cost-share error (cost-shares.ts): worded with the innramming page's own messages. */
export const COST_SHARE_FACT = '@costShare';

/** The `varsel` namespace in one language. */
export interface WarningWords {
  locale: Locale;
  t: (key: string, values?: Record<string, string | number>) => string;
}

const translators = new Map<Locale, WarningWords>();

/** The warnings' words in a language, from the catalogue (server pages pass getLocale()). */
export function warningWords(locale: Locale = 'nb'): WarningWords {
  let words = translators.get(locale);
  if (!words) {
    const t = createTranslator({ locale, messages: CATALOGUES[locale], namespace: 'varsel' });
    words = { locale, t: (key, values) => (t as unknown as WarningWords['t'])(key, values) };
    translators.set(locale, words);
  }
  return words;
}

export const BOKMAAL_WARNING_WORDS: WarningWords = warningWords('nb');

/** A fact reference in a rule: `fact('regel.x.y.name', { ... })`. */
export const fact = (key: string, values?: Record<string, FactValue>): WarningFact => (values ? { key, values } : { key });

function isFact(value: FactValue): value is WarningFact {
  return typeof value === 'object' && 'key' in value;
}

function wordValue(value: FactValue, words: WarningWords): string | number {
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (isFact(value)) return wordFact(value, words);
  if ('date' in value) return formatDate(value.date, words.locale);
  if ('decimal' in value) {
    return new Intl.NumberFormat(words.locale === 'en' ? 'en-GB' : `${words.locale}-NO`, { maximumFractionDigits: value.digits ?? 1 }).format(value.decimal);
  }
  const items = value.list.map((item) => String(wordValue(item, words)));
  const join = (xs: string[]) => (words.locale === 'nb' ? joinNb(xs) : joinList(xs, words.locale));
  if (value.max === undefined || items.length <= value.max) return join(items);
  return words.t('more', { list: items.slice(0, value.max).join(', '), count: items.length - value.max });
}

/** One fact as a sentence in the words' language. */
export function wordFact(ref: WarningFact, words: WarningWords = BOKMAAL_WARNING_WORDS): string {
  const values = Object.fromEntries(Object.entries(ref.values ?? {}).map(([name, v]) => [name, wordValue(v, words)]));
  if (ref.key === COST_SHARE_FACT) {
    const code = String(values.code) as CostShareErrorCode;
    const total = ref.values?.total;
    const template = CATALOGUES[words.locale].innramming.form.table.errors[code];
    return fillTemplate(template, { names: values.names ?? '', total: typeof total === 'number' ? formatShareTotal(total, words.locale) : '' });
  }
  return words.t(ref.key, values);
}

/** A rule's title or advice (`varsel.regel.<rule id>.title|advice`). */
export function ruleText(id: string, part: 'title' | 'advice', words: WarningWords = BOKMAAL_WARNING_WORDS): string {
  return words.t(`regel.${id}.${part}`);
}

/** A fact of one rule: `ruleFacts('kostnad.fordelingsnokkel')('noKey')`. */
export const ruleFacts =
  (id: string) =>
  (name: string, values?: Record<string, FactValue>): WarningFact =>
    fact(`regel.${id}.${name}`, values);
