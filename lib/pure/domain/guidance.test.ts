import { createTranslator } from 'use-intl/core';
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import { LOCALES } from '@/lib/pure/i18n/locales';
import { EXIT_HELP, exitHelp } from './exit-checklist-help';
import { guidance } from './guidance';
import { EVALUATION_HELP, EVALUATION_HELP_BY_LANGUAGE, evaluationHelp } from './questionnaire/help';

const words = (locale: 'nb' | 'nn' | 'en') => createTranslator({ locale, messages: CATALOGUES[locale], namespace: 'veiledning' });

describe('guidance beside the evaluation and the winding-down (veiledning)', () => {
  it('is bokmål by default', () => {
    expect(EVALUATION_HELP.why).toMatch(/^Et samarbeid har bare verdi/);
    expect(EXIT_HELP.traps[1]).toBe('De ansatte får vite om avviklingen sist.');
    expect(EVALUATION_HELP_BY_LANGUAGE.nb).toEqual(EVALUATION_HELP);
  });

  it('has three examples and three traps in every language', () => {
    for (const locale of LOCALES) {
      for (const topic of ['evaluering', 'avvikling'] as const) {
        const entry = guidance(topic, words(locale));
        expect(entry.examples).toHaveLength(3);
        expect(entry.traps).toHaveLength(3);
      }
    }
  });

  it('comes in nynorsk and English', () => {
    expect(evaluationHelp(words('nn')).traps[1]).toBe('Berre dei mest positive blir spurde.');
    expect(exitHelp(words('nn')).traps[1]).toBe('Dei tilsette er dei siste som får vite om avviklinga.');
    expect(evaluationHelp(words('en')).source).toBe('IRIS/KS 2013, ch. 6.3 point 7');
    expect(exitHelp(words('en')).why).toMatch(/^When a cooperation has done its job/);
    expect(EVALUATION_HELP_BY_LANGUAGE.en.why).toMatch(/^A cooperation is only worth having/);
  });
});
