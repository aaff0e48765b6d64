// Types next-intl checks every translation against: a key missing from the bokmål catalogue,
// or a placeholder left out, is a type error.
import type { DateTimeFormatOptions, Formats } from 'next-intl';
import type { Locale } from './locales';
import type { Messages } from './catalogues';

declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
    Formats: Formats & { dateTime: { date: DateTimeFormatOptions; dateTime: DateTimeFormatOptions }; number: { integer: Intl.NumberFormatOptions; decimal: Intl.NumberFormatOptions } };
  }
}
