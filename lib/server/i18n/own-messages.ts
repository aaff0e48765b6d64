import 'server-only';
// A page's own refusals (thrown by its lib/server/actions module in bokmål) in the request's
// language: the action's wrapper finds the bokmål text among the page's catalogue messages and
// answers the same key in the request's language. Bokmål is unchanged byte for byte; a message
// that is not the page's own (shared refusals, zod messages) is left for inRequestLanguage.
import type { ActionResult } from '@/lib/pure/action-result';

export async function inOwnWords<T, K extends string>(
  result: ActionResult<T>,
  bokmaal: Readonly<Record<K, string>>,
  translator: () => Promise<(key: K) => string>,
): Promise<ActionResult<T>> {
  if (result.ok) return result;
  const key = (Object.keys(bokmaal) as K[]).find((k) => bokmaal[k] === result.message);
  if (key === undefined) return result;
  try {
    return { ...result, message: (await translator())(key) };
  } catch {
    return result; // outside a request: as it was
  }
}
