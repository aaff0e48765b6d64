// Who is responsible and how a citizen holds them to account: the member councils, the
// host, the cooperation's own bodies, and contact persons the cooperation has made public.
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { Heading, Paragraph, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@digdir/designsystemet-react';
import { Table } from '@/app/_components/table';
import type { PublicCooperation } from '@/lib/pure/register/public';
import { TableScroll } from '@/app/_components/table-scroll';
import { useDate } from './labels';

export function MembersSection({ c }: { c: PublicCooperation }) {
  const t = useTranslations('samarbeid.members');
  const tRole = useTranslations('rolle');
  return (
    <section aria-labelledby="deltakere-tittel" className="bb-panel">
      <Heading level={2} id="deltakere-tittel" data-size="xs">
        {t('heading')}
      </Heading>
      <TableScroll label={t('heading')} className="mt-3">
        <Table border className="w-full">
          <caption className="ds-sr-only">{t('caption')}</caption>
          <TableHead>
            <TableRow>
              <TableHeaderCell>{t('colMember')}</TableHeaderCell>
              <TableHeaderCell>{t('colRole')}</TableHeaderCell>
              <TableHeaderCell>{t('colContact')}</TableHeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {c.members.map((m) => (
              <TableRow key={`${m.kommunenummer ?? ''}${m.name}`}>
                <TableCell>{m.kommunenummer ? <Link href={`/innsyn/kommune/${m.kommunenummer}`}>{m.name}</Link> : m.name}</TableCell>
                <TableCell>{tRole(m.role)}</TableCell>
                <TableCell>{m.contactPerson ?? <span className="bb-muted">{t('notPublished')}</span>}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableScroll>
      <MembershipHistory c={c} />
    </section>
  );
}

/** Coming and former members with their dates: who takes part when is public record. */
function MembershipHistory({ c }: { c: PublicCooperation }) {
  const t = useTranslations('samarbeid.members');
  const date = useDate();
  if (c.upcomingMembers.length === 0 && c.formerMembers.length === 0) return null;
  const name = (m: { name: string; kommunenummer: string | null }) => (m.kommunenummer ? <Link href={`/innsyn/kommune/${m.kommunenummer}`}>{m.name}</Link> : m.name);
  return (
    <div className="mt-4 space-y-3">
      {c.upcomingMembers.length > 0 ? (
        <div>
          <Heading level={3} data-size="2xs">
            {t('joining')}
          </Heading>
          <ul className="mt-1 list-disc pl-6">
            {c.upcomingMembers.map((m) => (
              <li key={`${m.kommunenummer ?? ''}${m.name}`}>{t.rich('joiningFrom', {
                  name: m.name,
                  date: date(m.from),
                  member: (chunks) => (m.kommunenummer ? <Link href={`/innsyn/kommune/${m.kommunenummer}`}>{chunks}</Link> : chunks),
                })}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {c.formerMembers.length > 0 ? (
        <div>
          <Heading level={3} data-size="2xs">
            {t('former')}
          </Heading>
          <ul className="mt-1 list-disc pl-6">
            {c.formerMembers.map((m) => (
              <li key={`${m.kommunenummer ?? ''}${m.name}${m.to}`}>
                {name(m)}: {m.from ? `${date(m.from)}–` : t('until')}
                {date(m.to)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

export function ResponsibilitySection({ c }: { c: PublicCooperation }) {
  const t = useTranslations('samarbeid.responsibility');
  const hostRole = c.members.find((m) => m.role === 'vertskommune') ? 'vertskommune' : 'kontorkommune';
  const hosts = c.hosts.join(t('and'));
  return (
    <section aria-labelledby="ansvar-tittel" className="bb-panel">
      <Heading level={2} id="ansvar-tittel" data-size="xs">
        {t('heading')}
      </Heading>
      <Paragraph className="mt-2">{t('intro')}</Paragraph>
      {c.hosts.length > 0 ? <Paragraph className="mt-2">{hostRole === 'vertskommune' ? t('host', { hosts }) : t('office', { hosts })}</Paragraph> : null}
      {c.bodies.length > 0 ? (
        <>
          <Heading level={3} data-size="2xs" className="mt-4">
            {t('bodies')}
          </Heading>
          <ul className="mt-2 space-y-2">
            {c.bodies.map((b) => (
              <li key={b.name}>
                <span className="font-semibold">{b.name}</span>
                {b.seats.length > 0 ? (
                  <span className="bb-muted block text-sm">{t('seats', { seats: b.seats.map((s) => `${s.member}: ${s.seats}`).join(', ') })}</span>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <Heading level={3} data-size="2xs" className="mt-4">
        {t('speakUp')}
      </Heading>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        <li>{t('council')}</li>
        <li>{t('documents')}</li>
        <li>{t('control')}</li>
        {c.members.some((m) => m.contactPerson) ? <li>{t('contacts')}</li> : null}
      </ul>
    </section>
  );
}
