// The numbers of a round's results as tables: perceived beside structural per criterion,
// per group (perspective or member municipality, anonymous), across all rounds, and against
// the previous round. The words follow the page's language (catalogue `evaluering.tabell`);
// the group labels frozen in bokmål with the round are shown in that language where they are
// the app's own (perspectives, «Øvrige»), and as they are where they are names.
import { getLocale, getTranslations } from 'next-intl/server';
import { TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@digdir/designsystemet-react';
import { Table } from '@/app/_components/table';
import { formatDate } from '@/lib/pure/format';
import { OTHERS_KEY, OTHERS_LABEL, type AnonymousGroups } from '@/lib/pure/domain/anonymity';
import type { AnonymousResults } from '@/lib/pure/domain/evaluation-anonymous';
import { trafficLight, type Criterion } from '@/lib/pure/domain/legitimacy';
import { joinList, joinNb } from '@/lib/pure/domain/nb-text';
import { CRITERIA } from '@/lib/pure/domain/perceived';
import { PERSPECTIVE_GROUP_LABELS, PERSPECTIVE_GROUPS, type PerspectiveGroup } from '@/lib/pure/domain/questionnaire';
import type { Locale } from '@/lib/pure/i18n/locales';

const SHORT_KEY = { input: 'shortInput', throughput: 'shortThroughput', output: 'shortOutput' } as const;
const LABEL_KEY = { input: 'criterionInput', throughput: 'criterionThroughput', output: 'criterionOutput' } as const;
const LIGHT_KEY = { groenn: 'lightGroenn', gul: 'lightGul', roed: 'lightRoed', ukjent: 'lightUkjent' } as const;

/** The criteria's short and long names and the score text, in the page's language. */
export async function criterionWords() {
  const [locale, t] = await Promise.all([getLocale(), getTranslations('felleskomponent')]);
  const tt = await getTranslations('evaluering.tabell');
  return {
    short: (c: Criterion) => t(SHORT_KEY[c]),
    label: (c: Criterion) => t(LABEL_KEY[c]),
    /** "72 (grønn)", or a dash when there is no score. */
    score: (score: number | null) => (score === null ? '–' : tt('scoreWithLight', { score, light: t(LIGHT_KEY[trafficLight(score)]).toLocaleLowerCase(locale) })),
  };
}

/** "+5", "−3", "0", or a dash when there is nothing to compare. */
export function changeText(change: number | null): string {
  if (change === null) return '–';
  return change > 0 ? `+${change}` : change < 0 ? `−${Math.abs(change)}` : '0';
}

const GROUP_OF_LABEL: ReadonlyMap<string, PerspectiveGroup> = new Map(PERSPECTIVE_GROUPS.map((g) => [PERSPECTIVE_GROUP_LABELS[g], g]));

/** A group label stored with the round, in the page's language: perspectives and «Øvrige» are translated, names are not. */
export async function groupLabelWords() {
  const t = await getTranslations('evaluering.tabell');
  return (label: string): string => {
    if (label === OTHERS_LABEL) return t('others');
    const group = GROUP_OF_LABEL.get(label);
    return group ? t(`groupLabel.${group}`) : label;
  };
}

export async function ScoreTable({ results }: { results: AnonymousResults }) {
  const [t, words] = await Promise.all([getTranslations('evaluering.tabell'), criterionWords()]);
  return (
    <Table border className="w-full" data-testid="poengtabell">
      <caption className="text-left text-sm font-semibold">{t('scoreCaption')}</caption>
      <TableHead>
        <TableRow>
          <TableHeaderCell>{t('colCriterion')}</TableHeaderCell>
          <TableHeaderCell>{t('colPerceived')}</TableHeaderCell>
          <TableHeaderCell>{t('colStructural')}</TableHeaderCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {CRITERIA.map((c) => (
          <TableRow key={c}>
            <TableHeaderCell scope="row">{words.label(c)}</TableHeaderCell>
            <TableCell>
              {words.score(results.criteria[c].perceived.score)}
              <span className="bb-muted block text-xs">{t('respondents', { count: results.criteria[c].perceived.respondents })}</span>
            </TableCell>
            <TableCell>{words.score(results.criteria[c].structural.score)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

const isPerspectiveGroup = (key: string): key is PerspectiveGroup => (PERSPECTIVE_GROUPS as readonly string[]).includes(key);

/** A table of anonymous groups: each row has at least three respondents (lib/pure/domain/anonymity.ts). */
export async function GroupTable({ groups, heading, caption, testId }: { groups: AnonymousGroups; heading: string; caption: string; testId: string }) {
  const [locale, t, words, groupLabel] = await Promise.all([getLocale(), getTranslations('evaluering.tabell'), criterionWords(), groupLabelWords()]);
  const join = (items: string[]) => (locale === 'nb' ? joinNb(items) : joinList(items, locale as Locale));
  return (
    <Table border className="w-full" data-testid={testId}>
      <caption className="ds-sr-only">{caption}</caption>
      <TableHead>
        <TableRow>
          <TableHeaderCell>{heading}</TableHeaderCell>
          <TableHeaderCell>{t('colAnswers')}</TableHeaderCell>
          {CRITERIA.map((c) => (
            <TableHeaderCell key={c}>{words.short(c)}</TableHeaderCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {groups.rows.map((r) => (
          <TableRow key={r.key}>
            <TableHeaderCell scope="row">
              {groupLabel(r.label)}
              <span className="bb-muted block text-xs font-normal">
                {r.key === OTHERS_KEY ? t('together', { groups: join(r.includes.map(groupLabel)) }) : isPerspectiveGroup(r.key) ? t(`groupDescription.${r.key}`) : ''}
              </span>
            </TableHeaderCell>
            <TableCell>{r.invited === null ? r.respondents : t('ofInvited', { respondents: r.respondents, invited: r.invited })}</TableCell>
            {CRITERIA.map((c) => (
              <TableCell key={c}>{r.criteria[c] ?? '–'}</TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** Perceived and structural points in every closed round up to this one. */
export async function TrendTable({ results }: { results: AnonymousResults }) {
  const [locale, tt, words] = await Promise.all([getLocale(), getTranslations('evaluering.tabell'), criterionWords()]);
  if (results.trend.length < 2) return <p className="mt-2 text-sm">{tt('trendNone')}</p>;
  return (
    <Table border className="mt-3 w-full" data-testid="utvikling">
      <caption className="ds-sr-only">{tt('trendCaption')}</caption>
      <TableHead>
        <TableRow>
          <TableHeaderCell>{tt('colRound')}</TableHeaderCell>
          {CRITERIA.map((c) => (
            <TableHeaderCell key={`o-${c}`}>{tt('perceivedCol', { criterion: words.short(c) })}</TableHeaderCell>
          ))}
          {CRITERIA.map((c) => (
            <TableHeaderCell key={`s-${c}`}>{tt('structuralCol', { criterion: words.short(c) })}</TableHeaderCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {results.trend.map((t) => (
          <TableRow key={t.roundNumber}>
            <TableHeaderCell scope="row">
              {tt('round', { number: t.roundNumber })}
              <span className="bb-muted block text-xs font-normal">{formatDate(t.closedAt, locale)}</span>
            </TableHeaderCell>
            {CRITERIA.map((c) => (
              <TableCell key={`o-${c}`}>{t.perceived[c] ?? '–'}</TableCell>
            ))}
            {CRITERIA.map((c) => (
              <TableCell key={`s-${c}`}>{t.structural[c] ?? '–'}</TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

export async function ComparisonTable({ results }: { results: AnonymousResults }) {
  const [locale, t, words] = await Promise.all([getLocale(), getTranslations('evaluering.tabell'), criterionWords()]);
  const previous = results.previous;
  if (!previous) return <p className="mt-2 text-sm">{t('comparisonNone')}</p>;
  return (
    <Table border className="mt-3 w-full" data-testid="sammenligning">
      <caption className="text-left text-sm">
        {t('comparisonCaption', {
          number: previous.roundNumber,
          date: formatDate(previous.closedAt, locale),
          otherVersion: previous.questionnaireVersion !== results.questionnaireVersion ? 'yes' : 'no',
        })}
      </caption>
      <TableHead>
        <TableRow>
          <TableHeaderCell>{t('colCriterion')}</TableHeaderCell>
          <TableHeaderCell>{t('colPerceivedBefore')}</TableHeaderCell>
          <TableHeaderCell>{t('colPerceivedNow')}</TableHeaderCell>
          <TableHeaderCell>{t('colChange')}</TableHeaderCell>
          <TableHeaderCell>{t('colStructuralBefore')}</TableHeaderCell>
          <TableHeaderCell>{t('colStructuralNow')}</TableHeaderCell>
          <TableHeaderCell>{t('colChange')}</TableHeaderCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {CRITERIA.map((c) => (
          <TableRow key={c}>
            <TableHeaderCell scope="row">{words.short(c)}</TableHeaderCell>
            <TableCell>{previous.perceived[c].previous ?? '–'}</TableCell>
            <TableCell>{results.criteria[c].perceived.score ?? '–'}</TableCell>
            <TableCell>{changeText(previous.perceived[c].change)}</TableCell>
            <TableCell>{previous.structural[c].previous ?? '–'}</TableCell>
            <TableCell>{results.criteria[c].structural.score ?? '–'}</TableCell>
            <TableCell>{changeText(previous.structural[c].change)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
