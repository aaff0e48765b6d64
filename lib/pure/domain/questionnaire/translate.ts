// Builds a version in another language from the bokmål reference and a translation: the
// structure (ids, order, groups, criteria, factors, sources) is the reference's; only labels
// and texts are the translation's. A translation that misses or adds a statement is refused.
import type { Questionnaire, QuestionnaireLanguage, QuestionnaireTranslation } from './types';

export function translatedQuestionnaire(reference: Questionnaire, language: QuestionnaireLanguage, translation: QuestionnaireTranslation): Questionnaire {
  const ids = new Set(reference.statements.map((s) => s.id));
  const extra = Object.keys(translation.statements).filter((id) => !ids.has(id));
  if (extra.length > 0) throw new Error(`Spørreskjema v${reference.version} (${language}) har påstander som ikke finnes i bokmål: ${extra.join(', ')}.`);
  return {
    version: reference.version,
    language,
    statements: reference.statements.map((s) => {
      const t = translation.statements[s.id];
      if (!t) throw new Error(`Spørreskjema v${reference.version} (${language}) mangler påstanden ${s.id}.`);
      return { ...s, label: t.label, text: t.text };
    }),
    texts: translation.texts,
  };
}
