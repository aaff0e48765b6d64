// The legal-form catalogue's words in the page's language (catalogue namespace
// `organisasjonsform`): names, short names, legal basis, summaries, typical use, bodies, the
// categories, the comparison, and the governing document with its checklist (the citations
// stay as the sources are titled, in bokmål). Bokmål by default, and the bokmål catalogue holds exactly the
// texts of legal-forms-data (legal-form-words.test.ts), which the register, the public pages
// and the client-side validation go on reading from legal-forms.ts. Server side only: it reads
// the catalogues, so client components get what they need from here as props. Pure.
import { createTranslator, type MessageKeys, type NestedKeyOf } from 'use-intl/core';
import { CATALOGUES, type Messages } from '@/lib/pure/i18n/catalogues';
import { currentForms, LEGAL_FORMS, legalForm, type AgreementItem, type ComparisonKey, type ComparisonWords, type LegalForm, type LegalFormCode } from './legal-forms';

type FormMessages = Messages['organisasjonsform'];
export type LegalFormMessage = MessageKeys<FormMessages, NestedKeyOf<FormMessages>>;
/** A message of the `organisasjonsform` namespace in one language. */
export type LegalFormWords = (key: LegalFormMessage, values?: Record<string, string | number>) => string;

const bokmaal = createTranslator({ locale: 'nb', messages: CATALOGUES.nb, namespace: 'organisasjonsform' });
export const BOKMAAL_LEGAL_FORM_WORDS: LegalFormWords = (key, values) => bokmaal(key, values);

/** What the design page shows of one form. */
export interface LegalFormText {
  code: LegalFormCode;
  category: LegalForm['category'];
  name: string;
  shortName: string;
  basis: string;
  summary: string;
  typicalUse: string;
  /** The bodies, joined with «; » as the comparison shows them. */
  bodies: string;
}

export function legalFormText(form: LegalForm, t: LegalFormWords = BOKMAAL_LEGAL_FORM_WORDS): LegalFormText {
  const c = form.code;
  return {
    code: c,
    category: form.category,
    name: t(`former.${c}.name`),
    shortName: t(`former.${c}.shortName`),
    basis: t(`former.${c}.basis`),
    summary: t(`former.${c}.summary`),
    typicalUse: t(`former.${c}.typicalUse`),
    bodies: t(`former.${c}.bodies`),
  };
}

/** The form's name in the page's language; the code itself for an unknown code, null for none. */
export function legalFormNameIn(code: string | null, t: LegalFormWords = BOKMAAL_LEGAL_FORM_WORDS): string | null {
  if (code === null) return null;
  const form = legalForm(code);
  return form ? legalFormText(form, t).name : code;
}

export function categoryLabel(category: LegalForm['category'], t: LegalFormWords = BOKMAAL_LEGAL_FORM_WORDS): string {
  return t(`kategori.${category}`);
}

/** Every form's texts, by code. */
export function legalFormTexts(t: LegalFormWords = BOKMAAL_LEGAL_FORM_WORDS): Record<LegalFormCode, LegalFormText> {
  return Object.fromEntries(LEGAL_FORMS.map((f) => [f.code, legalFormText(f, t)])) as Record<LegalFormCode, LegalFormText>;
}

/** The choice's groups: the current forms by category, plus the stored form when it is a legacy one. */
export function legalFormGroups(stored: string | null, t: LegalFormWords = BOKMAAL_LEGAL_FORM_WORDS): { category: LegalForm['category']; label: string; codes: LegalFormCode[] }[] {
  const forms = currentForms();
  const legacy = legalForm(stored);
  if (legacy?.category === 'eldre_lov') forms.push(legacy);
  const byCategory = new Map<LegalForm['category'], LegalFormCode[]>();
  for (const f of forms) byCategory.set(f.category, [...(byCategory.get(f.category) ?? []), f.code]);
  return [...byCategory.entries()].map(([category, codes]) => ({ category, label: categoryLabel(category, t), codes }));
}

function yesNo(value: boolean | 'kan', t: LegalFormWords): string {
  if (value === 'kan') return t('svar.kan');
  return value ? t('svar.ja') : t('svar.nei');
}

const KEYS: readonly ComparisonKey[] = ['form', 'legalEntity', 'enkeltvedtak', 'bodies', 'otherPartners', 'typicalUse'];

/** The comparison's words (compareForms in legal-forms.ts) for every form. */
export function comparisonWords(t: LegalFormWords = BOKMAAL_LEGAL_FORM_WORDS): ComparisonWords {
  const labels = Object.fromEntries(KEYS.map((k) => [k, t(`kriterium.${k}`)])) as Record<ComparisonKey, string>;
  const cells: ComparisonWords['cells'] = {};
  for (const f of LEGAL_FORMS) {
    const text = legalFormText(f, t);
    cells[f.code] = {
      form: text.name,
      legalEntity: yesNo(f.legalEntity, t),
      enkeltvedtak: yesNo(f.mayMakeEnkeltvedtak, t),
      bodies: text.bodies,
      otherPartners: yesNo(f.allowsOtherPartners, t),
      typicalUse: text.typicalUse,
    };
  }
  return { labels, cells };
}

/**
 * The governing document's name and checklist in the page's language: the same items (id,
 * requirement, source) as legal-forms-data, with the item texts translated.
 */
export function agreementIn(form: LegalForm, t: LegalFormWords = BOKMAAL_LEGAL_FORM_WORDS): { agreementName: string; agreementItems: AgreementItem[] } {
  const c = form.code;
  return {
    agreementName: t(`former.${c}.agreementName`),
    agreementItems: form.agreementItems.map((item) => ({ ...item, text: t(`avtale.${c}.${item.id}` as LegalFormMessage) })),
  };
}
