// "Mine samarbeid": the landing page. One card per cooperation the user has a role in: those in
// work most urgent first (overdue anchoring, then sponsors to re-confirm) with tasks the user
// can act on and the lights; drafts and ended ones after them, apart and without lights. 50 to
// a page, a summary over all of them from SQL, and the roles panel alongside. An administrator
// without other roles lands on the administration overview instead.
import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { getDb } from '@/db/client';
import { dashboardPage, roleCooperationNames } from '@/db/queries/dashboard-page';
import { getMunicipalityNames } from '@/db/queries/municipalities';
import { can } from '@/lib/pure/auth/can';
import { requireUser } from '@/lib/server/auth/session';
import { requestNow } from '@/lib/server/clock';
import { personalCard, type CardGroup, type DashboardCard } from '@/lib/pure/dashboard/cards';
import { TASK_ACTIONS } from '@/lib/pure/dashboard/tasks';
import { isAdministratorOnly } from '@/lib/pure/navigation';
import { parsePage, type PageWindow } from '@/lib/pure/paging';
import { Pager } from '../../_components/pager';
import { PageHeader } from '../../_components/page-header';
import { CompactCard, CooperationCard } from './_components/cooperation-card';
import { NoRoles } from './_components/no-roles';
import { OverviewTable } from './_components/overview-table';
import { ViewSwitch } from './_components/view-switch';
import { chooseView, parseView, viewQuery } from '@/lib/pure/dashboard/view';
import { RolesPanel } from './_components/roles-panel';
import { n, type OverviewWords } from './_components/words';
import type { Locale } from '@/lib/pure/i18n/locales';
import { followUpTextIn } from '@/lib/pure/domain/completeness-words';

const NUMBER_LOCALE: Readonly<Record<Locale, string>> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('oversikt'))('metaTitle') };
}

export default async function OverviewPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser('/oversikt');
  if (isAdministratorOnly(user)) redirect('/admin');
  const db = await getDb();
  const params = await searchParams;
  const page = parsePage(params);
  const askedView = parseView(params);
  const [now, locale, t, tState, tPages] = await Promise.all([requestNow(), getLocale(), getTranslations('oversikt'), getTranslations('tilstand'), getTranslations('sider')]);
  const words: OverviewWords = { t, locale, state: (s) => tState(s), followUp: locale === 'nb' ? undefined : followUpTextIn(locale) };
  const [{ rows, window, summary }, names, roleNames] = await Promise.all([
    dashboardPage(db, user, page, now),
    getMunicipalityNames(db, user.roles.map((r) => r.kommunenummer).filter((k): k is string => k !== null)),
    roleCooperationNames(db, user),
  ]);
  const cards = rows.map(({ card, resource }) => personalCard(card, (kind) => can(user, TASK_ACTIONS[kind], resource)));
  const inGroup = (group: CardGroup) => cards.filter((c) => c.group === group);
  const active = inGroup('aktiv');
  // Tasks and warnings need each dossier, so they are counted for the page shown; the overdue
  // anchoring and the sponsors to re-confirm are counted over every cooperation, in SQL.
  const warnings = active.reduce((n, c) => n + c.warnings.length, 0);
  const tasks = active.reduce((n, c) => n + c.tasks.length, 0);
  const several = window.pageCount > 1;
  const view = chooseView(askedView, summary.cooperations);
  const firstName = user.name.split(' ')[0];
  return (
    <div lang={locale}>
      <PageHeader title={t('greeting', { name: firstName ?? '' })} lead={user.roles.length === 0 ? t('leadNoRoles') : t('lead')} />
      {/* The table needs the page's whole width; the roles panel then follows below it. */}
      <div className={view === 'tabell' ? 'grid gap-8' : 'grid gap-8 lg:grid-cols-[2fr_1fr]'}>
        {user.roles.length === 0 ? (
          <NoRoles email={user.email} t={t} />
        ) : (
          <section aria-labelledby="samarbeid-tittel">
            <Heading level={2} id="samarbeid-tittel" data-size="sm">
              {t('heading', { count: summary.cooperations.toLocaleString(NUMBER_LOCALE[locale]) })}
            </Heading>
            {summary.cooperations > 0 ? (
              <Paragraph data-size="sm" className="mt-1" data-testid="oversikt-sammendrag">
                {[
                  ...(summary.drafts + summary.ended > 0
                    ? [
                        [
                          t('inWork', { count: summary.cooperations - summary.drafts - summary.ended }),
                          ...(summary.drafts > 0 ? [t('drafts', { count: summary.drafts })] : []),
                          ...(summary.ended > 0 ? [t('ended', { count: summary.ended })] : []),
                        ].join(', '),
                      ]
                    : []),
                  t('overdue', { count: summary.overdue, n: n(summary.overdue) }),
                  ...(summary.reconfirm > 0 ? [t('reconfirm', { count: summary.reconfirm, n: n(summary.reconfirm) })] : []),
                  several ? t('onThisPage', { text: t('tasks', { count: tasks, n: n(tasks) }) }) : t('tasks', { count: tasks, n: n(tasks) }),
                  t('warnings', { count: warnings, n: n(warnings) }),
                ].join(' · ')}
              </Paragraph>
            ) : null}
            {several ? (
              <Paragraph data-size="sm" className="bb-muted mt-1" data-testid="oversikt-utvalg">
                {t('selection', { range: rangeIn(tPages, window) })}
              </Paragraph>
            ) : null}
            {summary.cooperations === 0 ? (
              <Paragraph className="bb-panel mt-4">
                {t('noCooperations')}
              </Paragraph>
            ) : cards.length === 0 ? (
              <Paragraph className="bb-panel mt-4">{tPages('pastLastPage')}</Paragraph>
            ) : (
              <>
                {active.length > 0 ? <ViewSwitch view={view} page={window.page} words={words} /> : null}
                {active.length === 0 ? null : view === 'tabell' ? (
                  <OverviewTable cards={active} words={words} />
                ) : (
                  <ul className="mt-4 grid gap-4">
                    {active.map((card) => (
                      <CooperationCard key={card.id} card={card} words={words} />
                    ))}
                  </ul>
                )}
                <CompactGroup id="utkast" title={t('draftsTitle')} total={summary.drafts} cards={inGroup('utkast')} lead={t('draftsLead')} words={words} />
                <CompactGroup id="avsluttet" title={t('endedTitle')} total={summary.ended} cards={inGroup('avsluttet')} lead={t('endedLead')} words={words} />
              </>
            )}
            <Pager label={t('pagerLabel')} page={window.page} pageCount={window.pageCount} path="/oversikt" query={viewQuery(askedView)} />
          </section>
        )}
        <RolesPanel user={user} municipalityNames={names} cooperationNames={roleNames} t={t} />
      </div>
    </div>
  );
}

/** Drafts or ended cooperations: a heading and one line each, no lights or tasks. */
function CompactGroup({ id, title, lead, total, cards, words }: { id: string; title: string; lead: string; total: number; cards: DashboardCard[]; words: OverviewWords }) {
  if (cards.length === 0) return null;
  return (
    <section aria-labelledby={`gruppe-${id}`} className="mt-8" data-testid={`oversikt-gruppe-${id}`}>
      <Heading level={3} id={`gruppe-${id}`} data-size="xs">
        {words.t('groupHeading', { title, count: total.toLocaleString(NUMBER_LOCALE[words.locale]) })}
      </Heading>
      <Paragraph data-size="sm" className="bb-muted mt-1">
        {lead}
      </Paragraph>
      <ul className="mt-3 grid gap-2">
        {cards.map((card) => (
          <CompactCard key={card.id} card={card} words={words} />
        ))}
      </ul>
    </section>
  );
}

/** "Viser 51–100 av 1 155" in the page's language (the words of app/_components/range-text.tsx). */
function rangeIn(t: Awaited<ReturnType<typeof getTranslations<'sider'>>>, w: PageWindow): string {
  if (w.total === 0) return t('noHits');
  if (w.first === 0) return t('beyond', { page: w.page, pageCount: w.pageCount });
  return t('range', { first: w.first, last: w.last, total: w.total });
}
