// next-intl's message formatter ('use-intl/format-message'), made cheap per call. next.config.js
// points that module name here (turbopack's resolveAlias, which reaches into next-intl's own
// imports too), so every t() of the built app goes through it. Unit tests, which load
// next-intl untouched, use the library's.
//
// Why: the library keys its cache of compiled messages with JSON.stringify of all its arguments,
// date and number formats included, on every call. A register page of 50 rows makes some 1,200
// such calls: 30 ms of a request's CPU went there (profile of /register/0301, national dataset).
// Here:
// - a message whose only placeholders are plain {name} arguments, given strings or numbers, is
//   filled in directly: intl-messageformat writes such an argument as String(value) too;
// - any other message (plural, select, number and date arguments, rich text, ICU quoting) is
//   compiled once per language, formats and message, and kept; formatted as the library does.
// format-message.test.ts holds the output equal to the library's for every message of the
// three catalogues.
import { IntlMessageFormat, type Formats as IntlFormats, type Formatters as MessageFormatters } from 'intl-messageformat';
import { isValidElement, type ReactNode } from 'react';
import type { Formats, RichTranslationValues } from 'use-intl';

/** What is used of use-intl's per-request Intl formatters (memoized constructors). */
type Formatters = Pick<MessageFormatters, 'getNumberFormat' | 'getPluralRules' | 'getDateTimeFormat'>;

export interface FormatOptions {
  cache: unknown;
  formatters: Formatters;
  globalFormats?: Formats;
  formats?: Formats;
  locale: string;
  timeZone?: string;
}

type Part = string | { arg: string };

// A message is «plain» when every brace is a {name} argument and nothing is quoted or tagged.
const QUOTED = /'[{}<#|']/;
const ARGUMENT = /\{\s*([A-Za-z_][\w]*)\s*\}/g;

/** The message split into text and {name} arguments, or null when it needs the ICU compiler. */
export function plainParts(message: string): Part[] | null {
  if (QUOTED.test(message) || message.includes('<')) return null;
  const parts: Part[] = [];
  let at = 0;
  for (const match of message.matchAll(ARGUMENT)) {
    const text = message.slice(at, match.index);
    if (text.includes('{') || text.includes('}')) return null;
    if (text) parts.push(text);
    parts.push({ arg: match[1]! });
    at = match.index + match[0].length;
  }
  const rest = message.slice(at);
  if (rest.includes('{') || rest.includes('}')) return null;
  if (rest) parts.push(rest);
  return parts;
}

// Bounded by the catalogues (some 12,000 messages in three languages); the cap only guards
// against a caller that formats messages it builds itself.
const MAX_ENTRIES = 50_000;
const plainCache = new Map<string, Part[] | null>();
const compiledCache = new Map<string, IntlMessageFormat>();
const formatsKeys = new WeakMap<object, string>();

function remember<V>(cache: Map<string, V>, key: string, make: () => V): V {
  const known = cache.get(key);
  if (known !== undefined || cache.has(key)) return known as V;
  const made = make();
  if (cache.size >= MAX_ENTRIES) cache.clear();
  cache.set(key, made);
  return made;
}

function fillPlain(parts: Part[], values: RichTranslationValues | undefined): string | null {
  let out = '';
  for (const part of parts) {
    if (typeof part === 'string') {
      out += part;
      continue;
    }
    const value = values?.[part.arg];
    if (typeof value === 'string') out += value;
    else if (typeof value === 'number') out += String(value);
    else return null; // missing, a function (rich text), a date …: the compiler's way
  }
  return out;
}

function keyOf(formats: Formats | undefined): string {
  if (!formats) return '';
  let key = formatsKeys.get(formats);
  if (key === undefined) {
    key = JSON.stringify(formats);
    formatsKeys.set(formats, key);
  }
  return key;
}

// The library's conversion of next-intl's formats into intl-messageformat's (use-intl 4).
function messageFormats(globalFormats: Formats | undefined, formats: Formats | undefined, timeZone: string | undefined): Partial<IntlFormats> {
  const dateTime = { ...globalFormats?.dateTime, ...formats?.dateTime };
  const all: Record<'date' | 'time' | 'number', Record<string, object>> = {
    date: { ...IntlMessageFormat.formats.date, ...dateTime },
    time: { ...IntlMessageFormat.formats.time, ...dateTime },
    number: { ...globalFormats?.number, ...formats?.number },
  };
  if (timeZone) {
    for (const kind of ['date', 'time'] as const) {
      for (const [name, options] of Object.entries(all[kind])) all[kind][name] = { timeZone, ...options };
    }
  }
  return all as Partial<IntlFormats>;
}

function compiled(message: string, options: FormatOptions): IntlMessageFormat {
  const { locale, timeZone, globalFormats, formats, formatters } = options;
  const key = `${locale}\u0001${timeZone ?? ''}\u0001${keyOf(globalFormats)}\u0001${keyOf(formats)}\u0001${message}`;
  return remember(compiledCache, key, () => {
    const intlFormatters: Formatters = {
      getNumberFormat: formatters.getNumberFormat,
      getPluralRules: formatters.getPluralRules,
      getDateTimeFormat: (locales, o) => formatters.getDateTimeFormat(locales, { ...o, timeZone: o?.timeZone ?? timeZone }),
    };
    return new IntlMessageFormat(message, locale, messageFormats(globalFormats, formats, timeZone), { formatters: intlFormatters });
  });
}

/** The same contract as use-intl's format-message: the message formatted, or an error thrown. */
function formatMessage(key: string, message: unknown, values: RichTranslationValues | undefined, options: FormatOptions): ReactNode {
  if (Array.isArray(message)) throw new Error(`INVALID_MESSAGE: ${key}`);
  if (typeof message === 'object' && message !== null) throw new Error(`INSUFFICIENT_PATH: ${key}`);
  if (typeof message !== 'string') throw new Error(`INVALID_MESSAGE: ${key}`);
  // As the library: without values, a message with nothing quoted is returned as it stands.
  if (!values && message && !QUOTED.test(message)) return message;
  const parts = remember(plainCache, message, () => plainParts(message));
  if (parts) {
    const filled = fillPlain(parts, values);
    if (filled !== null) return filled;
  }
  const result = compiled(message, options).format(values as Record<string, never>) as ReactNode;
  return isValidElement(result) || Array.isArray(result) || typeof result === 'string' ? result : String(result);
}
// use-intl reads this: the messages are ICU source text, not precompiled.
formatMessage.raw = true;

export default formatMessage;
