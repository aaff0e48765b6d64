// Guidance shown beside the exit checklist: why a cooperation is wound down with a plan,
// paraphrasing IRIS/KS 2013 ch. 6.3 point 7 (evaluation may end in closing down) and the
// agreement's own rules for leaving and dissolving (kommuneloven ch. 18-20, IKS-loven).
// The texts live in the catalogue (`veiledning.avvikling`, nb, nn, en), as do the sentences of
// what is missing (exitMissingWords). Server side only: it reads the catalogues.
import { createTranslator } from 'use-intl/core';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import type { Locale } from '@/lib/pure/i18n/locales';
import type { ExitMissingWords } from './exit-checklist';
import { guidance, type GuidanceWords } from './guidance';
import type { HelpEntry } from './help';

/** The winding-down guidance in the translator's language; bokmål by default. */
export const exitHelp = (t?: GuidanceWords): HelpEntry => guidance('avvikling', t);

/** The bokmål guidance, for callers that are not translated. */
export const EXIT_HELP: HelpEntry = exitHelp();

/** The missing items' words in one language (exitChecklistMissing in exit-checklist.ts). */
export function exitMissingWords(locale: Locale): ExitMissingWords {
  const messages = CATALOGUES[locale];
  const t = createTranslator({ locale, messages, namespace: 'veiledning.avvikling' });
  const items: Readonly<Record<string, { label: string } | undefined>> = messages.avvikling.punkt;
  return {
    label: (item) => items[item.id]?.label ?? item.label,
    sentence: (item) => t('mangler', { item }),
    lower: (text) => text.toLocaleLowerCase(locale === 'en' ? 'en' : 'nb'),
  };
}
