import 'server-only';
// Words for a server action's own messages and refusals (the admin, user, profile and password
// actions, locked sections): in the request's language, or bokmål outside a request (scripts, the fuzz test), where next-intl has
// no request to ask — the same fallback as inRequestLanguage in authed-action.ts.
import { createTranslator } from 'use-intl/core';
import { getTranslations } from 'next-intl/server';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';

type ActionNamespace =
  | 'brukere'
  | 'brukere.kommune'
  | 'admin.valg'
  | 'profil.passord'
  | 'avvisning.aksjon'
  | 'avvisning.passord'
  | 'avvisning.laast'
  | 'fase.klient';
type Words<N extends ActionNamespace> = Awaited<ReturnType<typeof getTranslations<N>>>;

export async function actionWords<N extends ActionNamespace>(namespace: N): Promise<Words<N>> {
  try {
    return await getTranslations(namespace);
  } catch {
    return createTranslator({ locale: 'nb', messages: CATALOGUES.nb, namespace }) as unknown as Words<N>;
  }
}
