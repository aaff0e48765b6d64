// Every current member and where it stands in the open round: the latest decision counts.
// Each row says what can be done with it: register a decision, or why nothing more is needed;
// and a registered decision can be corrected. Words: namespace `vedtak.tabell`.
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@digdir/designsystemet-react';
import { Table } from '@/app/_components/table';
import type { MemberDecision } from '@/lib/pure/domain/dossier';
import type { MemberDecisionStatus } from '@/lib/pure/domain/readiness';
import { formatDate } from '@/lib/pure/format';
import type { Locale } from '@/lib/pure/i18n/locales';
import { OutcomeTag } from './outcome-tag';

/** "Kommunestyret 12.02.2026, sak 26/31", linked to the decision when there is a link. */
export async function DecisionSummary({ decision, memberName, locale }: { decision: MemberDecision; memberName: string; locale: Locale }) {
  const t = await getTranslations('vedtak.tabell');
  const date = formatDate(decision.date, locale);
  const text = decision.saksnummer ? t('summaryCase', { body: decision.body, date, saksnummer: decision.saksnummer }) : t('summary', { body: decision.body, date });
  if (!decision.url) return <>{text}</>;
  return (
    <a href={decision.url} target="_blank" rel="noopener noreferrer">
      {text}
      <span className="ds-sr-only">{t('decisionOf', { name: memberName })}</span>
    </a>
  );
}

/** The link that opens the correction form for one decision. */
export async function CorrectLink({ href, memberName }: { href: string; memberName: string }) {
  const t = await getTranslations('vedtak.tabell');
  return (
    <Link href={href}>
      {t('correct')}
      <span className="ds-sr-only">{t('correctFor', { name: memberName })}</span>
    </Link>
  );
}

export interface DecisionLinks {
  record: (memberId: string) => string;
  correct: (decisionId: string) => string;
}

export async function DecisionStatusTable({ status, links, locale }: { status: MemberDecisionStatus; links: DecisionLinks | null; locale: Locale }) {
  const t = await getTranslations('vedtak.tabell');
  return (
    <div className="mt-4 overflow-x-auto">
      <Table border data-color="neutral" className="w-full" data-testid="vedtak-status">
        <caption className="ds-sr-only">{t('caption', { round: status.round })}</caption>
        <TableHead>
          <TableRow>
            <TableHeaderCell>{t('member')}</TableHeaderCell>
            <TableHeaderCell>{t('status')}</TableHeaderCell>
            <TableHeaderCell>{t('latest')}</TableHeaderCell>
            {links ? <TableHeaderCell>{t('actions')}</TableHeaderCell> : null}
          </TableRow>
        </TableHead>
        <TableBody>
          {status.members.map(({ memberId, memberName, decision, outcome }) => (
            <TableRow key={memberId}>
              <TableCell>{memberName}</TableCell>
              <TableCell>
                <OutcomeTag outcome={outcome} />
              </TableCell>
              <TableCell>{decision ? <DecisionSummary decision={decision} memberName={memberName} locale={locale} /> : '–'}</TableCell>
              {links ? (
                <TableCell>
                  <div className="flex flex-col gap-1">
                    {outcome !== 'tilslutning' ? (
                      <Link href={links.record(memberId)} scroll={false}>
                        {t('record')}
                        <span className="ds-sr-only">{t('recordFor', { name: memberName })}</span>
                      </Link>
                    ) : (
                      <span className="bb-muted text-sm">{t('consented')}</span>
                    )}
                    {decision ? <CorrectLink href={links.correct(decision.id)} memberName={memberName} /> : null}
                  </div>
                </TableCell>
              ) : null}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
