// A submit that got no answer: the form's handler threw instead of returning the action's result
// (the connection dropped, the server stopped or failed in the middle). Without this the button
// stopped spinning and nothing else happened, so the user could not tell whether anything was
// saved. The forms' useForm (lib/client/forms.ts) reports it here, and the root layout's
// SubmitFailureNotice says so at the top of the page; the form keeps what was typed. Next's own
// control flow (redirect, notFound) and an abort (the user left the page) pass through.
type Listener = (error: unknown) => void;

const listeners = new Set<Listener>();

/** Listens for failed submits; returns the function that stops listening. */
export function onSubmitFailure(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Next throws these to redirect or show "not found"; the router handles them. */
export function isNextControlFlow(error: unknown): boolean {
  const digest = typeof error === 'object' && error !== null && 'digest' in error ? (error as { digest: unknown }).digest : undefined;
  return typeof digest === 'string' && digest.startsWith('NEXT_');
}

const isAbort = (error: unknown) => error instanceof Error && error.name === 'AbortError';

/** True when the failure was told to a listener; false leaves it to the caller (rethrow). */
export function reportSubmitFailure(error: unknown): boolean {
  if (isNextControlFlow(error) || isAbort(error) || listeners.size === 0) return false;
  for (const listener of listeners) listener(error);
  return true;
}
