// Forankring: the cooperation's anchoring calendar by month, what is overdue, and logging
// each occurrence as held, not held or moved. Words: namespace `forankring`, in the request's
// language; the calendar (a client component) gets its words as props.
import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { getDb } from '@/db/client';
import { listCooperationOccurrences, sponsorUsersByMember } from '@/db/queries/follow-up';
import { can, memberResource } from '@/lib/pure/auth/can';
import { requestNow } from '@/lib/server/clock';
import { osloDateOf } from '@/lib/pure/domain/iso-date';
import { cooperationPage } from '@/lib/server/cooperation-page';
import { AnchoringCalendar } from '@/app/_components/anchoring/anchoring-calendar';
import { AnchoringSummary } from '@/app/_components/anchoring/anchoring-summary';
import { CalendarFilter } from '@/app/_components/anchoring/calendar-filter';
import { calendarWords, localizeRows } from '@/app/_components/anchoring/localize';
import { toCalendarRows, visibleRows } from '@/lib/pure/calendar/calendar-rows';
import { CalendarWindowNote } from '@/app/_components/calendar-window-note';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('forankring');
  return { title: t('title') };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ForankringPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: SearchParams }) {
  const { id } = await params;
  const { user, dossier, allowed } = await cooperationPage(id, `/samarbeid/${id}/forankring`);
  if (!allowed) return null; // the layout shows NoAccess
  const db = await getDb();
  const now = await requestNow();
  const today = osloDateOf(now);
  const [occurrences, sponsorUsers] = await Promise.all([listCooperationOccurrences(db, id), sponsorUsersByMember(db, [id])]);
  const all = toCalendarRows(occurrences, today, (o) => can(user, 'anchoring.log', memberResource(id, { kommunenummer: o.kommunenummer, sponsorUserIds: sponsorUsers.get(o.memberId) ?? [] })));
  const query = await searchParams;
  const member = typeof query.deltaker === 'string' && dossier.members.some((m) => m.id === query.deltaker) ? query.deltaker : '';
  const whole = query.vis === 'alle';
  const filtered = member ? all.filter((r) => r.memberId === member) : all;
  const { rows: shown, hidden } = visibleRows(filtered, today, whole);
  const [locale, t, words, rows] = await Promise.all([getLocale(), getTranslations('forankring'), calendarWords(), localizeRows(shown, occurrences)]);
  const href = (vis: string) => `/samarbeid/${id}/forankring?${new URLSearchParams({ ...(member ? { deltaker: member } : {}), ...(vis ? { vis } : {}) })}`;

  return (
    <div className="space-y-6" lang={locale}>
      <div>
        <Heading level={2} data-size="md">
          {t('title')}
        </Heading>
        <Paragraph className="bb-muted mt-2 max-w-3xl">
          {t.rich('intro', { link: (chunks) => <Link href={`/samarbeid/${id}/deltakelse`}>{chunks}</Link> })}
        </Paragraph>
      </div>
      {all.length > 0 ? <AnchoringSummary rows={filtered} today={today} /> : null}
      {all.length === 0 ? (
        <Alert data-color="info">
          <Paragraph data-size="sm">{t('empty')}</Paragraph>
        </Alert>
      ) : (
        <section aria-labelledby="kalender-tittel" className="space-y-4">
          <div className="flex flex-wrap items-end justify-between gap-4">
            <Heading level={2} id="kalender-tittel" data-size="sm">
              {t('calendar')}
            </Heading>
            <CalendarFilter
              action={`/samarbeid/${id}/forankring`}
              label={t('showMember')}
              name="deltaker"
              allLabel={t('allMembers')}
              options={dossier.members.map((m) => ({ id: m.id, name: m.name }))}
              selected={member}
              whole={whole}
            />
          </div>
          <CalendarWindowNote hidden={hidden} whole={whole} wholeHref={href('alle')} windowHref={href('')} />
          <AnchoringCalendar rows={rows} today={today} words={words} />
        </section>
      )}
    </div>
  );
}
