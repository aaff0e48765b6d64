// Deltakere: who takes part now, who joins or leaves and when, who has left, and the
// membership history. While setting up, members are added and removed directly; in a
// redesign, joiners and leavers are proposals the member decisions apply; in drift a change
// starts as a redesign («Foreslå endring» on the overview).
import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { SectionTitle } from '@/app/_components/phase/section-rule';
import { Alert, Heading, Paragraph, TableBody, TableCell, TableHead, TableHeaderCell, TableRow, Tag } from '@digdir/designsystemet-react';
import { Table } from '@/app/_components/table';
import { getDb } from '@/db/client';
import { listMunicipalities } from '@/db/queries/municipalities';
import { formatDate } from '@/lib/pure/format';
import { membershipEditMode, type MembershipChange } from '@/lib/pure/domain/membership';
import { isEnded, type Member } from '@/lib/pure/domain/dossier';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import { cooperationPage } from '@/lib/server/cooperation-page';
import { TableScroll } from '@/app/_components/table-scroll';
import { AddMemberForm } from './_components/add-member-form';
import { RemoveMember } from './_components/remove-member';
import { WithdrawChange } from './_components/withdraw-change';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('deltakere');
  return { title: t('title') };
}

export default async function DeltakerePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { dossier, allowed, canEdit } = await cooperationPage(id, `/samarbeid/${id}/deltakere`);
  if (!allowed) return null; // the layout shows NoAccess
  const mode = membershipEditMode(dossier.state);
  const editable = canEdit && mode !== 'stengt';
  const pending = dossier.membershipChanges.filter((c) => c.status === 'foreslatt');
  const leavingOn = new Map(pending.filter((c) => c.kind === 'ut').map((c) => [c.memberId, c.effectiveDate]));
  // Members added here are municipalities (the schema takes four-digit numbers).
  const municipalities = editable
    ? (await listMunicipalities(await getDb()))
        .filter((m) => m.kind === 'kommune')
        .map((m) => ({ kommunenummer: m.kommunenummer, name: m.name, otherName: m.otherName, countyName: m.countyName, kind: m.kind }))
    : [];
  const [locale, t, tRole] = await Promise.all([getLocale(), getTranslations('deltakere'), getTranslations('rolle')]);
  const messages = CATALOGUES[locale];
  const date = (d: string) => formatDate(d, locale);
  const since = (m: Member) => (m.joinedAt ? t('sinceDate', { date: date(m.joinedAt) }) : t('sinceStart'));
  const changeText = (c: MembershipChange) =>
    c.kind === 'inn' ? t('changeIn', { name: c.memberName, date: date(c.effectiveDate) }) : t('changeOut', { name: c.memberName, date: date(c.effectiveDate) });

  return (
    <div className="space-y-6" lang={locale}>
      <div>
        <Heading level={2} data-size="md">
          <SectionTitle id="samarbeid.deltakere">{t('title')}</SectionTitle>
        </Heading>
        <Paragraph className="bb-muted mt-2 max-w-3xl">{t(`mode.${mode}`)}</Paragraph>
        {mode === 'stengt' && canEdit && !isEnded(dossier.state) ? (
          <Paragraph data-size="sm" className="mt-2">
            {t.rich('inDrift', { link: (chunks) => <Link href={`/samarbeid/${id}?endring=nytt_medlem#neste-steg`}>{chunks}</Link> })}
          </Paragraph>
        ) : null}
      </div>

      <section aria-labelledby="naa-tittel" className="bb-panel">
        <Heading level={2} id="naa-tittel" data-size="sm">
          {t('now', { count: dossier.members.length })}
        </Heading>
        <TableScroll label={t('nowTable')} className="mt-3">
          <Table border className="w-full">
            <TableHead>
              <TableRow>
                <TableHeaderCell>{t('colMember')}</TableHeaderCell>
                <TableHeaderCell>{t('colRole')}</TableHeaderCell>
                <TableHeaderCell>{t('colMembership')}</TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {dossier.members.map((m) => (
                <TableRow key={m.id}>
                  <TableCell>
                    <div>{m.name}</div>
                    {editable && !leavingOn.has(m.id) && dossier.members.length > 2 ? (
                      <div className="mt-2">
                        <RemoveMember
                          cooperationId={id}
                          memberId={m.id}
                          name={m.name}
                          proposal={mode === 'forslag'}
                          words={messages.deltakere.fjern}
                          checkFields={messages.vedtak.checkFields}
                        />
                      </div>
                    ) : null}
                  </TableCell>
                  <TableCell>{tRole(m.role)}</TableCell>
                  <TableCell>
                    {since(m)}
                    {m.leftAt ? t('lastDay', { date: date(m.leftAt) }) : null}
                    {leavingOn.has(m.id) ? (
                      <div>
                        <Tag data-color="warning" data-size="sm">
                          {t('proposedExit', { date: date(leavingOn.get(m.id)!) })}
                        </Tag>
                      </div>
                    ) : null}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableScroll>
      </section>

      {dossier.upcomingMembers.length > 0 || dossier.proposedMembers.length > 0 ? (
        <section aria-labelledby="kommende-tittel" className="bb-panel">
          <Heading level={2} id="kommende-tittel" data-size="sm">
            {t('newMembers')}
          </Heading>
          <ul className="mt-2 space-y-1">
            {dossier.upcomingMembers.map((m) => (
              <li key={m.id}>
                {t('upcoming', { name: m.name, role: tRole(m.role).toLocaleLowerCase(locale), since: since(m) })}
              </li>
            ))}
            {dossier.proposedMembers.map((m) => (
              <li key={m.id}>
                {t('proposed', { name: m.name, role: tRole(m.role).toLocaleLowerCase(locale), since: m.joinedAt ? t('proposedSince', { date: date(m.joinedAt) }) : '' })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {pending.length > 0 ? (
        <section aria-labelledby="forslag-tittel" className="bb-panel">
          <Heading level={2} id="forslag-tittel" data-size="sm">
            {t('pendingTitle')}
          </Heading>
          <Paragraph data-size="sm" className="mt-1">
            {t('pendingNote')}
          </Paragraph>
          <ul className="mt-2 space-y-2">
            {pending.map((c) => (
              <li key={c.id} className="flex flex-wrap items-center gap-3">
                <span>{changeText(c)}</span>
                {editable ? <WithdrawChange cooperationId={id} changeId={c.id} label={changeText(c)} words={messages.deltakere.trekk} /> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {editable ? (
        <AddMemberForm
          cooperationId={id}
          proposal={mode === 'forslag'}
          municipalities={municipalities}
          words={messages.deltakere.leggTil}
          roles={messages.rolle}
          checkFields={messages.vedtak.checkFields}
        />
      ) : null}

      {mode === 'stengt' && !canEdit ? (
        <Alert data-color="info">
          <Paragraph data-size="sm">{t('whoProposes')}</Paragraph>
        </Alert>
      ) : null}

      <section aria-labelledby="tidligere-tittel" className="bb-panel">
        <Heading level={2} id="tidligere-tittel" data-size="sm">
          {t('former')}
        </Heading>
        {dossier.formerMembers.length === 0 ? (
          <Paragraph data-size="sm" className="mt-2">
            {t('noFormer')}
          </Paragraph>
        ) : (
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {dossier.formerMembers.map((m) => (
              <li key={m.id}>
                {t('formerLine', { name: m.name, since: since(m), date: date(m.leftAt!) })}
              </li>
            ))}
          </ul>
        )}
      </section>

      {dossier.membershipChanges.some((c) => c.status !== 'foreslatt') ? (
        <section aria-labelledby="historikk-tittel" className="bb-panel">
          <Heading level={2} id="historikk-tittel" data-size="sm">
            {t('history')}
          </Heading>
          <ul className="mt-2 space-y-1">
            {dossier.membershipChanges
              .filter((c) => c.status !== 'foreslatt')
              .map((c) => (
                <li key={c.id}>
                  {t('historyLine', { change: changeText(c), status: t(`status.${c.status}`) })}
                  {c.decisionRound ? t('inRound', { round: c.decisionRound }) : null}
                  {c.reason ? t('reason', { reason: c.reason }) : null}
                </li>
              ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
