// One vocabulary for refusals: the codes a server action returns and the codes the lifecycle
// runner refuses a step with, with their Norwegian messages, and the one mapping from a
// refused step to what a form is told. Pure and safe to import from client components.

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
