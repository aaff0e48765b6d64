import 'server-only';
// The evaluation actions' own refusals (lib/server/actions/evaluation.ts, evaluation-invitees.ts,
// decision.ts) in the request's language, from the catalogue (`evaluering.avvisning`). The
// shared refusals are translated by authedAction already; bokmål stays exactly as it is.
import { getLocale, getTranslations } from 'next-intl/server';
import { translatedRefusal } from '@/lib/pure/refusals';
import { EVALUATION_MESSAGES } from '@/lib/server/actions/evaluation';
import { INVITEE_MESSAGES } from '@/lib/server/actions/evaluation-invitees';
import { DECISION_ACTION_MESSAGES } from '@/lib/server/actions/decision';
import type { ActionResult } from '@/lib/server/action';

type RefusalKey =
  | keyof typeof EVALUATION_MESSAGES
  | 'inviteClosed'
  | 'notCandidate'
  | 'noUndecidedRound'
  | 'notAwaitingDecision';

const KEYS: ReadonlyMap<string, RefusalKey> = new Map<string, RefusalKey>([
  ...(Object.entries(EVALUATION_MESSAGES) as [keyof typeof EVALUATION_MESSAGES, string][]).map(([key, text]) => [text, key] as const),
  [INVITEE_MESSAGES.noRound, 'noRound'],
  [INVITEE_MESSAGES.closed, 'inviteClosed'],
  [INVITEE_MESSAGES.notCandidate, 'notCandidate'],
  [DECISION_ACTION_MESSAGES.noRound, 'noUndecidedRound'],
  [DECISION_ACTION_MESSAGES.notInState, 'notAwaitingDecision'],
]);

/** One of the evaluation's own refusals in the request's language; null for any other message. */
export async function evaluationRefusal(message: string): Promise<string | null> {
  const key = KEYS.get(message);
  if (!key) return null;
  const t = await getTranslations('evaluering.avvisning');
  return t(key);
}

/**
 * What a round's page says when reading the round was refused (its own refusals and the shared
 * ones, such as the temporary-password refusal) in the request's language; null for a text
 * that is neither, which the page shows as it is, marked bokmål.
 */
export async function roundPageRefusal(message: string): Promise<string | null> {
  return (await evaluationRefusal(message)) ?? translatedRefusal(message, await getTranslations());
}

/** An action whose own refusals come in the request's language (nb: unchanged). */
export function inEvaluationLanguage<T>(action: (input: unknown) => Promise<ActionResult<T>>): (input: unknown) => Promise<ActionResult<T>> {
  return async (input: unknown) => {
    const result = await action(input);
    if (result.ok) return result;
    try {
      if ((await getLocale()) === 'nb') return result;
      const message = await evaluationRefusal(result.message);
      return message === null ? result : { ...result, message };
    } catch {
      return result;
    }
  };
}
