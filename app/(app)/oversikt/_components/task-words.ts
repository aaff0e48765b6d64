// A task's text on the dashboard card in the page's language. The texts are stored with the
// cooperation's summary in bokmål (lib/pure/dashboard/tasks.ts builds them, summary.ts stores
// them for every reader), so another language reads the few fixed patterns back and words them
// with the catalogue (oversikt.oppgave); the «fullfør» task is worded from the follow-up's rule,
// stored beside it. What does not match is shown as stored and marked as bokmål.
import type { DashboardTask, TaskKind } from '@/lib/pure/dashboard/tasks';
import { formatDate } from '@/lib/pure/format';
import type { OverviewWords } from './words';

export interface TaskText {
  text: string;
  /** False when the text is the stored bokmål (to be marked lang="nb" on another language). */
  translated: boolean;
}

/** «A, B og C», «A, B, C og 2 til» (bokmål's joinSome) in the page's language. */
function names(list: string, { locale }: OverviewWords): string {
  if (locale !== 'en') return list;
  const more = list.replace(/ og (\d+) til$/, ' and $1 more');
  return more !== list ? more : list.replace(/ og (?!.* og )/, ' and ');
}

const isoOf = (d: string, m: string, y: string) => `${y}-${m}-${d}`;

function translate(kind: TaskKind, stored: string, mode: 'text' | 'status', words: OverviewWords, followUp?: DashboardTask['followUp']): string | null {
  const { t, locale } = words;
  let m: RegExpExecArray | null;
  switch (kind) {
    case 'sponsor':
      m = (mode === 'text' ? /^Bekreft (\d+) sponsor(?:er)? etter valget: (.+)\.$/ : /^(\d+) sponsor(?:er)? venter på ny bekreftelse etter valget: (.+)\.$/).exec(stored);
      return m ? t(mode === 'text' ? 'oppgave.sponsorText' : 'oppgave.sponsorStatus', { count: Number(m[1]), names: names(m[2]!, words) }) : null;
    case 'vedtak':
      m = /^Vedtak mangler fra (.+)\.$/.exec(stored);
      return m ? t('oppgave.vedtak', { names: names(m[1]!, words) }) : null;
    case 'evaluering':
      m = /^Evalueringen (skulle vært gjennomført|skal gjennomføres) innen (\d\d)\.(\d\d)\.(\d{4})\.$/.exec(stored);
      return m ? t(m[1] === 'skal gjennomføres' ? 'oppgave.evaluationDue' : 'oppgave.evaluationOverdue', { date: formatDate(isoOf(m[2]!, m[3]!, m[4]!), locale) }) : null;
    case 'informasjon':
      m = /^(\d+) tiltak i informasjonsplanen er ikke gjennomført i tide\.$/.exec(stored);
      return m ? t('oppgave.informasjon', { count: Number(m[1]) }) : null;
    case 'fullfor':
      if (mode === 'text') {
        // Worded from the follow-up's rule; a summary stored before it had one stays bokmål.
        const first = followUp ? words.followUp?.(followUp.ruleId) : null;
        if (!followUp || !first) return null;
        return t('oppgave.fullforText', { first, more: followUp.more > 0 ? t('oppgave.fullforMore', { count: followUp.more }) : '', score: followUp.score });
      }
      m = /^Samarbeidet er (\d+) % komplett i Brobygger; (\d+) punkt(?:er)? gjenstår\.$/.exec(stored);
      return m ? t('oppgave.fullforStatus', { score: m[1]!, count: Number(m[2]) }) : null;
  }
}

export function taskText(kind: TaskKind, stored: string, mode: 'text' | 'status', words: OverviewWords, followUp?: DashboardTask['followUp']): TaskText {
  if (words.locale === 'nb') return { text: stored, translated: true };
  const text = translate(kind, stored, mode, words, followUp);
  return text === null ? { text: stored, translated: false } : { text, translated: true };
}
