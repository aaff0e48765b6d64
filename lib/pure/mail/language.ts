// The language of an e-mail: the RECIPIENT's, not the sender's. Their profile language when
// they chose one; otherwise the målform of their municipalities (nynorsk when those that have
// one are nynorsk, none bokmål); otherwise bokmål. The words come from the `epost` catalogue
// namespace, bokmål by default, so callers and tests that pass no language get today's e-mails.
// From use-intl's core (next-intl's own engine, without React): the reminder job imports this
// outside Next.js under the react-server condition, where next-intl's entry loads React hooks
// that do not exist there (scripts/react-server-imports.test.ts).
import { createTranslator, type MessageKeys, type NestedKeyOf } from 'use-intl/core';
import { CATALOGUES, type Messages } from '@/lib/pure/i18n/catalogues';
import { isLocale, type Locale, type Maalform } from '@/lib/pure/i18n/locales';

/** A message of the `epost` namespace ("reminder.subjectSoon", "reset.subject" …). */
export type MailMessageKey = MessageKeys<Messages['epost'], NestedKeyOf<Messages['epost']>>;

export interface MailLanguage {
  locale: Locale;
  t: (key: MailMessageKey, values?: Record<string, string | number>) => string;
}

const bokmaal = createTranslator({ locale: 'nb', messages: CATALOGUES.nb, namespace: 'epost' });

export const BOKMAAL_MAIL: MailLanguage = { locale: 'nb', t: (key, values) => bokmaal(key, values) };

/** The e-mail words for a locale, from the catalogues. */
export function mailLanguage(locale: Locale): MailLanguage {
  if (locale === 'nb') return BOKMAAL_MAIL;
  const t = createTranslator({ locale, messages: CATALOGUES[locale], namespace: 'epost' });
  return { locale, t: (key, values) => t(key, values) };
}

/**
 * The recipient's language: the profile's (users.language, null when never chosen), else
 * nynorsk when the municipalities they belong to write nynorsk (and none of them bokmål;
 * a neutral municipality decides nothing), else bokmål.
 */
export function recipientLocale(profileLanguage: string | null | undefined, maalformer: readonly Maalform[]): Locale {
  if (isLocale(profileLanguage)) return profileLanguage;
  return maalformer.includes('nynorsk') && !maalformer.includes('bokmal') ? 'nn' : 'nb';
}
