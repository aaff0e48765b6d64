// One vocabulary for refusals: the codes a server action returns and the codes the lifecycle
// runner refuses a step with, with their Norwegian messages, and the one mapping from a
// refused step to what a form is told. Pure and safe to import from client components.
// The messages are bokmål; translatedRefusal words one of them in the request's language
// (the catalogue's avvising namespace), which lib/server/authed-action.ts does for every action.

/** Every reason the application refuses something. */
export type RefusalCode = 'unauthenticated' | 'forbidden' | 'invalid' | 'not_found' | 'conflict' | 'not_allowed_in_state' | 'not_ready' | 'error';

/** What the lifecycle runner refuses a step with. */
export type StepRefusalCode = Extract<RefusalCode, 'not_found' | 'forbidden' | 'not_allowed_in_state' | 'not_ready' | 'conflict'>;

/**
 * What a server action returns. A step's state and readiness refusals reach a form as
 * 'invalid' (the form shows what is missing); the rest keep their code.
 */
export type ActionErrorCode = Exclude<RefusalCode, 'not_allowed_in_state' | 'not_ready'>;

/** The messages a server action refuses with unless it says something more precise. */
export const MESSAGES: Record<ActionErrorCode, string> = {
  unauthenticated: 'Du må logge inn på nytt for å gjøre dette.',
  forbidden: 'Du har ikke tilgang til å gjøre dette.',
  invalid: 'Noen av feltene må rettes før du kan lagre.',
  not_found: 'Fant ikke det du ba om. Det kan være slettet.',
  conflict: 'Noen andre har endret dette samtidig. Last siden på nytt og prøv igjen.',
  error: 'Noe gikk galt hos oss. Prøv igjen om litt.',
};

/** The runner's messages: about a lifecycle step of one cooperation. */
export const STEP_MESSAGES: Record<StepRefusalCode, string> = {
  not_found: 'Fant ikke samarbeidet.',
  forbidden: 'Du har ikke en rolle som gir lov til dette steget.',
  not_allowed_in_state: 'Dette steget kan ikke tas i samarbeidets nåværende tilstand.',
  not_ready: 'Samarbeidet er ikke klart for dette steget ennå.',
  conflict: 'Noen andre har endret samarbeidet samtidig. Last siden på nytt og prøv igjen.',
};

/** Refused because the user still has the password an administrator chose. */
export const TEMPORARY_PASSWORD_MESSAGE = 'Du må velge ditt eget passord før du kan gjøre dette. Gå til «Bytt passord».';

/** The catalogue keys (from the root) a refusal may be worded with. */
export type RefusalKey =
  | `avvising.${ActionErrorCode}`
  | `avvising.steg.${StepRefusalCode}`
  | 'avvising.temporaryPassword'
  | 'avvising.errorWithReference'
  | 'fase.frozenMedlemsvedtak'
  | 'fase.frozenAvviklet'
  | 'fase.frozenAvbrutt';

/** A translator from the catalogue's root, e.g. `await getTranslations()` or next-intl's createTranslator. */
export type RefusalTranslator = (key: RefusalKey, values?: Record<string, string>) => string;

const KNOWN: ReadonlyMap<string, RefusalKey> = new Map<string, RefusalKey>([
  ...(Object.entries(MESSAGES) as [ActionErrorCode, string][]).map(([code, text]) => [text, `avvising.${code}`] as const),
  ...(Object.entries(STEP_MESSAGES) as [StepRefusalCode, string][]).map(([code, text]) => [text, `avvising.steg.${code}`] as const),
  [TEMPORARY_PASSWORD_MESSAGE, 'avvising.temporaryPassword'],
]);

const WITH_REFERENCE = /^(.*) \(Referanse: ([^)]+)\)$/;

/**
 * A refusal's message in another language: the shared messages above (an unexpected error
 * keeps its reference) and any `more` bokmål texts with their keys; null for a message of
 * an action's own, which stays as it is (bokmål).
 */
export function translatedRefusal(message: string, t: RefusalTranslator, more: ReadonlyMap<string, RefusalKey> = new Map()): string | null {
  const key = KNOWN.get(message) ?? more.get(message);
  if (key) return t(key);
  const referenced = WITH_REFERENCE.exec(message);
  const inner = referenced ? translatedRefusal(referenced[1]!, t, more) : null;
  return referenced && inner !== null ? t('avvising.errorWithReference', { message: inner, reference: referenced[2]! }) : null;
}

/** A refused lifecycle step; not_ready says what is missing. */
export type StepRefusal =
  | { ok: false; reason: Exclude<StepRefusalCode, 'not_ready'>; message: string }
  | { ok: false; reason: 'not_ready'; message: string; missing: string[] };

export function stepRefusal(reason: Exclude<StepRefusalCode, 'not_ready'>): StepRefusal {
  return { ok: false, reason, message: STEP_MESSAGES[reason] };
}

export function notReady(missing: string[]): StepRefusal {
  return { ok: false, reason: 'not_ready', message: STEP_MESSAGES.not_ready, missing };
}

/** The code a form gets for a refused step. */
export function actionCodeOfStep(reason: StepRefusalCode): ActionErrorCode {
  return reason === 'not_ready' || reason === 'not_allowed_in_state' ? 'invalid' : reason;
}
