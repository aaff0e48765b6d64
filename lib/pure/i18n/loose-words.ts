// Words for pure functions that phrase texts (lifecycle steps, history, follow-ups): a plain
// function of key and values, so a page can pass next-intl's translator for the request's
// language (asWords(await getTranslations(ns))) while unit tests and other callers get bokmål
// from the catalogue by default. Keys are checked by the catalogue tests, not by the type.
// Never import this from a client component: it brings every catalogue with it.
import { createTranslator } from 'use-intl/core';
import { CATALOGUES } from './catalogues';
import type { Locale } from './locales';

export type Words = (key: string, values?: Record<string, string | number>) => string;

export type WordsNamespace = 'livslop' | 'historikk.steg' | 'historikk.endring' | 'samarbeidside.fullstendighet' | 'samarbeidside.innsyn' | 'samarbeidNy';

/** The catalogue's words of one namespace in one language. */
export function catalogueWords(locale: Locale, namespace: WordsNamespace): Words {
  const t = createTranslator({ locale, messages: CATALOGUES[locale], namespace });
  return (key, values) => (t as unknown as Words)(key, values);
}

/** Bokmål: the default of every function that takes Words. */
export function bokmaalWords(namespace: WordsNamespace): Words {
  return catalogueWords('nb', namespace);
}

/** next-intl's translator (getTranslations / useTranslations) as Words. */
export function asWords(t: unknown): Words {
  return (key, values) => (t as Words)(key, values);
}
