import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { TableCell, TableRow, Tag } from '@digdir/designsystemet-react';
import { getDb } from '@/db/client';
import { cooperationListPage } from '@/db/queries/cooperations';
import { parsePage } from '@/lib/pure/paging';
import { SearchedList, searchTerm, type SearchedListTexts } from '@/app/_components/searched-list';
import { requireUser } from '@/lib/server/auth/session';
import { LIFECYCLE_STATES, type LifecycleState } from '@/lib/pure/domain/dossier';
import { taskAreaNameIn } from '@/lib/pure/domain/task-area-words';
import { PageHeader } from '../../_components/page-header';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('samarbeidsliste'))('title') };
}

type ListT = Awaited<ReturnType<typeof getTranslations<'samarbeidsliste'>>>;

/** The list's words in the page's language. */
function cooperationList(t: ListT, pastLastPage: string): SearchedListTexts {
  return {
    path: '/samarbeid',
    panel: true,
    field: { label: t('searchLabel'), description: t('searchDescription') },
    searchName: t('searchName'),
    rangeTestId: 'samarbeid-utvalg',
    nothing: (search) => (search ? t('noMatch', { search }) : t('none')),
    pastLastPage,
    pagerName: t('pagerName'),
    caption: t('caption'),
    columns: [t('colCooperation'), t('colState'), t('colTaskArea'), t('colMembers')],
  };
}

export default async function CooperationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser('/samarbeid');
  const params = await searchParams;
  const search = searchTerm(params);
  const [{ rows: cooperations, window }, t, tState, tPages, tArea, locale] = await Promise.all([
    getDb().then((db) => cooperationListPage(db, user, parsePage(params), undefined, search)),
    getTranslations('samarbeidsliste'),
    getTranslations('tilstand'),
    getTranslations('sider'),
    getTranslations('oppgavefelt'),
    getLocale(),
  ]);
  const stateName = (state: string) => (LIFECYCLE_STATES.includes(state as LifecycleState) ? tState(state as LifecycleState) : state);
  const mayCreate = user.roles.some((r) => r.role === 'radmannsteam');
  const mayRegister = mayCreate || user.roles.some((r) => r.role === 'administrator');
  return (
    <div lang={locale}>
      <PageHeader title={t('title')} lead={t('lead')}>
        <div className="flex flex-wrap gap-3">
          {mayCreate ? (
            <Link href="/samarbeid/ny" className="ds-button" data-variant="primary">
              {t('new')}
            </Link>
          ) : null}
          {mayRegister ? (
            <>
              <Link href="/samarbeid/registrer" className="ds-button" data-variant="secondary">
                {t('registerExisting')}
              </Link>
              <Link href="/samarbeid/importer" className="ds-button" data-variant="secondary">
                {t('import')}
              </Link>
            </>
          ) : null}
        </div>
      </PageHeader>
      <SearchedList list={cooperationList(t, tPages('pastLastPage'))} search={search} window={window} shown={cooperations.length}>
        {cooperations.map((c) => (
          <TableRow key={c.id}>
            <TableCell>
              <Link href={`/samarbeid/${c.id}`}>{c.name}</Link>
            </TableCell>
            <TableCell>
              <Tag data-color="info">{stateName(c.state)}</Tag>
            </TableCell>
            <TableCell>{c.taskArea ? taskAreaNameIn(c.taskArea, tArea) : '–'}</TableCell>
            <TableCell>{c.members.map((m) => m.name).join(', ')}</TableCell>
          </TableRow>
        ))}
      </SearchedList>
    </div>
  );
}
