'use client';
// The words of the shared client components (save bar, conflict notice, removable rows,
// pickers, confirmation dialog, section rules, table hint, sign-out button) in the page's
// language. Many pages render these components and cannot all hand them words, so the root
// layout provides them once (./shared-words-of.ts picks them from the catalogue; a bokmål page
// sends none). Without a provider (unit tests, a bokmål page) each component speaks the bokmål
// it carries itself: only its own few words, so no page ships the others' (the JS budget).
// No next-intl and no catalogue here: this module is in every page's JavaScript.
import { createContext, useContext } from 'react';
import type { Messages } from '@/lib/pure/i18n/catalogues';
import type { Locale } from '@/lib/pure/i18n/locales';

export interface SharedWords {
  /** The language of these words, for a lang attribute where the page around may say otherwise. */
  lang: Locale;
  skjema: Messages['skjema'];
  fase: Messages['fase']['klient'];
  felles: Messages['felleskomponent']['klient'];
}

export type SharedWordGroup = Exclude<keyof SharedWords, 'lang'>;

const SharedWordsContext = createContext<SharedWords | null>(null);

/** Gives the shared client components their words; without `words` they stay bokmål. */
export function SharedWordsProvider({ words, children }: { words?: SharedWords | null; children: React.ReactNode }) {
  return <SharedWordsContext.Provider value={words ?? null}>{children}</SharedWordsContext.Provider>;
}

/**
 * A shared component's words from `group` in the page's language, and that language; without a
 * provider its own bokmål words (`bokmaal`, as in nb.json: shared-words.test.tsx checks).
 */
export function useSharedWords<G extends SharedWordGroup, K extends keyof SharedWords[G]>(group: G, bokmaal: Pick<SharedWords[G], K>): { words: Pick<SharedWords[G], K>; lang: Locale } {
  const shared = useContext(SharedWordsContext);
  return shared ? { words: shared[group], lang: shared.lang } : { words: bokmaal, lang: 'nb' };
}

/** A word with its {placeholders} filled in (the client has no ICU formatter). */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
