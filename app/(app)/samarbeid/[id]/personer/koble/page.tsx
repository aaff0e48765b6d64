// Linking one person a phase names to a user account: search the accounts of the member's
// municipality (of every member's, for the operative leader) and pick one, or invite an
// e-mail address. Only those who may link the person see the page (403 otherwise).
import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Heading, Paragraph, TableBody, TableCell, TableHead, TableHeaderCell, TableRow, Textfield } from '@digdir/designsystemet-react';
import { Table } from '@/app/_components/table';
import { getDb } from '@/db/client';
import { usersOfMunicipalities } from '@/db/queries/person-links';
import { ActionError } from '@/lib/server/action';
import { PICKER_LIMIT, resolvePerson } from '@/lib/server/actions/person-links';
import { can, cooperationResource } from '@/lib/pure/auth/can';
import { osloDateOf } from '@/lib/pure/domain/iso-date';
import { requestNow } from '@/lib/server/clock';
import { linkState, mayLinkFor } from '@/lib/pure/domain/person-links';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import { cooperationPage } from '@/lib/server/cooperation-page';
import { forbid } from '@/lib/server/forbidden';
import { personSchema } from '@/lib/pure/validation/accounts';
import { InviteForm } from '../_components/invite-form';
import { LinkStateView } from '../../_components/link-state';
import { PickUserButton } from '../_components/pick-user-button';
import { SubmitButton } from '@/app/_components/submit-button';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('personer');
  return { title: t('title') };
}

const PHASE_PAGE = { politisk_sponsor: 'stotte', administrativ_sponsor: 'stotte', operativ_leder: 'design', medlemsrepresentant: 'deltakelse' } as const;

type Search = { rolle?: string; sponsor?: string; deltaker?: string; sok?: string };

export default async function KoblePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Search> }) {
  const { id } = await params;
  const search = await searchParams;
  const { user, dossier, allowed } = await cooperationPage(id, `/samarbeid/${id}/personer/koble`);
  if (!allowed) return null; // the layout shows NoAccess
  const [locale, t] = await Promise.all([getLocale(), getTranslations('personer')]);
  if (!can(user, 'cooperation.people', cooperationResource(dossier))) forbid(t('notAllowed'));
  const parsed = personSchema.safeParse({ cooperationId: id, role: search.rolle, sponsorId: search.sponsor ?? null, memberId: search.deltaker ?? null });
  if (!parsed.success) notFound();
  const db = await getDb();
  const now = await requestNow();
  let person: Awaited<ReturnType<typeof resolvePerson>>;
  try {
    person = await resolvePerson(db, parsed.data, osloDateOf(now));
  } catch (err) {
    if (err instanceof ActionError) notFound();
    throw err;
  }
  if (!mayLinkFor(user.roles, id, person.member?.kommunenummer ?? null)) forbid(t('ownOnly'));
  const query = (search.sok ?? '').slice(0, 100);
  const candidates = await usersOfMunicipalities(db, { kommunenummer: person.kommunenummer, query, limit: PICKER_LIMIT });
  const page = PHASE_PAGE[person.role];
  const phaseLabel = t(`fase.${page}`);
  const words = CATALOGUES[locale].personer;
  const back = `/samarbeid/${id}/${page}`;
  const ref = { cooperationId: id, role: person.role, sponsorId: person.sponsorId, memberId: person.member?.id ?? null, expectedLinkId: person.current?.id ?? null };
  const scope = person.member?.kommunenummer ? person.member.name : t('allMembers');
  const backLabel = t('back', { phase: phaseLabel });

  return (
    <div className="max-w-4xl space-y-6" lang={locale}>
      <div>
        <p className="bb-muted text-sm">
          <Link href={back}>{backLabel}</Link>
        </p>
        <Heading level={2} data-size="md" className="mt-2">
          {person.name ? t('headingLink', { name: person.name }) : t('headingAdd', { member: person.member?.name ?? '' })}
        </Heading>
        <Paragraph className="bb-muted mt-2">
          {t(`rolle.${person.role}`)}
          {person.member ? t('forMember', { member: person.member.name }) : null}
          {t('why')}
        </Paragraph>
        {person.current ? (
          <div className="mt-3" data-testid="naa">
            <span className="mr-2 text-sm">{t('now')}</span>
            <LinkStateView state={linkState(person.current, now)} />
          </div>
        ) : null}
      </div>

      <section aria-labelledby="velg-bruker" className="bb-panel">
        <Heading level={3} id="velg-bruker" data-size="xs">
          {t('pickTitle')}
        </Heading>
        <Paragraph data-size="sm" className="mt-1">
          {t('pickIntro', { scope, limit: PICKER_LIMIT })}
        </Paragraph>
        <form method="get" className="mt-3 flex flex-wrap items-end gap-3" role="search" aria-label={t('searchLabel')}>
          <input type="hidden" name="rolle" value={person.role} />
          {person.sponsorId ? <input type="hidden" name="sponsor" value={person.sponsorId} /> : null}
          {!person.sponsorId && person.member ? <input type="hidden" name="deltaker" value={person.member.id} /> : null}
          <Textfield label={t('searchField')} name="sok" defaultValue={query} autoComplete="off" className="min-w-64" />
          <SubmitButton variant="secondary">
            {t('search')}
          </SubmitButton>
        </form>
        {candidates.length === 0 ? (
          <Paragraph data-size="sm" className="mt-3" role="status">
            {query ? t('noMatch', { scope, query }) : t('noUsers', { scope })} {t('inviteBelow')}
          </Paragraph>
        ) : (
          <div className="mt-3 overflow-x-auto">
            <Table border className="w-full" data-testid="brukervalg">
              <caption className="ds-sr-only">{t('caption')}</caption>
              <TableHead>
                <TableRow>
                  <TableHeaderCell>{t('colName')}</TableHeaderCell>
                  <TableHeaderCell>{t('colEmail')}</TableHeaderCell>
                  <TableHeaderCell>
                    <span className="ds-sr-only">{t('colPick')}</span>
                  </TableHeaderCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {candidates.map((c) => (
                  <TableRow key={c.id}>
                    <TableCell>
                      {c.name}
                      {c.title ? <span className="bb-muted block text-sm">{c.title}</span> : null}
                    </TableCell>
                    <TableCell>{c.email}</TableCell>
                    <TableCell>
                      <PickUserButton person={ref} userId={c.id} userName={c.name} back={back} words={words.velg} />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        )}
      </section>

      <section aria-labelledby="inviter" className="bb-panel">
        <Heading level={3} id="inviter" data-size="xs">
          {t('inviteTitle')}
        </Heading>
        <Paragraph data-size="sm" className="mt-1">
          {t('inviteIntro')}
        </Paragraph>
        <InviteForm
          person={ref}
          defaultName={person.name ?? ''}
          back={back}
          backLabel={backLabel}
          words={words.inviter}
          checkFields={CATALOGUES[locale].vedtak.checkFields}
        />
      </section>
    </div>
  );
}
