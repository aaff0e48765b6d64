// The design phase's missing items in nb, nn and en: the inline bokmål default is the
// catalogue's bokmål, and the page's translator gives the other languages.
import { describe, expect, it } from 'vitest';
import { createTranslator } from 'use-intl/core';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import { readyDossier } from '@/testing/fixtures/domain';
import type { Dossier } from './dossier';
import { BOKMAAL_DESIGN_MISSING_MESSAGES, DESIGN_RULES, type DesignMissingWords } from './readiness-rules-design';

function words(locale: 'nb' | 'nn' | 'en'): DesignMissingWords {
  const t = createTranslator({ locale, messages: CATALOGUES[locale], namespace: 'design.mangler' });
  const list = new Intl.ListFormat(locale === 'en' ? 'en' : 'nb', { type: 'conjunction' });
  return { t: (key, values) => t(key, values), list: (items) => list.format(items) };
}

function missing(d: Dossier, w?: DesignMissingWords): string[] {
  return DESIGN_RULES.flatMap((r) => r.check(d, w));
}

function incomplete(): Dossier {
  const d = readyDossier();
  d.design.legalForm = null;
  d.design.bodies = [];
  d.design.leader.name = null;
  d.design.workingMethods = null;
  return d;
}

describe('design readiness words', () => {
  it('has an inline bokmål default equal to the bokmål catalogue', () => {
    expect(BOKMAAL_DESIGN_MISSING_MESSAGES).toEqual(CATALOGUES.nb.design.mangler);
  });

  it('says the same in bokmål with and without the catalogue translator', () => {
    const d = incomplete();
    expect(missing(d)).toEqual(missing(d, words('nb')));
    expect(missing(d)).toContain('Mangler valg av organisasjonsform');
  });

  it('says what is missing in nynorsk and English', () => {
    const d = incomplete();
    expect(missing(d, words('nn'))).toEqual(['Manglar val av organisasjonsform', 'Manglar minst eitt styringsorgan', 'Manglar namn på operativ leiar', 'Manglar skildring av arbeidsform']);
    expect(missing(d, words('en'))).toEqual(['No legal form chosen', 'At least one governing body is missing', 'No name for the operational leader', 'No description of the working methods']);
  });

  it('names the members and fills in numbers in every language', () => {
    const d = readyDossier();
    d.members = d.members.slice(0, 1);
    d.members[0]!.role = 'ukjent' as never;
    const name = d.members[0]!.name;
    expect(missing(d, words('en'))).toContain('A cooperation needs at least 2 members (now: 1)');
    expect(missing(d, words('nn'))).toContain(`Manglar rolle for ${name}`);
    d.design.legalFormRationale = 'For kort';
    expect(missing(d, words('en'))).toContain('The rationale for the choice of legal form is too short (at least 20 characters)');
  });
});
