// «Hjelp meg å velge» in the page's language: the aid's questions, answers, reasons and draft
// words from the `formraad` catalogue namespace, and the forms' names from `organisasjonsform`,
// as the plain AdviceWords the aid (a client component) takes as a prop. Bokmål by default,
// equal to the table's own texts (legal-form-advice-words.test.ts). Server side only. Pure.
import { createTranslator, type MessageKeys, type NestedKeyOf } from 'use-intl/core';
import { CATALOGUES, type Messages } from '@/lib/pure/i18n/catalogues';
import { reasonKey, type AdviceWords } from './legal-form-advice';
import { ADVICE_TABLE, QUESTIONS } from './legal-form-advice-table';
import { BOKMAAL_LEGAL_FORM_WORDS, legalFormTexts, type LegalFormWords } from './legal-form-words';

type AdviceMessages = Messages['formraad'];
export type AdviceMessage = MessageKeys<AdviceMessages, NestedKeyOf<AdviceMessages>>;
/** A message of the `formraad` namespace in one language. */
export type AdviceTranslator = (key: AdviceMessage, values?: Record<string, string | number>) => string;

const bokmaal = createTranslator({ locale: 'nb', messages: CATALOGUES.nb, namespace: 'formraad' });
export const BOKMAAL_ADVICE_TRANSLATOR: AdviceTranslator = (key, values) => bokmaal(key, values);

/** Message keys are checked against the catalogue at compile time; these are built from the table. */
const key = (k: string) => k as AdviceMessage;

export function adviceWords(t: AdviceTranslator = BOKMAAL_ADVICE_TRANSLATOR, forms: LegalFormWords = BOKMAAL_LEGAL_FORM_WORDS): AdviceWords {
  const questions = Object.fromEntries(
    QUESTIONS.map((q) => {
      const base = q.id === 'formal' ? `questions.formal.options` : 'questions.yesNo';
      const options = Object.fromEntries(q.options.map((o) => [o.value, { label: t(key(`${base}.${o.value}.label`)), short: t(key(`${base}.${o.value}.short`)) }]));
      return [q.id, { text: t(key(`questions.${q.id}.text`)), help: t(key(`questions.${q.id}.help`)), short: t(key(`questions.${q.id}.short`)), options }];
    }),
  ) as AdviceWords['questions'];
  const reasons = Object.fromEntries(
    QUESTIONS.flatMap((q) =>
      Object.entries(ADVICE_TABLE[q.id]).flatMap(([answer, effects]) => effects.map((_, i) => [reasonKey(q.id, answer, i), t(key(`reasons.${reasonKey(q.id, answer, i)}`))])),
    ),
  );
  const names = Object.fromEntries(Object.values(legalFormTexts(forms)).map((f) => [f.code, f.name]));
  return {
    questions,
    reasons,
    forms: names,
    draft: { heading: t('draftHeading'), chosen: t('draftChosen'), notAmong: t('draftNotAmong'), against: t('draftAgainst'), source: t('draftSource') },
  };
}
