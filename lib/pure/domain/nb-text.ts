// Small helpers for Norwegian (bokmål) sentences built by the domain modules, and joinList
// for a list in the reader's language.
import type { Locale } from '@/lib/pure/i18n/locales';

/** "A", "A og B", "A, B og C" — the Norwegian list without an Oxford comma. */
export function joinNb(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} og ${items[items.length - 1]}`;
}

const LIST_LOCALE: Readonly<Record<Locale, string>> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };
const listFormats = new Map<Locale, Intl.ListFormat>();

/**
 * A list in the reader's language (Intl.ListFormat): "A, B og C" in bokmål and nynorsk, as
 * joinNb; "A, B and C" in (British) English.
 */
export function joinList(items: readonly string[], locale: Locale = 'nb'): string {
  let format = listFormats.get(locale);
  if (!format) {
    format = new Intl.ListFormat(LIST_LOCALE[locale], { style: 'long', type: 'conjunction' });
    listFormats.set(locale, format);
  }
  return format.format(items);
}

/** Up to `max` items and a count of the rest, so a fact stays one readable sentence. */
export function joinSome(items: readonly string[], max = 5): string {
  if (items.length <= max) return joinNb(items);
  return `${items.slice(0, max).join(', ')} og ${items.length - max} til`;
}

/** «title» — Norwegian quotation marks around a case or goal title. */
export const quoted = (text: string) => `«${text}»`;

/** A decimal number the Norwegian way (comma), without grouping surprises in short facts. */
export function formatNumberNb(value: number, maxFractionDigits = 1): string {
  return new Intl.NumberFormat('nb-NO', { maximumFractionDigits: maxFractionDigits }).format(value);
}

/** True when a free-text field holds something other than whitespace. */
export function hasText(value: string | null | undefined): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

/** "1 måned", "3 måneder": the count with the right noun form. */
export function countNb(n: number, singular: string, plural: string): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** The lower-case ASCII words of a text: æøå as ae, o and a, other accents and punctuation dropped. */
export function asciiWords(text: string): string[] {
  return text
    .toLocaleLowerCase('nb')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * A name as a file-name part: its ASCII words joined by hyphens (some mail clients and archive
 * systems mangle anything else); `fallback` when nothing is left.
 */
export function fileSlug(name: string, fallback: string): string {
  return asciiWords(name).join('-') || fallback;
}
