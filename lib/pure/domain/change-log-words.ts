// The change log's field names in the page's language. The log stores each field's label as
// the user read it then, in bokmål ("Innbyggertall for Arendal kommune"), with no code for
// its wording; so the label is recognised by its bokmål wording in the catalogue and worded
// again in the page's language with the same values: the field names of the phase forms
// (catalogue `fullstendighet.felt`, bokmål as lib/pure/validation/**/ write them), the
// statutory checklist items (`organisasjonsform.avtale`) and the exit checklist items
// (`avvikling.punkt`). A label that is not recognised (an older wording, a renamed item)
// is shown as stored and marked as bokmål. Server side only: it reads the catalogues. Pure.
import { createTranslator } from 'use-intl/core';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import type { Locale } from '@/lib/pure/i18n/locales';
import type { Words } from '@/lib/pure/i18n/loose-words';

/** A field's name to show: `lang` is 'nb' when it could only be shown as stored. */
export interface FieldName {
  text: string;
  lang?: 'nb';
}

interface Template {
  /** A key of the whole catalogue ("fullstendighet.felt.population"). */
  key: string;
  pattern: RegExp;
  names: string[];
  /** The wording without its placeholders: the longer wins when two templates match. */
  literal: number;
}

const PLACEHOLDER = /\{(\w+)\}/g;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function template(key: string, bokmaal: string): Template {
  const names = [...bokmaal.matchAll(PLACEHOLDER)].map((m) => m[1]!);
  const parts = bokmaal.split(PLACEHOLDER).filter((_, i) => i % 2 === 0);
  const pattern = new RegExp(`^${parts.map(escape).join('(.*)')}$`, 's');
  return { key, pattern, names, literal: parts.join('').length };
}

function leaves(node: unknown, prefix: string): [string, string][] {
  if (typeof node === 'string') return [[prefix, node]];
  if (node === null || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([k, v]) => leaves(v, `${prefix}.${k}`));
}

const nb = CATALOGUES.nb;
/** Exact bokmål texts (checklist items) -> their catalogue key. The first form's key wins for a shared text. */
const EXACT = new Map<string, string>();
for (const [key, text] of [
  ...leaves(nb.organisasjonsform.avtale, 'organisasjonsform.avtale'),
  ...leaves(nb.avvikling.punkt, 'avvikling.punkt').filter(([key]) => key.endsWith('.label')),
]) {
  if (!EXACT.has(text)) EXACT.set(text, key);
}
const TEMPLATES: readonly Template[] = leaves(nb.fullstendighet.felt, 'fullstendighet.felt')
  .map(([key, text]) => template(key, text))
  .sort((a, b) => b.literal - a.literal);

/** The whole catalogue in one language, as fieldName takes it (for code without next-intl's request scope). */
export function wordsIn(locale: Locale): Words {
  const t = createTranslator({ locale, messages: CATALOGUES[locale] });
  return (key, values) => (t as unknown as Words)(key, values);
}

/** The whole catalogue in bokmål: the default words. */
export const BOKMAAL_WORDS: Words = wordsIn('nb');

/**
 * The stored label in the words' language; `t` is the whole catalogue in that language
 * (`asWords(await getTranslations())` or useTranslations()), bokmål by default.
 */
export function fieldName(stored: string, t: Words = BOKMAAL_WORDS): FieldName {
  const exact = EXACT.get(stored);
  if (exact) return { text: t(exact) };
  for (const tpl of TEMPLATES) {
    const match = tpl.pattern.exec(stored);
    if (!match) continue;
    const values = Object.fromEntries(tpl.names.map((name, i) => [name, match[i + 1]!]));
    return { text: t(tpl.key, values) };
  }
  return { text: stored, lang: 'nb' };
}
