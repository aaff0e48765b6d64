// The legal forms as option groups for a select: current forms first, the older-law forms
// last (they can only be chosen for a cooperation that already exists).
import { LEGAL_FORMS, type LegalForm } from '@/lib/pure/domain/legal-forms';

export interface LegalFormGroup {
  label: string;
  forms: { code: string; name: string }[];
}

const GROUPS: readonly { category: LegalForm['category']; label: string }[] = [
  { category: 'kommuneloven', label: 'Kommuneloven 2018' },
  { category: 'selskap', label: 'Selskap og andre rettssubjekter' },
  { category: 'avtale', label: 'Avtale' },
  { category: 'uformell', label: 'Mindre formelle samarbeid' },
  { category: 'eldre_lov', label: 'Eldre former (før kommuneloven 2018)' },
];

/**
 * The groups with the page's words: `groupLabel` names a category and `formName` a form (both
 * bokmål by default, as the catalogue of legal forms has them).
 */
export function legalFormGroups(
  groupLabel: (category: LegalForm['category']) => string = (category) => GROUPS.find((g) => g.category === category)!.label,
  formName: (form: LegalForm) => string = (form) => form.name,
): LegalFormGroup[] {
  return GROUPS.map((g) => ({
    label: groupLabel(g.category),
    forms: LEGAL_FORMS.filter((f) => f.category === g.category).map((f) => ({ code: f.code, name: formName(f) })),
  })).filter((g) => g.forms.length > 0);
}
