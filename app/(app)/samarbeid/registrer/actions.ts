'use server';
import { revalidatePath } from 'next/cache';
import { getLocale, getTranslations } from 'next-intl/server';
import type { ActionResult } from '@/lib/pure/action-result';
import { authedAction } from '@/lib/server/authed-action';
import { registerExistingHandler, registerExistingSpec } from '@/lib/server/actions/existing-cooperation';

const register = authedAction(registerExistingSpec, async (input, ctx) => {
  const result = await registerExistingHandler(input, ctx);
  revalidatePath('/samarbeid');
  revalidatePath('/register', 'layout');
  return result;
});

export async function registerExistingAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return inPageLanguage(await register(input));
}

/**
 * The handler's own refusals (lib/server/actions/existing-cooperation.ts, bokmål) in the
 * request's language; bokmål and the shared refusals (translated by authedAction) untouched.
 * Outside a request the result is returned as it is.
 */
async function inPageLanguage<T>(result: ActionResult<T>): Promise<ActionResult<T>> {
  if (result.ok) return result;
  let t: Awaited<ReturnType<typeof getTranslations<'registrer.melding'>>>;
  try {
    if ((await getLocale()) === 'nb') return result;
    t = await getTranslations('registrer.melding');
  } catch {
    return result; // outside a request (scripts, tests)
  }
  const message = (text: string): string => {
    if (text === 'Samarbeidet er allerede registrert.') return t('duplicate');
    if (text === 'Ukjent kommunenummer.') return t('unknownMunicipality');
    if (text === 'Velg et oppgavefelt fra listen.') return t('taskArea');
    if (text === 'Startdatoen kan ikke være fram i tid.') return t('future');
    const taken = /^Organisasjonsnummeret (.+) er allerede registrert på «(.+)»\.$/.exec(text);
    if (taken) return t('organisationNumberTaken', { number: taken[1]!, name: taken[2]! });
    const same = /^«(.+)» med de samme deltakerne er allerede registrert\.$/.exec(text);
    if (same) return t('sameMembers', { name: same[1]! });
    return text;
  };
  const fieldErrors = result.fieldErrors ? Object.fromEntries(Object.entries(result.fieldErrors).map(([field, texts]) => [field, texts?.map(message)])) : undefined;
  return { ...result, message: message(result.message), ...(fieldErrors ? { fieldErrors } : {}) };
}
