// The language a new evaluation round is opened in. The questionnaire goes to people in
// every member municipality, so the municipalities' written standard (målform) decides when
// they agree: all nynorsk gives nynorsk, all bokmål gives bokmål (a municipality is owed
// documents in its own målform, whatever the language of the person who happens to open
// the round). When they differ, or are neutral, the opener's own language decides: they
// chose the moment and know the group. The round keeps this language for good.
import type { Locale, Maalform } from '../../i18n/locales';
import type { QuestionnaireLanguage } from './types';

export function roundLanguage(memberMaalformer: readonly Maalform[], openerLocale: Locale | null): QuestionnaireLanguage {
  if (memberMaalformer.length > 0 && memberMaalformer.every((m) => m === 'nynorsk')) return 'nn';
  if (memberMaalformer.length > 0 && memberMaalformer.every((m) => m === 'bokmal')) return 'nb';
  return openerLocale ?? 'nb';
}
