// Every statement's answers, by group: mean on the 1-5 scale, points, how many answered and
// said «Vet ikke», the previous round's mean, and the comments. The statements' names and texts
// come from the round's questionnaire version in the page's language when that version exists
// in it, otherwise in the language the round was answered in (marked with its lang); only a
// statement the version does not know is shown as stored, in bokmål.
import { getLocale, getTranslations } from 'next-intl/server';
import { Heading, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@digdir/designsystemet-react';
import { Table } from '@/app/_components/table';
import type { AnonymousResults } from '@/lib/pure/domain/evaluation-anonymous';
import { QUESTIONNAIRES_BY_LANGUAGE, STATEMENT_GROUPS, statementById, type QuestionnaireLanguage } from '@/lib/pure/domain/questionnaire';
import { bokmaal } from '@/app/_components/language/bokmaal';
import { numberText } from './numbers';
import { CommentList } from './comment-list';

export async function StatementResults({
  statements,
  withPrevious,
  version,
  roundLanguage,
}: {
  statements: AnonymousResults['statements'];
  withPrevious: boolean;
  /** The round's questionnaire version and the language it was answered in. */
  version: number;
  roundLanguage: QuestionnaireLanguage;
}) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations('evaluering.pastander')]);
  const mean = (n: number | null) => (n === null ? '–' : numberText(n, locale, 2));
  const versions = QUESTIONNAIRES_BY_LANGUAGE[version];
  const language = versions?.[locale] ? locale : roundLanguage;
  const q = versions?.[language];
  /** The statement's name and text in the chosen language, with its lang when that is not the page's. */
  const words = (s: AnonymousResults['statements'][number]) => {
    const found = q ? statementById(q, s.id) : undefined;
    if (!found) return { label: bokmaal(s.label), text: bokmaal(s.text) };
    const lang = language === locale ? undefined : language;
    const mark = (value: string) => (lang ? <span lang={lang}>{value}</span> : value);
    return { label: mark(found.label), text: mark(found.text) };
  };
  return (
    <div className="space-y-6">
      {STATEMENT_GROUPS.map((group) => {
        const rows = statements.filter((s) => s.group === group);
        if (rows.length === 0) return null;
        const commented = rows.filter((s) => s.comments.length > 0);
        return (
          <div key={group}>
            <Heading level={3} data-size="2xs">
              {t(`group.${group}`)}
            </Heading>
            <div className="mt-2 overflow-x-auto">
              <Table border className="w-full">
                <caption className="ds-sr-only">{t('caption', { group: t(`group.${group}`).toLocaleLowerCase(locale) })}</caption>
                <TableHead>
                  <TableRow>
                    <TableHeaderCell>{t('colStatement')}</TableHeaderCell>
                    <TableHeaderCell>{t('colMean')}</TableHeaderCell>
                    <TableHeaderCell>{t('colPoints')}</TableHeaderCell>
                    <TableHeaderCell>{t('colAnswers')}</TableHeaderCell>
                    <TableHeaderCell>{t('colDontKnow')}</TableHeaderCell>
                    {withPrevious ? <TableHeaderCell>{t('colPrevious')}</TableHeaderCell> : null}
                  </TableRow>
                </TableHead>
                <TableBody>
                  {rows.map((s) => (
                    <TableRow key={s.id}>
                      <TableHeaderCell scope="row" className="font-normal">
                        <span className="font-semibold">{words(s).label}</span>
                        <span className="bb-muted block text-xs">{words(s).text}</span>
                      </TableHeaderCell>
                      <TableCell>{mean(s.tally.mean)}</TableCell>
                      <TableCell>{s.tally.score ?? '–'}</TableCell>
                      <TableCell>{s.tally.answered}</TableCell>
                      <TableCell>{s.tally.dontKnow}</TableCell>
                      {withPrevious ? <TableCell>{mean(s.previousMean)}</TableCell> : null}
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
            {commented.length > 0 ? (
              <details className="mt-2">
                <summary className="cursor-pointer text-sm">{t('comments', { count: commented.reduce((n, s) => n + s.comments.length, 0) })}</summary>
                {commented.map((s) => (
                  <div key={s.id} className="mt-2">
                    <p className="text-sm font-semibold">{words(s).label}</p>
                    <CommentList comments={s.comments} />
                  </div>
                ))}
              </details>
            ) : null}
          </div>
        );
      })}
    </div>
  );
}
