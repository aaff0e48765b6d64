import { createTranslator } from 'use-intl/core';
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import { openApiDocument } from '@/lib/server/api/v1/openapi';
import { apiReference, typeText } from './reference';

describe('the API reference page data', () => {
  const reference = apiReference(openApiDocument());

  it('has every operation with its parameters and answers', () => {
    expect(reference.operations.map((o) => o.path)).toEqual([
      '/api/v1/samarbeid',
      '/api/v1/samarbeid/{id}',
      '/api/v1/kommuner',
      '/api/v1/kommuner/{kommunenummer}/samarbeid',
      '/api/v1/oppgavefelt',
      '/api/v1/openapi.json',
    ]);
    const list = reference.operations[0]!;
    expect(list.parameters.map((p) => p.name)).toEqual(['county', 'legalForm', 'taskArea', 'state', 'cursor', 'limit']);
    expect(list.parameters.find((p) => p.name === 'limit')?.type).toBe('heltall, 1–100, standard 25');
    expect(list.responses.map((r) => r.status)).toEqual(['200', '304', '400', '429', '500']);
    expect(list.responses[0]?.schema).toBe('CooperationPage');
    expect(reference.operations[1]?.parameters[0]).toMatchObject({ name: 'id', in: 'adressen', required: true });
  });

  it('describes every field of every object in Norwegian words', () => {
    const summary = reference.schemas.find((s) => s.name === 'CooperationSummary')!;
    expect(summary.fields.find((f) => f.name === 'lastEvaluation')).toMatchObject({ type: 'dato (ÅÅÅÅ-MM-DD) eller null', required: true });
    expect(summary.fields.find((f) => f.name === 'members')?.type).toBe('liste av Member');
    expect(summary.fields.find((f) => f.name === 'id')?.type).toBe('id (UUID)');
    for (const schema of reference.schemas) expect(schema.fields.length, schema.name).toBeGreaterThan(0);
  });

  it('says JSON Schema types plainly', () => {
    expect(typeText({ type: 'string', enum: ['a', 'b'] })).toBe('én av: a, b');
    expect(typeText({ anyOf: [{ type: 'boolean' }, { const: 'kan' }] })).toBe('sann/usann eller alltid "kan"');
    expect(typeText(undefined)).toBe('hva som helst');
    expect(typeText({ type: ['string', 'null'] })).toBe('tekst eller null');
  });

  it('says them in the page’s language', () => {
    const t = createTranslator({ locale: 'nn', messages: CATALOGUES.nn, namespace: 'apiDok.type' });
    const nynorsk = apiReference(openApiDocument(), (key, values) => t(key, values));
    expect(nynorsk.operations[0]!.parameters.find((p) => p.name === 'limit')?.type).toBe('heiltal, 1–100, standard 25');
    expect(nynorsk.operations[1]!.parameters[0]).toMatchObject({ name: 'id', in: 'adressa' });
    const summary = nynorsk.schemas.find((s) => s.name === 'CooperationSummary')!;
    expect(summary.fields.find((f) => f.name === 'lastEvaluation')?.type).toBe('dato (ÅÅÅÅ-MM-DD) eller null');
    expect(typeText({ anyOf: [{ type: 'boolean' }, { const: 'kan' }, { type: 'null' }] }, (key, values) => t(key, values))).toBe('sann/usann eller alltid "kan" eller null');
  });
});
