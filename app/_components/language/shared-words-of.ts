// The shared client components' words for one language, picked from its catalogue: the root
// layout hands them to SharedWordsProvider (./shared-words.tsx). Bokmål pages send none, since
// the components carry bokmål themselves, so the words are left out of their RSC payload.
import type { Messages } from '@/lib/pure/i18n/catalogues';
import type { Locale } from '@/lib/pure/i18n/locales';
import type { SharedWords } from './shared-words';

export function sharedWordsOf(messages: Messages, locale: Locale): SharedWords {
  return { lang: locale, skjema: messages.skjema, fase: messages.fase.klient, felles: messages.felleskomponent.klient };
}
