// The words of the structural legitimacy indicators (catalogue namespace `legitimitetstekst`):
// labels and explanations by indicator id, and every fact and cap reason as a code (a catalogue
// key with its values) beside the sentence. The scoring modules build facts as LegitimacyText,
// word them in the language they are given (bokmål by default), and keep the codes on the
// indicator, so a page can word a stored indicator (a closed round's structural details, a
// summary) again in its own language. Stored indicators from before the codes have only
// their bokmål sentences; wordedIndicator says so, and the page marks them lang="nb".
// Server-side only: it brings the catalogues with it.
import { createTranslator } from 'use-intl/core';
import { formatDate } from '@/lib/pure/format';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import type { Locale } from '@/lib/pure/i18n/locales';
import { joinWith } from '@/lib/pure/i18n/template';
import type { IsoDate } from './iso-date';
import type { Indicator, ScoreCap } from './legitimacy';
import { indicatorLabel, isIndicatorId } from './legitimacy-indicators';

const bokmaalT = createTranslator({ locale: 'nb', messages: CATALOGUES.nb, namespace: 'legitimitetstekst' });
/** The `legitimitetstekst` namespace in one language: `await getTranslations('legitimitetstekst')` on a page. */
export type LegitimacyT = typeof bokmaalT;
export type LegitimacyKey = Parameters<LegitimacyT>[0];

/** The translator and the language (dates are formatted for it). */
export interface LegitimacyWords {
  t: LegitimacyT;
  locale: Locale;
}

const catalogueWords = new Map<Locale, LegitimacyWords>();

/** The words of one language from the catalogue (made once per language), or from the page's translator when given. */
export function legitimacyWords(locale: Locale, t?: LegitimacyT): LegitimacyWords {
  if (t) return { locale, t };
  let words = catalogueWords.get(locale);
  if (!words) {
    words = { locale, t: locale === 'nb' ? bokmaalT : createTranslator({ locale, messages: CATALOGUES[locale], namespace: 'legitimitetstekst' }) };
    catalogueWords.set(locale, words);
  }
  return words;
}

export const BOKMAAL_LEGITIMACY: LegitimacyWords = { t: bokmaalT, locale: 'nb' };

/**
 * A value inside a text: a plain string (a name, user data) or number; a calendar day, worded
 * per language; a list joined with the language's «og» (after `max` items: «og 3 til»); or
 * another text of the namespace (a quoted goal, a mandate level).
 */
export type TextValue = string | number | { date: IsoDate } | { list: TextValue[]; max?: number } | LegitimacyText;

/** A sentence as its code: a `legitimitetstekst` key and the values it needs (JSON, so it can be stored). */
export interface LegitimacyText {
  key: string;
  values?: Record<string, TextValue>;
}

export const text = (key: LegitimacyKey, values?: Record<string, TextValue>): LegitimacyText => (values ? { key, values } : { key });
export const dateValue = (date: IsoDate) => ({ date });
export const list = (items: TextValue[], max?: number) => (max === undefined ? { list: items } : { list: items, max });
/** A title in the language's quotation marks (« » in Norwegian). */
export const quotedText = (value: string) => text('quoted', { text: value });

function valueIn(value: TextValue, w: LegitimacyWords): string | number {
  if (typeof value === 'string' || typeof value === 'number') return value;
  if ('date' in value) return formatDate(value.date, w.locale);
  if ('list' in value) {
    const items = value.list.map((item) => String(valueIn(item, w)));
    if (value.max === undefined || items.length <= value.max) return joinWith(items, w.t('and'));
    return w.t('more', { items: items.slice(0, value.max).join(', '), count: items.length - value.max });
  }
  return wordText(value, w);
}

/** The sentence of a code in one language (bokmål by default). */
export function wordText(code: LegitimacyText, w: LegitimacyWords = BOKMAAL_LEGITIMACY): string {
  const values = Object.fromEntries(Object.entries(code.values ?? {}).map(([name, v]) => [name, valueIn(v, w)]));
  return (w.t as unknown as (key: string, values?: Record<string, string | number>) => string)(code.key, values);
}

/** Whether a stored code can be worded: a key of the namespace (a later rename leaves the stored sentence). */
export function knownText(code: unknown): code is LegitimacyText {
  return typeof code === 'object' && code !== null && typeof (code as LegitimacyText).key === 'string' && bokmaalT.has((code as LegitimacyText).key as LegitimacyKey);
}

/** An indicator from its fixed part, its value and its facts as codes, worded in `w`. */
export function indicatorWith(
  base: { id: string; label: string; weight: number },
  value: number | null,
  texts: LegitimacyText[],
  w: LegitimacyWords,
): Indicator {
  return { ...base, value, facts: texts.map((code) => wordText(code, w)), texts };
}

/** A part of a stored indicator in the reader's language, or as stored (bokmål) with `nb` set. */
export interface WordedPart {
  text: string;
  /** True when the text is the stored bokmål one (no code to word it by): mark it lang="nb". */
  nb: boolean;
}

/**
 * An indicator (computed now or stored with a closed round or a summary) in the reader's
 * language: the label by its id, the facts by their codes. What has no code is given as stored,
 * flagged `nb` unless the reader reads bokmål anyway.
 */
export function wordedIndicator(indicator: Indicator, w: LegitimacyWords = BOKMAAL_LEGITIMACY): { label: WordedPart; facts: WordedPart[] } {
  const stored = (value: string): WordedPart => ({ text: value, nb: w.locale !== 'nb' });
  const label = isIndicatorId(indicator.id) ? { text: indicatorLabel(indicator.id, w), nb: false } : stored(indicator.label);
  const codes = indicator.texts;
  const worded = Array.isArray(codes) && codes.length === indicator.facts.length && codes.every(knownText);
  return { label, facts: worded ? codes.map((code) => ({ text: wordText(code, w), nb: false })) : indicator.facts.map(stored) };
}

/** A cap's reason in the reader's language; as stored (bokmål, flagged) without a code. */
export function wordedCap(cap: ScoreCap, w: LegitimacyWords = BOKMAAL_LEGITIMACY): WordedPart {
  return knownText(cap.text) ? { text: wordText(cap.text, w), nb: false } : { text: cap.reason, nb: w.locale !== 'nb' };
}
