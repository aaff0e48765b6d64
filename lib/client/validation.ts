// zodResolver's drop-in for the forms: every message reference (lib/pure/validation/reference.ts)
// is worded with the reader's words (./validation-words.ts) before react-hook-form shows it.
import { useMemo } from 'react';
import type { FieldValues, Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { validationText, type ValidationWords } from '@/lib/pure/validation/reference';
import { latestValidationWords, useValidationWords } from './validation-words';

export { useValidationWords, validationMessage } from './validation-words';

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
  const [schema, schemaOptions, resolverOptions] = args;
  return useMemo(() => inWords(zodResolver(schema, schemaOptions, resolverOptions), () => words), [schema, schemaOptions, resolverOptions, words]);
}) as unknown as typeof zodResolver;

/** zodResolver for a resolver made at module level: worded with the provider's latest words. */
export const zodResolverInWords = ((...args: ZodResolverArgs) => inWords(zodResolver(...args), latestValidationWords)) as unknown as typeof zodResolver;
