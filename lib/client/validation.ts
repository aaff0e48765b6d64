// zodResolver's drop-in for the forms: every message reference (lib/pure/validation/reference.ts)
// is worded with the reader's words (./validation-words.ts) before react-hook-form shows it.
//
// The schema is loaded on demand: a form names its schema module with a dynamic import, so zod
// and the schemas (about 100 kB gzipped) are a chunk of their own, fetched once the form is on
// the screen, instead of weighing on every form route's first load (issue 12's budget). A form
// must therefore import nothing else at run time from a module that uses zod: constants and
// value helpers live in zod-free modules beside the schemas (e.g. phases/design-values.ts).
import { useEffect, useMemo, useState } from 'react';
import type { FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { validationText, type ValidationWords } from '@/lib/pure/validation/reference';
import { latestValidationWords, useValidationWords } from './validation-words';

export { useValidationWords, validationMessage } from './validation-words';

function reword(node: unknown, words: ValidationWords): void {
  if (!node || typeof node !== 'object') return;
  const error = node as Record<string, unknown>;
  if (typeof error.message === 'string') error.message = validationText(error.message, words);
  for (const [key, value] of Object.entries(error)) if (key !== 'ref' && key !== 'message') reword(value, words);
}

function inWords<I extends FieldValues, O>(resolver: Resolver<I, unknown, O>, words: () => ValidationWords): Resolver<I, unknown, O> {
  return async (values, context, options) => {
    const result = await resolver(values, context, options);
    reword(result.errors, words());
    return result;
  };
}

/** A form's schema, loaded on demand: `() => import('@/lib/pure/validation/x').then((m) => m.xSchema)`. */
export type SchemaLoader<S extends z.ZodType> = () => Promise<S>;

/** A resolver that loads its schema (and zod with it) on first use or when preloaded. */
export type LazyResolver<I extends FieldValues, O> = Resolver<I, unknown, O> & { preload: () => void };

interface LazyOptions {
  /** Hand the form its own values rather than the schema's output (the phase forms save what was typed). */
  raw?: boolean;
}

function lazyResolver<S extends z.ZodType>(load: SchemaLoader<S>, options: LazyOptions): LazyResolver<z.input<S> & FieldValues, z.output<S>> {
  type R = Resolver<z.input<S> & FieldValues, unknown, z.output<S>>;
  let ready: Promise<R> | undefined;
  const resolver = (): Promise<R> =>
    (ready ??= Promise.all([load(), import('@hookform/resolvers/zod')])
      .then(([schema, { zodResolver }]) => (options.raw ? zodResolver(schema as never, undefined, { raw: true }) : zodResolver(schema as never)) as unknown as R)
      .catch((error: unknown) => {
        ready = undefined; // a failed download is tried again at the next validation
        throw error;
      }));
  const resolve: R = async (values, context, resolverOptions) => (await resolver())(values, context, resolverOptions);
  return Object.assign(resolve, {
    preload: () => {
      resolver().catch(() => undefined);
    },
  });
}

/** zodResolver whose messages are worded with the provider's words; the schema is loaded once the form is mounted. */
export function useZodResolver<S extends z.ZodType>(load: SchemaLoader<S>, options: LazyOptions = {}): Resolver<z.input<S> & FieldValues, unknown, z.output<S>> {
  const words = useValidationWords();
  const [lazy] = useState(() => lazyResolver(load, options));
  useEffect(() => lazy.preload(), [lazy]);
  return useMemo(() => inWords(lazy, () => words), [lazy, words]);
}

/** The same for a resolver made at module level: worded with the provider's latest words; call preload() once the form is mounted. */
export function zodResolverInWords<S extends z.ZodType>(load: SchemaLoader<S>, options: LazyOptions = {}): LazyResolver<z.input<S> & FieldValues, z.output<S>> {
  const lazy = lazyResolver(load, options);
  return Object.assign(inWords(lazy, latestValidationWords), { preload: lazy.preload });
}
