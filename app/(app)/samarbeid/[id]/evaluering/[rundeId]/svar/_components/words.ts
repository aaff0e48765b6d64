// The answer page's words for its client components: the page's UI words (the catalogue's
// `svarside`, in the reader's language) and the round's questionnaire (in the language the
// round was opened in, whatever the reader's). Plain strings, so no catalogue reaches the browser.
import type { Questionnaire } from '@/lib/pure/domain/questionnaire/types';

export type AnswerWordKey =
  | 'formLabel'
  | 'draftFixFirst'
  | 'draftSaved'
  | 'sent'
  | 'summaryHeading'
  | 'summaryOne'
  | 'summaryMany'
  | 'summaryMore'
  | 'commentError'
  | 'submit'
  | 'saveDraft'
  | 'progress'
  | 'confirmTitle'
  | 'confirmButton'
  | 'confirmBody'
  | 'commentSummary'
  | 'commentLabel'
  | 'goalsHeading'
  | 'goalsIntro'
  | 'noGoals'
  | 'resultLabel'
  | 'openHeading'
  | 'whatWorks'
  | 'whatToChange';

export const ANSWER_WORD_KEYS: readonly AnswerWordKey[] = [
  'formLabel',
  'draftFixFirst',
  'draftSaved',
  'sent',
  'summaryHeading',
  'summaryOne',
  'summaryMany',
  'summaryMore',
  'commentError',
  'submit',
  'saveDraft',
  'progress',
  'confirmTitle',
  'confirmButton',
  'confirmBody',
  'commentSummary',
  'commentLabel',
  'goalsHeading',
  'goalsIntro',
  'noGoals',
  'resultLabel',
  'openHeading',
  'whatWorks',
  'whatToChange',
];

/** Raw catalogue messages: plain {name} placeholders are filled in the browser (fillTemplate). */
export type AnswerWords = Readonly<Record<AnswerWordKey, string>>;

export interface AnswerLanguages {
  /** The reader's language: the page's words. */
  page: string;
  /** The round's questionnaire, in the language the round was opened in. */
  questionnaire: Questionnaire;
}
