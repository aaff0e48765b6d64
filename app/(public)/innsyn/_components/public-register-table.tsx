// The public register's table of cooperations (a municipality's page), in the page's language.
// Names and legal forms are the register's data and stay as registered; the seeded task areas
// are worded in the page's language (catalogue namespace `oppgavefelt`).
import Link from 'next/link';
import { useFormatter, useTranslations } from 'next-intl';
import { TableBody, TableCell, TableHead, TableHeaderCell, TableRow, Tag } from '@digdir/designsystemet-react';
import { Table } from '@/app/_components/table';
import { taskAreaNameIn } from '@/lib/pure/domain/task-area-words';
import { dateOfIso } from '@/lib/pure/i18n/formats';
import type { PublicRegisterRow } from '@/lib/pure/register/public';
import { MEMBER_ROLE_LABELS } from '@/lib/pure/register/row';
import { TableScroll } from '@/app/_components/table-scroll';

/** lib/pure/register/row.ts words the host column's label in bokmål; these are its catalogue keys. */
const HOST_LABEL_KEYS: Readonly<Record<string, 'vertskommune' | 'kontorkommune' | 'vertOgKontor'>> = {
  [MEMBER_ROLE_LABELS.vertskommune]: 'vertskommune',
  [MEMBER_ROLE_LABELS.kontorkommune]: 'kontorkommune',
  'Vertskommune/kontorkommune': 'vertOgKontor',
};

export function PublicRegisterTable({ rows, caption, from }: { rows: readonly PublicRegisterRow[]; caption: string; from: string }) {
  const t = useTranslations('registertabell');
  const tState = useTranslations('tilstand');
  const tRole = useTranslations('rolle');
  const tArea = useTranslations('oppgavefelt');
  const format = useFormatter();
  const date = (iso: string) => format.dateTime(dateOfIso(iso), 'date');
  const hostLabel = (label: string) => (HOST_LABEL_KEYS[label] ? tRole(HOST_LABEL_KEYS[label]) : label);
  return (
    <TableScroll label={caption}>
      <Table border className="w-full" data-testid="innsyn-tabell">
        <caption className="ds-sr-only">{caption}</caption>
        <TableHead>
          <TableRow>
            <TableHeaderCell>{t('colCooperation')}</TableHeaderCell>
            <TableHeaderCell>{t('colTaskArea')}</TableHeaderCell>
            <TableHeaderCell>{t('colHost')}</TableHeaderCell>
            <TableHeaderCell>{t('colMembers')}</TableHeaderCell>
            <TableHeaderCell>{t('colState')}</TableHeaderCell>
            <TableHeaderCell>{t('colEvaluation')}</TableHeaderCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.id}>
              <TableCell className="min-w-60 align-top">
                <Link href={`/innsyn/samarbeid/${row.id}?fra=${from}`} className="font-semibold">
                  {row.name}
                </Link>
                <div className="bb-muted mt-1 text-sm">{row.legalForm ?? t('noLegalForm')}</div>
              </TableCell>
              <TableCell className="align-top">{row.taskArea ? taskAreaNameIn(row.taskArea, tArea) : '–'}</TableCell>
              <TableCell className="align-top">
                {row.hosts.length > 0 ? row.hosts.join(', ') : '–'}
                {row.hostLabel ? <div className="bb-muted text-sm">{hostLabel(row.hostLabel)}</div> : null}
              </TableCell>
              <TableCell className="min-w-48 align-top text-sm">
                <span className="font-semibold">{row.members.length}</span> {t('members', { count: row.members.length })}
                <div className="bb-muted mt-1">{row.members.join(', ')}</div>
              </TableCell>
              <TableCell className="align-top">
                <Tag data-color="info">{tState(row.state)}</Tag>
                {row.startDate ? <div className="bb-muted mt-1 text-sm whitespace-nowrap">{t('started', { date: date(row.startDate) })}</div> : null}
              </TableCell>
              <TableCell className="align-top whitespace-nowrap">{row.lastEvaluation ? date(row.lastEvaluation) : t('notEvaluated')}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
