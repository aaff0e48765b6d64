// The completeness panel's words in one language (lib/pure/domain/completeness.ts): every
// readiness rule with its sentences in that language (the same rules, in the same order, as
// READINESS_RULES in readiness.ts, whose sentences are bokmål), the statutory checklist items
// named as the legal-form catalogue words them, and the sections' titles (catalogue
// `fullstendighet.seksjon`, bokmål equal to SECTIONS in section-rules.ts). Server side only:
// it reads the catalogues. Pure.
import { createTranslator } from 'use-intl/core';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import type { Locale } from '@/lib/pure/i18n/locales';
import { followUpLabel } from './completeness';
import { agreementIn, type LegalFormWords } from './legal-form-words';
import { legalForm } from './legal-forms';
import { joinList, joinNb } from './nb-text';
import type { ReadinessRule } from './readiness-rules';
import { DESIGN_RULES, type DesignMissingWords } from './readiness-rules-design';
import { agreementChecklistRule, innrammingRules } from './readiness-rules-innramming';
import { deltakelseRules, stotteRules } from './readiness-rules-stotte-deltakelse';
import type { SectionId } from './section-rules';

const AGREEMENT_RULE = 'innramming.avtale-lovkrav';

/** Every readiness rule with its sentences in the locale's language. */
export function readinessRulesIn(locale: Locale): readonly ReadinessRule[] {
  const messages = CATALOGUES[locale];
  const tInnramming = createTranslator({ locale, messages, namespace: 'beredskap.innramming' });
  const tDesign = createTranslator({ locale, messages, namespace: 'design.mangler' });
  const tStotte = createTranslator({ locale, messages, namespace: 'beredskap.stotte' });
  const tDeltakelse = createTranslator({ locale, messages, namespace: 'beredskap.deltakelse' });
  const tForms = createTranslator({ locale, messages, namespace: 'organisasjonsform' });
  const forms: LegalFormWords = (key, values) => tForms(key, values);
  // Bokmål lists exactly as the rules' default (joinNb), the others in their own language.
  const design: DesignMissingWords = { t: (key, values) => tDesign(key, values), list: (items) => (locale === 'nb' ? joinNb(items) : joinList(items, locale)) };

  // The statutory items as the legal-form catalogue words them in this language.
  const lovkrav = (code: string | null) => {
    const form = legalForm(code);
    return form ? agreementIn(form, forms).agreementItems.filter((i) => i.requirement === 'lovkrav') : [];
  };
  const innramming = (key: Parameters<typeof tInnramming>[0], values?: Record<string, string | number>) => tInnramming(key, values);
  return [
    ...innrammingRules(innramming).map((rule) => (rule.id === AGREEMENT_RULE ? agreementChecklistRule(lovkrav, innramming) : rule)),
    ...DESIGN_RULES.map((rule): ReadinessRule => ({ ...rule, check: (dossier) => rule.check(dossier, design) })),
    ...stotteRules((key, values) => tStotte(key, values)),
    ...deltakelseRules((key, values) => tDeltakelse(key, values)),
  ];
}

const bokmaal = createTranslator({ locale: 'nb', messages: CATALOGUES.nb, namespace: 'fullstendighet.seksjon' });
/** The `fullstendighet.seksjon` namespace in one language: `await getTranslations('fullstendighet.seksjon')`. */
export type SectionTitleWords = (key: SectionId) => string;

/** A section's title in the translator's language; bokmål by default. */
export function sectionTitle(id: SectionId, t: SectionTitleWords = (key) => bokmaal(key)): string {
  return t(id);
}

/**
 * A follow-up's sentence («Fullfør: …») by its rule's id, in the locale's language; null for an
 * id no rule has (any more). For texts stored by code, such as the dashboard's «fullfør» task.
 */
export function followUpTextIn(locale: Locale): (ruleId: string) => string | null {
  const rules = new Map(readinessRulesIn(locale).map((rule) => [rule.id, rule]));
  const t = createTranslator({ locale, messages: CATALOGUES[locale], namespace: 'samarbeidside.fullstendighet' });
  const words = (key: string, values?: Record<string, string | number>) => t(key as Parameters<typeof t>[0], values);
  return (ruleId) => {
    const rule = rules.get(ruleId);
    return rule ? t('followUp', { label: followUpLabel(rule, words) }) : null;
  };
}
