// The design page's words in one language, from the catalogues (server side): the form's words
// and the legal-form choice for the client components (plain data, words.ts), and the words
// of the missing items. A function of the locale, so a test can render the form in each language.
import { createTranslator } from 'use-intl/core';
import { adviceWords } from '@/lib/pure/domain/legal-form-advice-words';
import { comparisonWords, legalFormGroups, legalFormTexts, type LegalFormWords } from '@/lib/pure/domain/legal-form-words';
import type { DesignMissingWords } from '@/lib/pure/domain/readiness-rules-design';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import type { Locale } from '@/lib/pure/i18n/locales';
import type { DesignWords, LegalFormChoice } from './_components/words';

export interface DesignPageWords {
  words: DesignWords;
  choice: LegalFormChoice;
  missing: DesignMissingWords;
}

/** `storedForm`: the cooperation's recorded legal form (a legacy one is offered beside the current ones). */
export function designPageWords(locale: Locale, storedForm: string | null): DesignPageWords {
  const messages = CATALOGUES[locale];
  const tMissing = createTranslator({ locale, messages, namespace: 'design.mangler' });
  const tForms = createTranslator({ locale, messages, namespace: 'organisasjonsform' });
  const tAdvice = createTranslator({ locale, messages, namespace: 'formraad' });
  const list = new Intl.ListFormat(locale === 'en' ? 'en' : 'nb', { type: 'conjunction' });

  // Only what the client components use goes to the browser.
  const { mangler: _mangler, metaTitle: _title, aside: _aside, missingTitle: _missingTitle, leaderAccount: _account, ...formWords } = messages.design;
  const { questions: _questions, reasons: _reasons, ...aid } = messages.formraad;
  const forms: LegalFormWords = (key, values) => tForms(key, values);
  return {
    words: { ...formWords, roleLabels: messages.rolle },
    choice: {
      forms: Object.fromEntries(Object.values(legalFormTexts(forms)).map((f) => [f.code, { name: f.name, shortName: f.shortName, basis: f.basis, summary: f.summary }])),
      groups: legalFormGroups(storedForm, forms),
      comparison: comparisonWords(forms),
      advice: adviceWords((key, values) => tAdvice(key, values), forms),
      aid,
      citationLang: locale === 'nb' ? undefined : 'nb',
    },
    missing: { t: (key, values) => tMissing(key, values), list: (items) => list.format(items) },
  };
}
