// The municipality's anchoring calendar: every anchoring point it has in any cooperation, for
// the rådmannsteam (who plan the council's agenda and log) and elected members (who read).
// Words: namespace `forankring`, in the request's language; the calendar gets them as props.
import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { getDb } from '@/db/client';
import { listMunicipalityOccurrences, sponsorUsersByMember } from '@/db/queries/follow-up';
import { getMunicipality } from '@/db/queries/municipalities';
import { can, memberResource } from '@/lib/pure/auth/can';
import { requireUser } from '@/lib/server/auth/session';
import { requestNow } from '@/lib/server/clock';
import { osloDateOf } from '@/lib/pure/domain/iso-date';
import { forbid } from '@/lib/server/forbidden';
import { PageHeader } from '@/app/_components/page-header';
import { AnchoringCalendar } from '@/app/_components/anchoring/anchoring-calendar';
import { AnchoringSummary } from '@/app/_components/anchoring/anchoring-summary';
import { CalendarFilter } from '@/app/_components/anchoring/calendar-filter';
import { calendarWords, localizeRows } from '@/app/_components/anchoring/localize';
import { toCalendarRows, visibleRows } from '@/lib/pure/calendar/calendar-rows';
import { CalendarWindowNote } from '@/app/_components/calendar-window-note';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('forankring.kommune');
  return { title: t('metaTitle') };
}

type Props = { params: Promise<{ kommunenummer: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function MunicipalityAnchoringPage({ params, searchParams }: Props) {
  const { kommunenummer } = await params;
  const path = `/kommune/${kommunenummer}/forankring`;
  const user = await requireUser(path);
  if (!/^\d{4}$/.test(kommunenummer)) notFound();
  const db = await getDb();
  const municipality = await getMunicipality(db, kommunenummer);
  if (!municipality) notFound();
  if (!can(user, 'register.read', { kind: 'municipality', kommunenummer })) forbid();

  const now = await requestNow();
  const today = osloDateOf(now);
  const occurrences = await listMunicipalityOccurrences(db, kommunenummer);
  const cooperationIds = [...new Set(occurrences.map((o) => o.cooperationId))];
  const sponsorUsers = await sponsorUsersByMember(db, cooperationIds);
  const all = toCalendarRows(occurrences, today, (o) =>
    can(user, 'anchoring.log', memberResource(o.cooperationId, { kommunenummer: o.kommunenummer, sponsorUserIds: sponsorUsers.get(o.memberId) ?? [] })),
  );
  const cooperations = [...new Map(occurrences.map((o) => [o.cooperationId, o.cooperationName])).entries()]
    .map(([id, name]) => ({ id, name }))
    .sort((a, b) => a.name.localeCompare(b.name, 'nb'));
  const query = await searchParams;
  const selected = typeof query.samarbeid === 'string' && cooperations.some((c) => c.id === query.samarbeid) ? query.samarbeid : '';
  const whole = query.vis === 'alle';
  const filtered = selected ? all.filter((r) => r.cooperationId === selected) : all;
  const { rows: shown, hidden } = visibleRows(filtered, today, whole);
  const [locale, t, words, rows] = await Promise.all([getLocale(), getTranslations('forankring'), calendarWords(), localizeRows(shown, occurrences)]);
  const href = (vis: string) => `${path}?${new URLSearchParams({ ...(selected ? { samarbeid: selected } : {}), ...(vis ? { vis } : {}) })}`;

  return (
    <div lang={locale}>
      <PageHeader
        title={t('kommune.title', { name: municipality.name })}
        lead={t('kommune.lead')}
        crumbs={[{ href: '/oversikt', label: t('kommune.crumb') }]}
      />
      <div className="space-y-6">
        {all.length > 0 ? <AnchoringSummary rows={filtered} today={today} /> : null}
        {all.length === 0 ? (
          <Alert data-color="info">
            <Paragraph data-size="sm">{t('kommune.empty', { name: municipality.name })}</Paragraph>
          </Alert>
        ) : (
          <section aria-labelledby="kalender-tittel" className="space-y-4">
            <div className="flex flex-wrap items-end justify-between gap-4">
              <Heading level={2} id="kalender-tittel" data-size="sm">
                {t('calendar')}
              </Heading>
              <CalendarFilter
                action={path}
                label={t('kommune.showCooperation')}
                name="samarbeid"
                allLabel={t('kommune.allCooperations')}
                options={cooperations}
                selected={selected}
                whole={whole}
              />
            </div>
            <CalendarWindowNote hidden={hidden} whole={whole} wholeHref={href('alle')} windowHref={href('')} />
            <AnchoringCalendar rows={rows} today={today} showCooperation words={words} />
          </section>
        )}
      </div>
    </div>
  );
}
