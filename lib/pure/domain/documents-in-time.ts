// The line beside the rådmannsfelle warnings on the meetings page: the indicator «Saksdokumenter
// sendt ut i tide» (legitimacy-throughput-output.ts) by its label and first fact, in the page's
// language (varsel.iTide), worded from the same meetings. documents-in-time.test.ts checks that
// the bokmål is exactly the indicator's.
import { documentsTiming, meetingsIn, noticeDays } from './bodies';
import type { Dossier } from './dossier';
import { lastTwelveMonths, type IsoDate } from './iso-date';
import { BOKMAAL_WARNING_WORDS, type WarningWords } from './warnings-words';

export function documentsInTimeLine(d: Dossier, today: IsoDate, words: WarningWords = BOKMAAL_WARNING_WORDS): { label: string; fact: string } {
  const days = noticeDays(d);
  const meetings = meetingsIn(d, lastTwelveMonths(today));
  const known = meetings.map((m) => documentsTiming(m, days)).filter((timing) => timing !== 'ukjent');
  const label = words.t('iTide.label');
  if (known.length === 0) {
    return { label, fact: meetings.length === 0 ? words.t('iTide.noMeetings') : words.t('iTide.noneKnown', { count: meetings.length }) };
  }
  const onTime = known.filter((timing) => timing !== 'for_sent').length;
  return { label, fact: words.t('iTide.share', { onTime, known: known.length, days }) };
}
