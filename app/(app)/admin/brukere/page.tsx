import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { Heading, TableCell, TableRow, Tag } from '@digdir/designsystemet-react';
import { getDb } from '@/db/client';
import { userListPage } from '@/db/queries/users';
import { parsePage } from '@/lib/pure/paging';
import { SearchedList, searchTerm, type SearchedListTexts } from '@/app/_components/searched-list';
import { can, SYSTEM } from '@/lib/pure/auth/can';
import { requireUser } from '@/lib/server/auth/session';
import { forbid } from '@/lib/server/forbidden';
import { PageHeader } from '../../../_components/page-header';
import { CreateUserForm } from './_components/create-user-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('brukere');
  return { title: t('title') };
}

function userList(t: Awaited<ReturnType<typeof getTranslations<'brukere'>>>): SearchedListTexts {
  return {
    path: '/admin/brukere',
    field: { label: t('searchLabel'), description: t('searchDescription') },
    searchName: t('searchName'),
    rangeTestId: 'brukere-utvalg',
    nothing: (search) => (search ? t('nothingFound', { search }) : t('nothing')),
    pastLastPage: t('pastLastPage'),
    pagerName: t('pagerName'),
    caption: t('caption'),
    columns: [t('colName'), t('colEmail'), t('colRoles'), t('colStatus')],
  };
}

export default async function UsersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser('/admin/brukere');
  if (!can(user, 'user.list', SYSTEM)) forbid();
  const params = await searchParams;
  const search = searchTerm(params);
  const { rows: users, window } = await userListPage(await getDb(), parsePage(params), search);
  const [t, locale] = await Promise.all([getTranslations('brukere'), getLocale()]);
  return (
    <div lang={locale}>
      <PageHeader title={t('title')} crumbs={[{ href: '/admin', label: t('admin') }]} lead={t('lead')} />
      <div className="grid gap-8 xl:grid-cols-[2fr_1fr]">
        <section aria-labelledby="brukerliste">
          <Heading level={2} id="brukerliste" data-size="sm" className="mb-4">
            {search ? t('headingSearch', { count: window.total }) : t('headingAll', { count: window.total })}
          </Heading>
          <SearchedList list={userList(t)} search={search} window={window} shown={users.length}>
            {users.map((u) => (
              <TableRow key={u.id}>
                <TableCell>
                  <Link href={`/admin/brukere/${u.id}`}>{u.name}</Link>
                </TableCell>
                <TableCell>{u.email}</TableCell>
                <TableCell>{u.roles.map((r) => t(`rolle.${r}`)).join(', ') || '–'}</TableCell>
                <TableCell>{u.active ? <Tag data-color="success">{t('active')}</Tag> : <Tag data-color="neutral">{t('deactivated')}</Tag>}</TableCell>
              </TableRow>
            ))}
          </SearchedList>
        </section>
        <section aria-labelledby="ny-bruker" className="bb-panel self-start">
          <Heading level={2} id="ny-bruker" data-size="sm">
            {t('newUser')}
          </Heading>
          <CreateUserForm
            words={{
              fullName: t('fullName'),
              email: t('email'),
              jobTitle: t('jobTitle'),
              firstPassword: t('firstPassword'),
              firstPasswordDescription: t('firstPasswordDescription'),
              create: t('create'),
              created: t.raw('created') as string,
              checkFields: t('checkFields'),
            }}
          />
        </section>
      </div>
    </div>
  );
}
