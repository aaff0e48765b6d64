import 'server-only';
// The facts a request's language is chosen from: the signed-in user, the switcher's cookie,
// the municipality a public page is about (its målform) and the browser's Accept-Language.
// proxy.ts puts the path and query on the request (x-request-path, x-request-search).
import { cache } from 'react';
import { cookies, headers } from 'next/headers';
import { getDb } from '@/db/client';
import { getMunicipality } from '@/db/queries/municipalities';
import { currentUser } from '@/lib/server/auth/session';
import { isLocale, LANGUAGE_COOKIE, type Locale, type Maalform } from '@/lib/pure/i18n/locales';
import { maalformScope, resolveLocale } from '@/lib/pure/i18n/resolve';
import { knownLocale } from './known-locale';

async function maalformOf(kommunenummer: string | null): Promise<Maalform | null> {
  if (!kommunenummer) return null;
  return (await getMunicipality(await getDb(), kommunenummer))?.maalform ?? null;
}

export const requestLocale = cache(async (): Promise<Locale> => {
  // In a server action the language was settled before its transaction (./known-locale).
  const known = knownLocale();
  if (known) return known;
  const [user, jar, h] = await Promise.all([currentUser(), cookies(), headers()]);
  const userLanguage = user?.language ?? null;
  const cookie = jar.get(LANGUAGE_COOKIE)?.value ?? null;
  // Only when neither the user nor the cookie decides is the municipality looked up.
  const maalform = isLocale(userLanguage) || isLocale(cookie) ? null : await maalformOf(maalformScope(h.get('x-request-path') ?? '', h.get('x-request-search') ?? ''));
  return resolveLocale({ userLanguage, cookie, maalform, acceptLanguage: h.get('accept-language') });
});
