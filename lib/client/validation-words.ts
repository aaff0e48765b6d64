// The reader's validation words in the browser: the catalogue's `validering` namespace for the
// request's language, handed down by a server layout through ValidationWordsProvider
// (app/_components/language/validation-words.tsx). Kept apart from the resolver
// (./validation.ts), so a page without a form ships only this.
import { createContext, useContext } from 'react';
import { validationText, type ValidationWords } from '@/lib/pure/validation/reference';

export const ValidationWordsContext = createContext<ValidationWords>({});

// The words the provider last rendered, for what runs outside a component (a resolver made at
// module level, applyFieldErrors). One reader per browser, so one set of words.
let latest: ValidationWords = {};
export const rememberValidationWords = (words: ValidationWords): void => {
  latest = words;
};
export const latestValidationWords = (): ValidationWords => latest;

export const useValidationWords = (): ValidationWords => useContext(ValidationWordsContext);

/** A message (a reference or plain text) in the reader's language; outside components with the provider's latest words. */
export const validationMessage = (message: string, words: ValidationWords = latest): string => validationText(message, words);
