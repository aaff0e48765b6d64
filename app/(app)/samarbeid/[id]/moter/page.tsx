// Møter og vedtak: what happens in the cooperation's own bodies (styre, representantskap,
// råd, arbeidsutvalg …). Meetings with the date the case documents went out and the minutes;
// decisions with who decided, whether the administrations prepared them and whether they lie
// inside the leader's mandate. The overstyring and rådmannsfelle warnings and the indicator
// «Saksdokumenter sendt ut i tide» are computed from these and shown beside them.
import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { getDb } from '@/db/client';
import { listMeetings, MEETINGS_PER_PAGE } from '@/db/queries/bodies';
import { BODY_STATES } from '@/lib/server/actions/bodies';
import { requestNow } from '@/lib/server/clock';
import { noticeDays } from '@/lib/pure/domain/bodies';
import { osloDateOf } from '@/lib/pure/domain/iso-date';
import { structuralScores } from '@/lib/pure/domain/legitimacy';
import { legitimacyWords } from '@/lib/pure/domain/legitimacy-words';
import { THRESHOLDS } from '@/lib/pure/domain/thresholds';
import { evaluateWarnings } from '@/lib/pure/domain/warnings';
import { cooperationPage } from '@/lib/server/cooperation-page';
import { SeverityTag, WarningFacts } from '@/app/_components/warning-parts';
import { bokmaal } from '@/app/_components/language/bokmaal';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import { MeetingCard } from './_components/meeting-card';
import { MeetingForm } from './_components/meeting-form';
import { NoticeDaysForm } from './_components/notice-days-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('moter');
  return { title: t('title') };
}

export default async function MoterPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id } = await params;
  const { dossier, allowed, canEdit } = await cooperationPage(id, `/samarbeid/${id}/moter`);
  if (!allowed) return null; // the layout shows NoAccess
  const requested = Number((await searchParams).side);
  const page = Number.isInteger(requested) && requested > 0 ? requested : 1;
  const [now, list] = await Promise.all([requestNow(), listMeetings(await getDb(), id, page)]);
  const today = osloDateOf(now);
  const days = noticeDays(dossier);
  const warnings = evaluateWarnings(dossier, now).filter((w) => w.trap === 'overstyring' || w.trap === 'radmannsfellen');

  const running = BODY_STATES.includes(dossier.state);
  const writable = canEdit && running;
  const bodies = dossier.design.bodies.map((b) => ({ id: b.id, name: b.name }));
  const members = dossier.members.map((m) => ({ id: m.id, name: m.name }));
  const pages = Math.max(1, Math.ceil(list.total / MEETINGS_PER_PAGE));
  const [locale, t] = await Promise.all([getLocale(), getTranslations('moter')]);
  const inTime = structuralScores(dossier, now, legitimacyWords(locale)).throughput.indicators.find((i) => i.id === 'throughput.saksdokumenter');
  const percent = (v: number | null) => (v === null ? t('notApplicable') : t('percent', { value: Math.round(v * 100) }));
  const words = CATALOGUES[locale].moter;
  const inTimeValue = inTime ? `${percent(inTime.value)}.` : null;
  const labels = { outcomes: words.utfall, preparations: words.forberedelse, events: words.hendelse };

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(16rem,1fr)]" lang={locale}>
      <div className="min-w-0 space-y-6">
        <div>
          <Heading level={2} data-size="md">
            {t('heading')}
          </Heading>
          <Paragraph className="bb-muted mt-2 max-w-3xl">{t('intro')}</Paragraph>
        </div>
        {writable && bodies.length > 0 ? (
          <section aria-labelledby="nytt-mote-tittel" className="bb-panel">
            <Heading level={2} id="nytt-mote-tittel" data-size="sm">
              {t('newMeeting')}
            </Heading>
            <div className="mt-3">
              <MeetingForm cooperationId={id} bodies={bodies} noticeDays={days} words={words.skjema} fixFields={CATALOGUES[locale].skjema.fixFields} />
            </div>
          </section>
        ) : null}
        {canEdit && !running ? (
          <Alert data-color="info">
            <Paragraph data-size="sm">{t('notRunning')}</Paragraph>
          </Alert>
        ) : null}
        {bodies.length === 0 ? (
          <Alert data-color="warning">
            <Paragraph data-size="sm">{t.rich('noBodies', { link: (chunks) => <Link href={`/samarbeid/${id}/design`}>{chunks}</Link> })}</Paragraph>
          </Alert>
        ) : null}
        <section aria-labelledby="moter-tittel">
          <Heading level={2} id="moter-tittel" data-size="sm">
            {t('meetings', { count: list.total })}
          </Heading>
          {list.meetings.length === 0 ? (
            <Paragraph className="bb-panel mt-3">{t('noMeetings')}</Paragraph>
          ) : (
            <ul className="mt-3 space-y-4">
              {list.meetings.map((m) => (
                <MeetingCard
                  key={m.id}
                  cooperationId={id}
                  meeting={m}
                  noticeDays={days}
                  canEdit={writable}
                  today={today}
                  bodies={bodies}
                  members={members}
                  mandate={dossier.design.mandate.alone}
                  labels={labels}
                  words={words}
                  checkFields={CATALOGUES[locale].vedtak.checkFields}
                  fixFields={CATALOGUES[locale].skjema.fixFields}
                />
              ))}
            </ul>
          )}
          {pages > 1 ? (
            <nav aria-label={t('pagesNav')} className="mt-4 flex items-center gap-4 text-sm">
              {page > 1 ? <Link href={`/samarbeid/${id}/moter?side=${page - 1}`}>{t('newer')}</Link> : null}
              <span>{t('pageOf', { page, pages })}</span>
              {page < pages ? <Link href={`/samarbeid/${id}/moter?side=${page + 1}`}>{t('older')}</Link> : null}
            </nav>
          ) : null}
        </section>
      </div>
      <aside className="space-y-6" aria-label={t('asideLabel')}>
        <section aria-labelledby="styring-tittel" className="bb-panel">
          <Heading level={2} id="styring-tittel" data-size="xs">
            {t('steering')}
          </Heading>
          {warnings.length === 0 ? (
            <Paragraph data-size="sm" className="mt-2">
              {t('noWarnings')}
            </Paragraph>
          ) : (
            <ul className="mt-2 space-y-3" data-testid="organ-varsler">
              {warnings.map((w) => (
                <li key={w.id}>
                  <p className="flex flex-wrap items-center gap-2 text-sm font-semibold">
                    {bokmaal(w.title)} <SeverityTag severity={w.severity} />
                  </p>
                  <WarningFacts warning={w} />
                </li>
              ))}
            </ul>
          )}
          {inTime ? (
            <p className="mt-3 text-sm">
              <span className="font-semibold">{inTime.label}:</span> {inTimeValue} {inTime.facts[0]}
            </p>
          ) : null}
        </section>
        <section aria-labelledby="terskler-tittel" className="bb-panel">
          <Heading level={2} id="terskler-tittel" data-size="xs">
            {t('thresholds')}
          </Heading>
          <dl className="mt-2 space-y-3 text-sm">
            <div>
              <dt className="font-semibold">
                {t('noticeTerm', { days })}
                {dossier.documentsNoticeDays === null ? t('noticeDefault') : null}
              </dt>
              <dd className="mt-1">{t('noticeHelp')}</dd>
            </div>
            <div>
              <dt className="font-semibold">
                {t('overstyringTerm', { count: THRESHOLDS.overstyringCount.value })}
              </dt>
              <dd className="mt-1">{t('overstyringHelp')}</dd>
            </div>
          </dl>
          <p className="mt-3 text-sm">
            <Link href="/om/slik-regnes-det-ut">{t('howCalculated')}</Link>
          </p>
          {canEdit ? (
            <div className="mt-4 border-t border-[var(--ds-color-neutral-border-subtle)] pt-4">
              <NoticeDaysForm cooperationId={id} days={dossier.documentsNoticeDays} defaultDays={THRESHOLDS.documentsNoticeDays.value} words={words.frist} checkFields={CATALOGUES[locale].skjema.fixFields} />
            </div>
          ) : null}
        </section>
      </aside>
    </div>
  );
}
