// The personal calendar feed: public (calendar programs send no session), the secret token in
// the path is the credential. Accepts /api/kalender/<token> and /api/kalender/<token>.ics.
// Without a session, the feed's words follow its owner's language, looked up as for e-mails
// (profile, else their municipalities' målform, else bokmål).
import { NextResponse } from 'next/server';
import { calendarItemsForUser, findFeedOwner } from '@/db/queries/calendar';
import { buildCalendarFeed, calendarLanguage } from '@/lib/pure/calendar/feed';
import { userLocale } from '@/lib/server/mail-language';
import { tokenFromPath } from '@/lib/server/calendar/feed-token';
import { publicBaseUrl } from '@/lib/pure/calendar/urls';
import { getDb, route } from '@/lib/server/route';

export const dynamic = 'force-dynamic';

const NOT_FOUND =
  'Fant ikke kalenderen. Adressen kan være byttet ut med en ny. Hent den gjeldende adressen på profilsiden din i Brobygger.';

export const GET = route({ access: 'public' }, async ({ params, request }) => {
  const token = tokenFromPath(params.token);
  const db = await getDb();
  const owner = token ? await findFeedOwner(db, token) : null;
  if (!owner) return NextResponse.json({ error: NOT_FOUND }, { status: 404, headers: { 'cache-control': 'no-store' } });
  const now = new Date();
  const [items, locale] = await Promise.all([calendarItemsForUser(db, { userId: owner.id, now }), userLocale(db, owner.id)]);
  const body = buildCalendarFeed(items, { now, baseUrl: publicBaseUrl(request.nextUrl.origin), lang: calendarLanguage(locale) });
  return new Response(body, {
    headers: {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': 'inline; filename="brobygger.ics"',
      // Personal data behind a secret address: never in a shared cache, never indexed.
      'cache-control': 'private, no-store',
      'x-robots-tag': 'noindex',
    },
  });
});
