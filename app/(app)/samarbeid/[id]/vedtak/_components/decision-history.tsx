// Every registered decision by round, newest round first; members that have left keep their
// name. A corrected decision shows each correction under it: when, by whom, what changed and why.
// Words: namespace `vedtak.historikk`.
import { getTranslations } from 'next-intl/server';
import { Heading, Paragraph, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@digdir/designsystemet-react';
import { Table } from '@/app/_components/table';
import type { CorrectionEntry } from '@/db/queries/decision-corrections';
import { historySummary } from '@/lib/pure/domain/decision-summary';
import type { MemberDecision } from '@/lib/pure/domain/dossier';
import { formatDateTime } from '@/lib/pure/format';
import type { Locale } from '@/lib/pure/i18n/locales';
import { FieldChange } from '../../_components/field-change';
import { CorrectLink, DecisionSummary } from './decision-status-table';
import { OutcomeTag } from './outcome-tag';

interface Props {
  decisions: MemberDecision[];
  names: Record<string, string>;
  corrections: CorrectionEntry[];
  /** The open round, if any: its table says so. */
  openRound: number | null;
  /** The correction form's address for a decision that may be corrected; null for none. */
  correctHref: ((decision: MemberDecision) => string | null) | null;
  locale: Locale;
}

async function Corrections({ list, locale }: { list: CorrectionEntry[]; locale: Locale }) {
  if (list.length === 0) return null;
  const t = await getTranslations('vedtak.historikk');
  return (
    <ul className="mt-2 space-y-2 border-l-2 border-[var(--ds-color-neutral-border-subtle)] pl-3 text-sm" aria-label={t('corrections')}>
      {list.map((c) => (
        <li key={c.id}>
          <span className="bb-muted">{t('correctedBy', { at: formatDateTime(c.at, locale), name: c.actorName })}</span>
          <ul className="mt-0.5">
            {c.changes.map((change) => (
              <li key={change.field}>
                <FieldChange {...change} />
              </li>
            ))}
          </ul>
          <p>{t('reason', { reason: c.reason })}</p>
        </li>
      ))}
    </ul>
  );
}

export async function DecisionHistory({ decisions, names, corrections, openRound, correctHref, locale }: Props) {
  const [t, ts, tt] = await Promise.all([getTranslations('vedtak.historikk'), getTranslations('vedtak.oppsummering'), getTranslations('vedtak.tabell')]);
  const rounds = [...new Set(decisions.map((d) => d.round))].sort((a, b) => b - a);
  const name = (d: MemberDecision) => names[d.memberId] ?? t('formerMember');
  return (
    <section aria-labelledby="historikk-tittel" className="bb-panel" data-testid="vedtakshistorikk">
      <Heading level={2} id="historikk-tittel" data-size="sm">
        {t('title')}
      </Heading>
      <Paragraph data-size="sm" className="mt-2">
        {historySummary(decisions, ts)}
      </Paragraph>
      {rounds.map((round) => (
        <div key={round} className="mt-4 overflow-x-auto">
          <Table border data-color="neutral" className="w-full">
            <caption className="mb-2 text-left font-semibold">
              {t('round', { round })}
              {round === openRound ? t('ongoing') : ''}
            </caption>
            <TableHead>
              <TableRow>
                <TableHeaderCell>{tt('member')}</TableHeaderCell>
                <TableHeaderCell>{t('treatment')}</TableHeaderCell>
                <TableHeaderCell>{t('outcome')}</TableHeaderCell>
                {correctHref ? <TableHeaderCell>{tt('actions')}</TableHeaderCell> : null}
              </TableRow>
            </TableHead>
            <TableBody>
              {decisions
                .filter((d) => d.round === round)
                .sort((a, b) => a.date.localeCompare(b.date))
                .map((d) => {
                  const href = correctHref?.(d) ?? null;
                  return (
                    <TableRow key={d.id}>
                      <TableCell>{name(d)}</TableCell>
                      <TableCell>
                        <DecisionSummary decision={d} memberName={name(d)} locale={locale} />
                        <Corrections list={corrections.filter((c) => c.decisionId === d.id)} locale={locale} />
                      </TableCell>
                      <TableCell>
                        <OutcomeTag outcome={d.outcome} />
                      </TableCell>
                      {correctHref ? (
                        <TableCell>{href ? <CorrectLink href={href} memberName={name(d)} /> : <span className="bb-muted text-sm">{t('cannotCorrect')}</span>}</TableCell>
                      ) : null}
                    </TableRow>
                  );
                })}
            </TableBody>
          </Table>
        </div>
      ))}
    </section>
  );
}
