// Goal attainment as the respondents judged it, with the indicator results they reported.
import { getLocale, getTranslations } from 'next-intl/server';
import { TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@digdir/designsystemet-react';
import { Table } from '@/app/_components/table';
import type { AnonymousResults } from '@/lib/pure/domain/evaluation-anonymous';
import { numberText } from './numbers';
import { CommentList } from './comment-list';

export async function GoalResults({ goals }: { goals: AnonymousResults['goals'] }) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations('evaluering.maal')]);
  if (goals.length === 0) return <p className="mt-2 text-sm">{t('none')}</p>;
  return (
    <div className="mt-3 overflow-x-auto">
      <Table border className="w-full" data-testid="maaloppnaaelse">
        <caption className="ds-sr-only">{t('caption')}</caption>
        <TableHead>
          <TableRow>
            <TableHeaderCell>{t('colGoal')}</TableHeaderCell>
            <TableHeaderCell>{t('colAttainment')}</TableHeaderCell>
            <TableHeaderCell>{t('colReported')}</TableHeaderCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {goals.map((g) => (
            <TableRow key={g.goalId}>
              <TableHeaderCell scope="row" className="font-normal">
                <span className="font-semibold">{g.statement}</span>
                <span className="bb-muted block text-xs">{t('line', { indicator: g.indicator || t('noIndicator'), baseline: g.baseline || '–', target: g.target || '–' })}</span>
              </TableHeaderCell>
              <TableCell>
                {g.tally.mean === null ? '–' : numberText(g.tally.mean, locale, 2)}
                <span className="bb-muted block text-xs">{t('tally', { answered: g.tally.answered, dontKnow: g.tally.dontKnow })}</span>
              </TableCell>
              <TableCell>
                <CommentList comments={g.reportedResults} />
                <CommentList comments={g.comments} empty={g.reportedResults.length === 0 ? t('noResults') : undefined} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
