'use client';
// Hands the reader's validation words (the catalogue's `validering` namespace, chosen by a server
// layout for the request's language) to the forms below: useZodResolver and applyFieldErrors
// (lib/client) word every message reference with them. The words come as a prop, so no
// catalogue reaches the browser's JavaScript.
import { rememberValidationWords, ValidationWordsContext } from '@/lib/client/validation-words';
import type { ValidationWords } from '@/lib/pure/validation/reference';

export function ValidationWordsProvider({ words, children }: { words: ValidationWords; children: React.ReactNode }) {
  rememberValidationWords(words);
  return <ValidationWordsContext value={words}>{children}</ValidationWordsContext>;
}

export { useValidationWords } from '@/lib/client/validation-words';
