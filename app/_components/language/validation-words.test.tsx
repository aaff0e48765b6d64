// useZodResolver takes its words from the nearest ValidationWordsProvider.
import { renderToStaticMarkup } from 'react-dom/server';
import type { Resolver } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { ValidationWordsProvider } from './validation-words';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import { textTooLong } from '@/lib/pure/validation/messages';
import { z } from '@/lib/pure/validation/zod';
import { useZodResolver } from '@/lib/client/validation';

const schema = z.object({ name: z.string().max(3, textTooLong(3)) });

function resolverIn(words: Record<string, string>): Resolver<{ name: string }> {
  let resolver: Resolver<{ name: string }> | undefined;
  function Form() {
    resolver = useZodResolver(() => Promise.resolve(schema));
    return null;
  }
  renderToStaticMarkup(
    <ValidationWordsProvider words={words}>
      <Form />
    </ValidationWordsProvider>,
  );
  return resolver!;
}

describe('useZodResolver', () => {
  it.each([
    ['nb', 'Teksten kan være høyst 3 tegn.'],
    ['nn', 'Teksten kan vere høgst 3 teikn.'],
    ['en', 'The text can be at most 3 characters.'],
  ] as const)('words messages in %s', async (locale, text) => {
    const result = await resolverIn(CATALOGUES[locale].validering)({ name: 'abcd' }, undefined, { fields: {}, shouldUseNativeValidation: false });
    expect(result.errors).toMatchObject({ name: { message: text } });
  });
});
