// The readable reference of /api/v1, derived from the OpenAPI document (so the page, the
// document and the validation are one source): operations with their parameters and
// answers, and every schema's fields, with JSON Schema types said in words: in the page's
// language (the `apiDok.type` catalogue namespace), bokmål by default. The descriptions are the
// document's own, in bokmål; the page shows them translated (reference-text.ts). Pure.
import { createTranslator } from 'use-intl/core';
import type { OpenApiDocument } from '@/lib/server/api/v1/openapi';
import { CATALOGUES, type Messages } from '@/lib/pure/i18n/catalogues';

type Schema = Record<string, unknown>;

export interface ReferenceParameter {
  name: string;
  in: string;
  required: boolean;
  type: string;
  description: string;
}

export interface ReferenceOperation {
  id: string;
  method: string;
  path: string;
  summary: string;
  description: string;
  parameters: ReferenceParameter[];
  responses: { status: string; description: string; schema: string | null }[];
}

export interface ReferenceField {
  name: string;
  type: string;
  required: boolean;
  description: string;
}

export interface ReferenceSchema {
  name: string;
  description: string;
  fields: ReferenceField[];
}

const refName = (ref: string) => ref.split('/').at(-1) ?? ref;

export type TypeMessage = keyof Messages['apiDok']['type'];
/** A message of the `apiDok.type` namespace in one language. */
export type TypeWords = (key: TypeMessage, values?: Record<string, string>) => string;

const bokmaal = createTranslator({ locale: 'nb', messages: CATALOGUES.nb, namespace: 'apiDok.type' });
export const BOKMAAL_TYPE_WORDS: TypeWords = (key, values) => bokmaal(key, values);

/** Alternatives in words, null last: "tekst eller null", "sann/usann eller alltid "kan"". */
function alternatives(texts: string[], nullable: boolean, t: TypeWords): string {
  const text = texts.reduce((first, second) => t('or', { first, second }));
  return nullable ? t('orNull', { type: text }) : text;
}

/** A JSON Schema type in words: "tekst", "heltall", "liste av Member", "dato eller null" … */
export function typeText(schema: Schema | undefined, t: TypeWords = BOKMAAL_TYPE_WORDS): string {
  if (!schema) return t('any');
  if (typeof schema.$ref === 'string') return refName(schema.$ref);
  const anyOf = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined;
  if (anyOf) {
    const nonNull = anyOf.filter((s) => s.type !== 'null');
    return alternatives(nonNull.map((s) => typeText(s, t)), nonNull.length < anyOf.length, t);
  }
  // OpenAPI 3.1 writes a nullable value as a list of types: ["string", "null"].
  if (Array.isArray(schema.type)) {
    const types = (schema.type as unknown[]).filter((type) => type !== 'null');
    if (types.length > 0) return alternatives(types.map((type) => typeText({ ...schema, type }, t)), types.length < schema.type.length, t);
  }
  if (Array.isArray(schema.enum)) return t('oneOf', { values: schema.enum.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ') });
  if ('const' in schema) return t('always', { value: JSON.stringify(schema.const) });
  switch (schema.type) {
    case 'string':
      if (schema.format === 'date') return t('date');
      if (schema.format === 'uuid') return t('uuid');
      if (schema.pattern === '^\\d{4}$') return t('municipalityNumber');
      if (schema.pattern === '^\\d{2}$') return t('countyNumber');
      if (schema.pattern === '^(\\d{2}|\\d{4})$') return t('memberNumber');
      return t('text');
    case 'integer':
      return t('integer');
    case 'number':
      return t('number');
    case 'boolean':
      return t('boolean');
    case 'array':
      return t('listOf', { type: typeText(schema.items as Schema | undefined, t) });
    case 'object':
      return schema.properties ? t('object') : t('openObject');
    default:
      return t('any');
  }
}

function withLimits(schema: Schema | undefined, t: TypeWords): string {
  if (!schema) return '';
  const parts = [typeText(schema, t)];
  if (typeof schema.minimum === 'number' && typeof schema.maximum === 'number') parts.push(`${schema.minimum}–${schema.maximum}`);
  if ('default' in schema) parts.push(t('defaultValue', { value: JSON.stringify(schema.default) }));
  return parts.join(', ');
}

export function apiReference(document: OpenApiDocument, t: TypeWords = BOKMAAL_TYPE_WORDS): { operations: ReferenceOperation[]; schemas: ReferenceSchema[] } {
  const operations: ReferenceOperation[] = [];
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    const get = item?.get;
    if (!get) continue;
    operations.push({
      id: get.operationId ?? path,
      method: 'GET',
      path,
      summary: get.summary ?? '',
      description: get.description ?? '',
      parameters: ((get.parameters ?? []) as unknown as Schema[]).map((p) => ({
        name: String(p.name),
        in: p.in === 'path' ? t('inPath') : t('inQuery'),
        required: p.required === true,
        type: withLimits(p.schema as Schema | undefined, t),
        description: String(p.description ?? (p.schema as Schema | undefined)?.description ?? ''),
      })),
      responses: Object.entries(get.responses ?? {}).map(([status, response]) => {
        const schema = (response as { content?: Record<string, { schema?: Schema }> }).content?.['application/json']?.schema;
        return { status, description: String((response as { description?: string }).description ?? ''), schema: schema ? typeText(schema, t) : null };
      }),
    });
  }
  const schemas = Object.entries((document.components?.schemas ?? {}) as Record<string, Schema>)
    .map(([name, schema]) => {
      const object = ((schema.anyOf as Schema[] | undefined)?.find((s) => s.type === 'object') ?? schema) as Schema;
      const required = new Set((object.required as string[] | undefined) ?? []);
      return {
        name,
        description: String(schema.description ?? object.description ?? ''),
        fields: Object.entries((object.properties ?? {}) as Record<string, Schema>).map(([field, s]) => ({
          name: field,
          type: typeText(s, t),
          required: required.has(field),
          description: String(s.description ?? ''),
        })),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
  return { operations, schemas };
}
