// The closed rounds of a cooperation, newest first, with a link to each round's results.
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { Heading, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@digdir/designsystemet-react';
import { Table } from '@/app/_components/table';
import { formatDate } from '@/lib/pure/format';

export interface ClosedRoundView {
  id: string;
  number: number;
  reason: 'plan' | 'forespurt';
  openedAt: Date;
  closedAt: Date | null;
  invited: number;
  answered: number;
  decision: 'opprettholde' | 'redesign' | 'avvikle' | null;
}

export async function RoundHistory({ cooperationId, rounds }: { cooperationId: string; rounds: ClosedRoundView[] }) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations('evaluering')]);
  return (
    <section aria-labelledby="tidligere-tittel" className="bb-panel">
      <Heading level={2} id="tidligere-tittel" data-size="xs">
        {t('history.heading')}
      </Heading>
      {rounds.length === 0 ? (
        <p className="mt-2 text-sm">{t('history.none')}</p>
      ) : (
        <div className="mt-3 overflow-x-auto">
          <Table border className="w-full">
            <caption className="ds-sr-only">{t('history.caption')}</caption>
            <TableHead>
              <TableRow>
                <TableHeaderCell>{t('history.colRound')}</TableHeaderCell>
                <TableHeaderCell>{t('history.colReason')}</TableHeaderCell>
                <TableHeaderCell>{t('history.colOpened')}</TableHeaderCell>
                <TableHeaderCell>{t('history.colClosed')}</TableHeaderCell>
                <TableHeaderCell>{t('history.colAnswers')}</TableHeaderCell>
                <TableHeaderCell>{t('history.colDecision')}</TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rounds.map((r) => (
                <TableRow key={r.id}>
                  <TableCell>
                    <Link href={`/samarbeid/${cooperationId}/evaluering/${r.id}`}>{t('history.round', { number: r.number })}</Link>
                  </TableCell>
                  <TableCell>{t(`reason.${r.reason}`)}</TableCell>
                  <TableCell>{formatDate(r.openedAt, locale)}</TableCell>
                  <TableCell>{r.closedAt ? formatDate(r.closedAt, locale) : '–'}</TableCell>
                  <TableCell>{t('history.answers', { answered: r.answered, invited: r.invited })}</TableCell>
                  <TableCell>{r.decision ? t(`history.decision.${r.decision}`) : t('history.notYet')}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </section>
  );
}
