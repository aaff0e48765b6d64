// Guidance shown beside the evaluation pages, paraphrased from IRIS/KS 2013 ch. 6.3 point 7
// and seed 002 (the benefit depends on who judges). The texts live in the catalogue
// (`veiledning.evaluering`, nb, nn, en); lib/pure/domain/guidance.ts reads them.
import { createTranslator } from 'use-intl/core';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import type { Locale } from '@/lib/pure/i18n/locales';
import { guidance, type GuidanceWords } from '../guidance';
import type { HelpEntry } from '../help';

/** The evaluation's guidance in the translator's language; bokmål by default. */
export const evaluationHelp = (t?: GuidanceWords): HelpEntry => guidance('evaluering', t);

/** The bokmål guidance, for callers that are not translated. */
export const EVALUATION_HELP: HelpEntry = evaluationHelp();

const inLanguage = (locale: Locale) => evaluationHelp(createTranslator({ locale, messages: CATALOGUES[locale], namespace: 'veiledning' }));

/** The same guidance in each language. */
export const EVALUATION_HELP_BY_LANGUAGE: Readonly<Record<Locale, HelpEntry>> = { nb: EVALUATION_HELP, nn: inLanguage('nn'), en: inLanguage('en') };
