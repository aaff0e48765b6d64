// The design page's words as plain data for its client components (no translation runtime in
// the browser): the page reads them from the catalogues in the request's language. Messages
// with placeholders stay raw and are filled with fill() (lib/pure/domain/inline-words.ts).
import type { AdviceWords } from '@/lib/pure/domain/legal-form-advice';
import type { ComparisonWords, LegalForm, LegalFormCode } from '@/lib/pure/domain/legal-forms';
import type { MemberRole } from '@/lib/pure/domain/dossier';
import type { Messages } from '@/lib/pure/i18n/catalogues';

/** Namespace `design` without what only the server page uses, plus the role names (`rolle`). */
export type DesignWords = Omit<Messages['design'], 'mangler' | 'metaTitle' | 'aside' | 'missingTitle' | 'leaderAccount'> & {
  roleLabels: Record<MemberRole, string>;
};

/** The aid's own words: namespace `formraad` without the questions and reasons (those are in AdviceWords). */
export type AidWords = Omit<Messages['formraad'], 'questions' | 'reasons'>;

/** What the legal-form choice shows of the catalogue, in the page's language. */
export interface LegalFormChoice {
  forms: Partial<Record<LegalFormCode, { name: string; shortName: string; basis: string; summary: string }>>;
  groups: { category: LegalForm['category']; label: string; codes: LegalFormCode[] }[];
  comparison: ComparisonWords;
  advice: AdviceWords;
  aid: AidWords;
  /** lang of the citations, which stay bokmål: 'nb' on a page in another language. */
  citationLang?: 'nb';
}
