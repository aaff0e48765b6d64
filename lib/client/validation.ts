// The browser's side of validation messages: the words of the reader's language (the catalogue's
// `validering` namespace, handed down by a server layout through ValidationWordsProvider in
// app/_components/language/validation-words.tsx), and zodResolver's drop-in that words every
// message reference (lib/pure/validation/reference.ts) before react-hook-form shows it.
import { createContext, useContext, useMemo } from 'react';
import type { FieldValues, Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { validationText, type ValidationWords } from '@/lib/pure/validation/reference';

export const ValidationWordsContext = createContext<ValidationWords>({});

// The words the provider last rendered, for what runs outside a component (a resolver made at
// module level, applyFieldErrors). One reader per browser, so one set of words.
let latest: ValidationWords = {};
export const rememberValidationWords = (words: ValidationWords): void => {
  latest = words;
};

export const useValidationWords = (): ValidationWords => useContext(ValidationWordsContext);

/** A message in the reader's language (outside components: the provider's latest words). */
export const validationMessage = (message: string, words: ValidationWords = latest): string => validationText(message, words);

function reword(node: unknown, words: ValidationWords): void {
  if (!node || typeof node !== 'object') return;
  const error = node as Record<string, unknown>;
  if (typeof error.message === 'string') error.message = validationText(error.message, words);
  for (const [key, value] of Object.entries(error)) if (key !== 'ref' && key !== 'message') reword(value, words);
}

function inWords<T extends FieldValues>(resolver: Resolver<T>, words: () => ValidationWords): Resolver<T> {
  return async (values, context, options) => {
    const result = await resolver(values, context, options);
    reword(result.errors, words());
    return result;
  };
}

type ZodResolverArgs = [schema: never, schemaOptions?: never, resolverOptions?: never];

/** zodResolver whose messages are worded with the provider's words. */
export const useZodResolver = ((...args: ZodResolverArgs) => {
  const words = useValidationWords();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the schema and options are fixed per form
  return useMemo(() => inWords(zodResolver(...args), () => words), [words]);
}) as unknown as typeof zodResolver;

/** zodResolver for a resolver made at module level: worded with the provider's latest words. */
export const zodResolverInWords = ((...args: ZodResolverArgs) => inWords(zodResolver(...args), () => latest)) as unknown as typeof zodResolver;
