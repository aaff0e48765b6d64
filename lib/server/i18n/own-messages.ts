import 'server-only';
// A page's own refusals (thrown by its lib/server/actions module in bokmål) in the request's
// language: the action's wrapper finds the bokmål text among the page's catalogue messages and
// answers the same key in the request's language, both the form's message and the messages at
// the fields. Bokmål is unchanged byte for byte; a message that is not the page's own (shared
// refusals, zod messages) is left as it is, for inRequestLanguage and the validation words.
import type { ActionResult, FieldErrors } from '@/lib/pure/action-result';

export async function inOwnWords<T, K extends string>(
  result: ActionResult<T>,
  bokmaal: Readonly<Record<K, string>>,
  translator: () => Promise<(key: K) => string>,
): Promise<ActionResult<T>> {
  if (result.ok) return result;
  const keys = Object.keys(bokmaal) as K[];
  const keyOf = (text: string) => keys.find((k) => bokmaal[k] === text);
  const fieldTexts = Object.values(result.fieldErrors ?? {}).flat();
  if (keyOf(result.message) === undefined && !fieldTexts.some((text) => keyOf(text) !== undefined)) return result;
  try {
    const t = await translator();
    const own = (text: string) => {
      const key = keyOf(text);
      return key === undefined ? text : t(key);
    };
    const fieldErrors: FieldErrors | undefined = result.fieldErrors
      ? Object.fromEntries(Object.entries(result.fieldErrors).map(([field, texts]) => [field, texts.map(own)]))
      : undefined;
    return { ...result, message: own(result.message), ...(fieldErrors ? { fieldErrors } : {}) };
  } catch {
    return result; // outside a request: as it was
  }
}
