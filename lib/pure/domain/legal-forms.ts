// The legal/organisational form catalogue (kommuneloven 2018 § 17-1 and less formal forms).
// Data in one place so a municipal lawyer can correct it. Every agreement-content item
// carries its source and is 'lovkrav' only where that source says the law requires it.
// The data itself lives in ./legal-forms-data, one file per category.
import { ELDRE_LOV_FORMS } from './legal-forms-data/eldre-lov';
import { KOMMUNELOVEN_FORMS } from './legal-forms-data/kommuneloven';
import { SELSKAP_FORMS } from './legal-forms-data/selskap';
import { UFORMELL_FORMS } from './legal-forms-data/uformell';

export type Requirement = 'lovkrav' | 'anbefalt';

export interface AgreementItem {
  /** Stable id, unique within the form (stored in the cooperation's checklist). */
  id: string;
  /** What the agreement/statutes must or should contain, in Norwegian. */
  text: string;
  requirement: Requirement;
  /** E.g. "kommuneloven § 19-4 første ledd nr. 1" or "Veileder om interkommunalt samarbeid (2023) kap. 5.4". */
  source: string;
}

export type LegalFormCode =
  | 'ipr'
  | 'ko'
  | 'vertskommune_administrativ'
  | 'vertskommune_nemnd'
  | 'iks'
  | 'as'
  | 'sa'
  | 'forening'
  | 'stiftelse'
  | 'avtale'
  | 'fagnettverk'
  | 'prosjekt'
  | 'rad_utvalg'
  | 'partnerskap'
  | 'legacy_27_styre'
  | 'legacy_28_vertskommune'
  | 'legacy_regionrad'
  | 'legacy_samkommune';

export interface LegalForm {
  code: LegalFormCode;
  name: string;
  shortName: string;
  /** Legal basis, e.g. "kommuneloven kapittel 19". */
  basis: string;
  /** One of the § 17-1 forms, an other company form, or a less formal arrangement. */
  category: 'kommuneloven' | 'selskap' | 'avtale' | 'uformell' | 'eldre_lov';
  legalEntity: boolean | 'kan';
  mayMakeEnkeltvedtak: boolean;
  bodies: string[];
  /** Plain-language summary for the comparison that helps choose. */
  summary: string;
  typicalUse: string;
  /** Partners other than municipalities/county municipalities allowed (partnership forms). */
  allowsOtherPartners: boolean;
  /** Name of the governing document: samarbeidsavtale, selskapsavtale, vedtekter ... */
  agreementName: string;
  agreementItems: AgreementItem[];
  /** For legacy forms: the current form it maps to. */
  mapsTo?: LegalFormCode;
}

export const LEGAL_FORMS: readonly LegalForm[] = [
  ...KOMMUNELOVEN_FORMS,
  ...SELSKAP_FORMS,
  ...UFORMELL_FORMS,
  ...ELDRE_LOV_FORMS,
];

export function legalForm(code: string | null | undefined): LegalForm | undefined {
  return code ? LEGAL_FORMS.find((f) => f.code === code) : undefined;
}

export function lovkravItems(code: string | null | undefined): AgreementItem[] {
  return legalForm(code)?.agreementItems.filter((i) => i.requirement === 'lovkrav') ?? [];
}

/** Forms that may be chosen for a new cooperation; legacy forms are only for registering old ones. */
export function currentForms(): LegalForm[] {
  return LEGAL_FORMS.filter((f) => f.category !== 'eldre_lov');
}

export type ComparisonKey = 'form' | 'legalEntity' | 'enkeltvedtak' | 'bodies' | 'otherPartners' | 'typicalUse';

export interface ComparisonCell {
  code: LegalFormCode;
  text: string;
}

/** One criterion of the comparison table; cells follow the order of the codes asked for. */
export interface ComparisonRow {
  key: ComparisonKey;
  label: string;
  cells: ComparisonCell[];
}

function yesNo(value: boolean | 'kan'): string {
  if (value === 'kan') return 'Kan være';
  return value ? 'Ja' : 'Nei';
}

const CRITERIA: readonly { key: ComparisonKey; label: string; text: (f: LegalForm) => string }[] = [
  { key: 'form', label: 'Samarbeidsform', text: (f) => f.name },
  { key: 'legalEntity', label: 'Eget rettssubjekt', text: (f) => yesNo(f.legalEntity) },
  { key: 'enkeltvedtak', label: 'Kan treffe enkeltvedtak', text: (f) => yesNo(f.mayMakeEnkeltvedtak) },
  { key: 'bodies', label: 'Organer', text: (f) => f.bodies.join('; ') },
  { key: 'otherPartners', label: 'Andre enn kommuner kan delta', text: (f) => yesNo(f.allowsOtherPartners) },
  { key: 'typicalUse', label: 'Typisk bruk', text: (f) => f.typicalUse },
];

/**
 * The comparison in another language: the criteria's labels and each form's cells
 * (legal-form-words.ts builds it from the `organisasjonsform` catalogue namespace). Plain
 * data, so a client component can take it as a prop; this module stays free of catalogues.
 */
export interface ComparisonWords {
  labels: Record<ComparisonKey, string>;
  cells: Partial<Record<LegalFormCode, Record<ComparisonKey, string>>>;
}

/**
 * Rows of a side-by-side comparison, one per criterion. Unknown codes are skipped and
 * duplicates shown once, because the codes usually come straight from a form's query string.
 * In bokmål unless `words` are given.
 */
export function compareForms(codes: readonly string[], words?: ComparisonWords): ComparisonRow[] {
  const forms: LegalForm[] = [];
  for (const code of codes) {
    const form = legalForm(code);
    if (form && !forms.includes(form)) forms.push(form);
  }
  return CRITERIA.map((c) => ({
    key: c.key,
    label: words?.labels[c.key] ?? c.label,
    cells: forms.map((f) => ({ code: f.code, text: words?.cells[f.code]?.[c.key] ?? c.text(f) })),
  }));
}
