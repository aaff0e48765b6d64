import 'server-only';
// Server actions' own refusals that are no page's own (lib/server/actions/**: not a member any
// more, someone else changed it, the language changed meanwhile …) in the request's language:
// the bokmål text is found among the catalogue's `avvisning.aksjon` messages and the same key
// answers in the request's language, for the form's message and the messages at the fields.
// inRequestLanguage (authed-action.ts) applies it to every action; bokmål is unchanged.
import { getTranslations } from 'next-intl/server';
import type { ActionResult } from '@/lib/pure/action-result';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import type { LockedWords } from '@/lib/pure/domain/section-locked';
import { inOwnWords } from './own-messages';
import { actionWords } from '@/lib/server/action-words';

type ActionRefusalKey = keyof (typeof CATALOGUES)['nb']['avvisning']['aksjon'];

export const ACTION_REFUSALS_NB: Readonly<Record<ActionRefusalKey, string>> = CATALOGUES.nb.avvisning.aksjon;

/** A refusal whose message or field messages are among `avvisning.aksjon`, in the request's language. */
export function inActionRefusalWords<T>(result: ActionResult<T>): Promise<ActionResult<T>> {
  return inOwnWords(result, ACTION_REFUSALS_NB, () => getTranslations('avvisning.aksjon'));
}

/** One such text in the request's language; null for any other text. */
export async function actionRefusalText(message: string): Promise<string | null> {
  const key = (Object.keys(ACTION_REFUSALS_NB) as ActionRefusalKey[]).find((k) => ACTION_REFUSALS_NB[k] === message);
  if (key === undefined) return null;
  return (await getTranslations('avvisning.aksjon'))(key);
}

const PROPOSAL_KEYS = { endringsforslag: 'proposalEndringsforslag', beslutning: 'proposalBeslutning', ingen: 'proposalIngen' } as const;

/** lockedMessage's words in the request's language (bokmål outside a request). */
export async function lockedWords(): Promise<LockedWords> {
  const [t, phase] = await Promise.all([actionWords('avvisning.laast'), actionWords('fase.klient')]);
  return {
    locked: (titles) => t('locked', { titles }),
    title: (id) => t(`seksjon.${id}`),
    completion: phase('completionHelp'),
    proposal: (route) => phase(PROPOSAL_KEYS[route]),
  };
}
