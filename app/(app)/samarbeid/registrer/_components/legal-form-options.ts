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

export function legalFormGroups(): LegalFormGroup[] {
  return GROUPS.map((g) => ({
    label: g.label,
    forms: LEGAL_FORMS.filter((f) => f.category === g.category).map((f) => ({ code: f.code, name: f.name })),
  })).filter((g) => g.forms.length > 0);
}
