// What a lifecycle step still lacks, in one language: each establishing phase's readiness
// rules (the same sentences, in the same order, as phaseReadiness gives in bokmål) and the exit
// checklist's unfinished items. For the cooperation page's lifecycle panel (workflows/cooperation/
// missing.ts); server side only, as it reads the catalogues.
import { createTranslator } from 'use-intl/core';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import type { Locale } from '@/lib/pure/i18n/locales';
import type { Dossier, Phase } from './dossier';
import type { ExitMissingWords } from './exit-checklist';
import { exitMissingWords } from './exit-checklist-help';
import { planningView } from './membership';
import { DESIGN_RULES, type DesignMissingWords } from './readiness-rules-design';
import { innrammingMissing } from './readiness-rules-innramming';
import { deltakelseMissing, stotteMissing } from './readiness-rules-stotte-deltakelse';

export interface MissingRuleWords {
  /** The phase's missing items in the reader's language. */
  phase: (phase: Phase, dossier: Dossier) => string[];
  /** The exit checklist's unfinished items (exitChecklistMissing). */
  exit: ExitMissingWords;
}

export function missingRuleWords(locale: Locale): MissingRuleWords {
  const messages = CATALOGUES[locale];
  const innramming = createTranslator({ locale, messages, namespace: 'beredskap.innramming' });
  const stotte = createTranslator({ locale, messages, namespace: 'beredskap.stotte' });
  const deltakelse = createTranslator({ locale, messages, namespace: 'beredskap.deltakelse' });
  const design = createTranslator({ locale, messages, namespace: 'design.mangler' });
  const list = new Intl.ListFormat(locale === 'en' ? 'en' : 'nb', { type: 'conjunction' });
  const designWords: DesignMissingWords = { t: (key, values) => design(key, values), list: (items) => list.format(items) };
  const byPhase: Record<Phase, (dossier: Dossier) => string[]> = {
    innramming: (d) => innrammingMissing(d, (key, values) => innramming(key, values)),
    design: (d) => {
      const planned = planningView(d);
      return DESIGN_RULES.flatMap((rule) => rule.check(planned, designWords));
    },
    stotte: (d) => stotteMissing(d, (key, values) => stotte(key, values)),
    deltakelse: (d) => deltakelseMissing(d, (key, values) => deltakelse(key, values)),
  };
  return {
    phase: (phase, dossier) => byPhase[phase](dossier),
    exit: exitMissingWords(locale),
  };
}
