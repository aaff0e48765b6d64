import { IntlMessageFormat } from 'intl-messageformat';
import { TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { _createCache, _createIntlFormatters } from 'use-intl/core';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import { formatsFor, TIME_ZONE } from '@/lib/pure/i18n/formats';
import { LOCALES } from '@/lib/pure/i18n/locales';
import formatMessage, { plainParts, type FormatOptions } from './format-message';

// use-intl's formatters, typed against the TS library's Intl (intl-messageformat types its own).
const intlFormatters = (cache: ReturnType<typeof _createCache>) => _createIntlFormatters(cache) as unknown as FormatOptions['formatters'];

// The library's own implementation, by its file (the package's name is what next.config.js aliases).
const originalPath = 'use-intl/dist/esm/production/format-message/index.js';
const original = (await import(/* @vite-ignore */ `../../../node_modules/${originalPath}`)).default as typeof formatMessage;

function* messagesOf(node: unknown, prefix = ''): Generator<[string, string]> {
  if (typeof node === 'string') yield [prefix, node];
  else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) yield* messagesOf(v, prefix ? `${prefix}.${k}` : k);
}

// Values that reach every branch a message has: numbers for plurals, a case for selects, dates,
// tags as functions, plain text elsewhere.
function valuesFor(ast: MessageFormatElement[], count: number, values: Record<string, unknown> = {}): Record<string, unknown> {
  for (const el of ast) {
    if (el.type === TYPE.argument) values[el.value] ??= `«${el.value}»`;
    else if (el.type === TYPE.number) values[el.value] = count * 1234.5;
    else if (el.type === TYPE.date || el.type === TYPE.time) values[el.value] = new Date(Date.UTC(2026, 11, 6, 12));
    else if (el.type === TYPE.plural) {
      values[el.value] = count;
      for (const o of Object.values(el.options)) valuesFor(o.value, count, values);
    } else if (el.type === TYPE.select) {
      values[el.value] = Object.keys(el.options)[count % Object.keys(el.options).length];
      for (const o of Object.values(el.options)) valuesFor(o.value, count, values);
    } else if (el.type === TYPE.tag) {
      values[el.value] = (chunks: unknown[]) => `[${el.value}:${chunks.join('')}]`;
      valuesFor(el.children, count, values);
    }
  }
  return values;
}

describe('format-message', () => {
  it('splits plain messages and leaves the rest to the compiler', () => {
    expect(plainParts('Hei, {name}! Du har {n} nye.')).toEqual(['Hei, ', { arg: 'name' }, '! Du har ', { arg: 'n' }, ' nye.']);
    expect(plainParts('Ingen plassholdere')).toEqual(['Ingen plassholdere']);
    expect(plainParts('{count, plural, one {# sak} other {# saker}}')).toBeNull();
    expect(plainParts("Don''t {x}")).toBeNull();
    expect(plainParts('Les <b>{x}</b>')).toBeNull();
    expect(plainParts('{x, number}')).toBeNull();
  });

  for (const locale of LOCALES) {
    it(`gives what the library gives for every ${locale} message`, () => {
      const cache = _createCache();
      const formatters = intlFormatters(cache);
      const options = { cache, formatters, globalFormats: formatsFor(locale), locale, timeZone: TIME_ZONE };
      let checked = 0;
      for (const [key, message] of messagesOf(CATALOGUES[locale])) {
        const ast = new IntlMessageFormat(message, locale).getAst();
        for (const count of [0, 1, 3]) {
          const values = valuesFor(ast, count) as Parameters<typeof formatMessage>[2];
          expect(formatMessage(key, message, values, options), `${locale} ${key} (${count})`).toEqual(original(key, message, values, options));
          checked++;
        }
        expect(formatMessage(key, message, undefined, options), `${locale} ${key} uten verdier`).toEqual(original(key, message, undefined, options));
      }
      expect(checked).toBeGreaterThan(10_000);
    });
  }

  it('fails as the library does on a missing value, so the translator falls back the same way', () => {
    const options = { cache: _createCache(), formatters: intlFormatters(_createCache()), locale: 'nb', timeZone: TIME_ZONE };
    expect(() => formatMessage('k', 'Hei {name}', { other: 'x' }, options)).toThrow();
    expect(() => original('k', 'Hei {name}', { other: 'x' }, options)).toThrow();
    expect(() => formatMessage('k', '{n, plural, one {# sak} other {# saker}}', {}, options)).toThrow();
  });

  it('is what the built app formats with: next.config.js points the library module here', async () => {
    const configPath = '../../../next.config.js';
    const config = (await import(/* @vite-ignore */ configPath)).default as { turbopack?: { resolveAlias?: Record<string, string> } };
    expect(config.turbopack?.resolveAlias?.['use-intl/format-message']).toBe('./lib/pure/i18n/format-message.ts');
  });
});
