import Link from 'next/link';
import { TableBody, TableCell, TableHead, TableHeaderCell, TableRow, Tag } from '@digdir/designsystemet-react';
import { Table } from '@/app/_components/table';
import { formatNok, formatPercent } from '@/lib/pure/domain/cost-shares';
import { formatOrganisationNumber } from '@/lib/pure/domain/organisation-number';
import { CRITERIA, type NextEvaluation, type OwnShare, type RegisterRow } from '@/lib/pure/register/row';
import { bokmaal } from '@/app/_components/language/bokmaal';
import { TrafficLight } from './traffic-light';
import { TableScroll } from '@/app/_components/table-scroll';
import type { RegisterWords } from './words';

/** «Politisk: Kari Nilsen» as stored with the row, in the page's language. */
function sponsorLine(line: string, { t, locale }: RegisterWords): string {
  if (locale === 'nb') return line;
  if (line.startsWith('Politisk: ')) return t('tabell.sponsorPolitisk', { name: line.slice('Politisk: '.length) });
  if (line.startsWith('Administrativ: ')) return t('tabell.sponsorAdministrativ', { name: line.slice('Administrativ: '.length) });
  return line;
}

export function RegisterTable({ rows, caption, words }: { rows: readonly RegisterRow[]; caption: string; words: RegisterWords }) {
  const { t } = words;
  return (
    <TableScroll label={caption}>
      <Table border className="w-full" data-testid="register-tabell">
        <caption className="ds-sr-only">{caption}</caption>
        <TableHead>
          <TableRow>
            <TableHeaderCell>{t('tabell.colCooperation')}</TableHeaderCell>
            <TableHeaderCell>{t('tabell.colMembers')}</TableHeaderCell>
            <TableHeaderCell>{t('tabell.colSponsors')}</TableHeaderCell>
            <TableHeaderCell>{t('tabell.colState')}</TableHeaderCell>
            <TableHeaderCell>{t('tabell.colShare')}</TableHeaderCell>
            <TableHeaderCell>{t('tabell.colEvaluation')}</TableHeaderCell>
            <TableHeaderCell>{t('tabell.colLegitimacy')}</TableHeaderCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.id}>
              <TableCell className="min-w-52 align-top">
                <Link href={`/samarbeid/${row.id}`} className="font-semibold">
                  {row.name}
                </Link>
                <dl className="mt-1 text-sm text-[var(--ds-color-neutral-text-default)]">
                  <dt className="ds-sr-only">{t('tabell.legalForm')}</dt>
                  <dd>{words.legalForm(row.legalFormCode, row.legalForm) ?? t('tabell.noLegalForm')}</dd>
                  <dt className="ds-sr-only">{t('tabell.taskArea')}</dt>
                  <dd className="bb-muted">{row.taskArea ? words.taskArea(row.taskArea) : t('tabell.noTaskArea')}</dd>
                  {row.organisationNumber ? (
                    <div className="bb-muted">
                      <dt className="inline">{t('tabell.orgNo')} </dt>
                      <dd className="inline whitespace-nowrap">{formatOrganisationNumber(row.organisationNumber)}</dd>
                    </div>
                  ) : null}
                  {row.hostLabel ? (
                    <div className="bb-muted">
                      <dt className="inline">{words.hostLabel(row.hostLabel)}: </dt>
                      <dd className="inline">{row.hosts.join(', ')}</dd>
                    </div>
                  ) : null}
                </dl>
                {row.isPublic ? null : (
                  <Tag data-color="neutral" data-size="sm" className="mt-2">
                    {t('tabell.notPublic')}
                  </Tag>
                )}
              </TableCell>
              <TableCell className="min-w-40 align-top text-sm">
                <span className="font-semibold">{row.members.length}</span> {words.members(row.members.length)}
                <div className="bb-muted mt-1">{row.members.join(', ')}</div>
              </TableCell>
              <TableCell className="min-w-36 align-top text-sm">
                {row.sponsors.length > 0 ? (
                  <ul>
                    {row.sponsors.map((s) => (
                      <li key={s}>{sponsorLine(s, words)}</li>
                    ))}
                  </ul>
                ) : (
                  <span>{t('tabell.noSponsors')}</span>
                )}
              </TableCell>
              <TableCell className="align-top">
                <Tag data-color="info">{words.state(row.state)}</Tag>
                {row.startDate ? <div className="bb-muted mt-1 text-sm whitespace-nowrap">{words.started(row.startDate)}</div> : null}
              </TableCell>
              <TableCell className="align-top text-sm">
                <ShareCell share={row.ownShare} words={words} />
              </TableCell>
              <TableCell className="align-top text-sm">
                <EvaluationCell last={row.lastEvaluation} next={row.nextEvaluation} words={words} />
              </TableCell>
              <TableCell className="align-top">
                <ul className="space-y-1">
                  {CRITERIA.map((c) => (
                    <li key={c}>
                      <TrafficLight light={row.lights[c].light} text={words.light(c, row.lights[c])} />
                    </li>
                  ))}
                </ul>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}

function ShareCell({ share, words }: { share: OwnShare | null; words: RegisterWords }) {
  if (share === null) return <span>–</span>;
  if (!share.ok) {
    // Bokmål: the domain's sentence as stored. Other languages: the cost key's words by its code;
    // a summary stored before the codes has only the bokmål sentence, marked as such.
    const worded = words.locale === 'nb' ? null : words.costReason(share);
    const sentence = worded ?? share.reason;
    const reason = sentence.charAt(0).toLocaleLowerCase(worded ? words.locale : 'nb') + sentence.slice(1);
    return (
      <span className="bb-muted">
        {words.t('tabell.notComputed')} {words.locale === 'nb' || worded ? reason : bokmaal(reason)}
      </span>
    );
  }
  return (
    <>
      <div className="font-semibold whitespace-nowrap tabular-nums">{formatPercent(share.basisPoints, words.locale)}</div>
      <div className="whitespace-nowrap tabular-nums">{formatNok(share.amountOre, words.locale)}</div>
    </>
  );
}

function EvaluationCell({ last, next, words }: { last: string | null; next: NextEvaluation | null; words: RegisterWords }) {
  const { t } = words;
  return (
    <dl>
      <dt className="inline">{t('tabell.last')} </dt>
      <dd className="inline whitespace-nowrap">{last ? words.date(last) : t('tabell.notEvaluated')}</dd>
      {next ? (
        <div>
          <dt className="inline">{t('tabell.next')} </dt>
          <dd className="inline whitespace-nowrap">
            {next.inProgress ? t('tabell.inProgress') : next.dueDate ? words.date(next.dueDate) : '–'}
            {next.overdue ? (
              <Tag data-color="warning" data-size="sm" className="ml-1">
                {t('tabell.overdue')}
              </Tag>
            ) : null}
          </dd>
        </div>
      ) : null}
    </dl>
  );
}
