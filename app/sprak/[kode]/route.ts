// GET /sprak/<nb|nn|en>: the language switcher. Sets the `sprak` cookie and sends the visitor
// back to the page they were on (`?til=<path>` when given, otherwise the Referer on this site),
// now in that language. A plain link, so it works without JavaScript; it changes no stored data
// (a signed-in user's own choice is saved in the profile instead). The way back is always a
// path on this site, never another site's address.
import { NextResponse } from 'next/server';
import { z } from '@/lib/pure/validation/zod';
import { isLocale, LANGUAGE_COOKIE } from '@/lib/pure/i18n/locales';
import { returnPathFromReferer, safeReturnPath } from '@/lib/pure/i18n/return-path';
import { ownHosts } from '@/lib/pure/security/request-guard';
import { route } from '@/lib/server/route';

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

const querySchema = z.object({ til: z.string().max(2000).optional().catch(undefined) });

export const GET = route({ access: 'public', query: querySchema }, async ({ params, query, request }) => {
  const code = params.kode;
  if (!isLocale(code)) return new Response('Ukjent språk. Velg nb, nn eller en.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  const back = query.til !== undefined ? safeReturnPath(query.til) : returnPathFromReferer(request.headers.get('referer'), ownHosts(request.headers, process.env.NEXTAUTH_URL));
  const response = new NextResponse(null, { status: 303, headers: { Location: back, 'Cache-Control': 'no-store' } });
  response.cookies.set(LANGUAGE_COOKIE, code, {
    path: '/',
    maxAge: ONE_YEAR_SECONDS,
    sameSite: 'lax',
    httpOnly: true,
    secure: request.nextUrl.protocol === 'https:',
  });
  return response;
});
