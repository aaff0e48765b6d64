// The anchoring calendar's words in the page's language. The calendar, its rows and the log
// form are client components: their server page builds these with calendarWords()
// (./localize.ts) and hands them over. Messages with values come as patterns ("Frist {date}"),
// filled in with fill().
import type { OccurrenceView } from '@/lib/pure/dashboard/occurrences';
import type { Locale } from '@/lib/pure/i18n/locales';

export interface LogWords {
  question: string;
  holdt: string;
  ikke_holdt: string;
  utsatt: string;
  heldDate: string;
  caseNumber: string;
  caseHint: string;
  minutes: string;
  newDate: string;
  whyMoved: string;
  whyNot: string;
  comment: string;
  save: string;
  cancel: string;
  /** Patterns with {body}, {member} and {date}. */
  doneHoldt: string;
  doneIkkeHoldt: string;
  doneUtsatt: string;
}

export interface CalendarWords {
  locale: Locale;
  /** The months' names (January first) when the page is not bokmål; null: the bokmål labels. */
  months: string[] | null;
  none: string;
  /** Patterns: {month}; {date}; {date}; {verb}, {body}, {member}, {date}. */
  caption: string;
  due: string;
  dialogDue: string;
  buttonLabel: string;
  date: string;
  cooperation: string;
  body: string;
  member: string;
  status: string;
  action: string;
  register: string;
  change: string;
  politisk: string;
  administrativ: string;
  formell: string;
  uformell: string;
  visning: Record<OccurrenceView, string>;
  /** Patterns: {date}; {saksnummer}; –; {body}, {member}; {name}, {at}; {note}. */
  detaljer: { newDate: string; caseNumber: string; minutes: string; minutesFor: string; loggedBy: string; note: string };
  logg: LogWords;
}

/** A pattern's {name}s replaced by the values; an unknown name stays as it is. */
export function fill(pattern: string, values: Record<string, string | number>): string {
  return pattern.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
