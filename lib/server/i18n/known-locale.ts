import 'server-only';
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Locale } from '@/lib/pure/i18n/locales';

// The request's language, settled before a server action opens its transaction
// (lib/server/action.ts). Inside the transaction nothing may query the database beside it:
// on the embedded PGlite (one connection) such a query waits for the transaction, which waits
// for the query — the action hangs for ever. Working out the language reads the signed-in user
// from the database, and React's cache() does not hold between calls in a server action, so
// every getLocale(), getTranslations() or requestLocale() in an action's body would do that
// again. With the language settled here, they read it from this store instead.
const store = new AsyncLocalStorage<Locale>();

/** Runs `fn` with the request's language known (none when `locale` is null). */
export function withLocaleKnown<T>(locale: Locale | null, fn: () => Promise<T>): Promise<T> {
  return locale ? store.run(locale, fn) : fn();
}

/** The language settled by the action around this call, if any. */
export function knownLocale(): Locale | undefined {
  return store.getStore();
}
