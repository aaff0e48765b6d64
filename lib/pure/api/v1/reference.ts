// The readable reference of /api/v1, derived from the OpenAPI document (so the page, the
// document and the validation are one source): operations with their parameters and
// answers, and every schema's fields, with JSON Schema types said in Norwegian. Pure.
import type { OpenApiDocument } from '@/lib/server/api/v1/openapi';

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

/** A JSON Schema type in words: "tekst", "heltall", "liste av Member", "dato eller null" … */
export function typeText(schema: Schema | undefined): string {
  if (!schema) return 'hva som helst';
  if (typeof schema.$ref === 'string') return refName(schema.$ref);
  const anyOf = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined;
  if (anyOf) {
    const nonNull = anyOf.filter((s) => s.type !== 'null');
    const text = nonNull.map(typeText).join(' eller ');
    return nonNull.length < anyOf.length ? `${text} eller null` : text;
  }
  if (Array.isArray(schema.enum)) return `én av: ${schema.enum.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ')}`;
  if ('const' in schema) return `alltid ${JSON.stringify(schema.const)}`;
  switch (schema.type) {
    case 'string':
      if (schema.format === 'date') return 'dato (ÅÅÅÅ-MM-DD)';
      if (schema.format === 'uuid') return 'id (UUID)';
      if (schema.pattern === '^\\d{4}$') return 'kommunenummer (fire sifre)';
      if (schema.pattern === '^\\d{2}$') return 'fylkesnummer (to sifre)';
      if (schema.pattern === '^(\\d{2}|\\d{4})$') return 'kommunenummer (fire sifre) eller fylkesnummer (to sifre)';
      return 'tekst';
    case 'integer':
      return 'heltall';
    case 'number':
      return 'tall';
    case 'boolean':
      return 'sann/usann';
    case 'array':
      return `liste av ${typeText(schema.items as Schema | undefined)}`;
    case 'object':
      return schema.properties ? 'objekt' : 'objekt med valgfrie nøkler';
    default:
      return 'hva som helst';
  }
}

function withLimits(schema: Schema | undefined): string {
  if (!schema) return '';
  const parts = [typeText(schema)];
  if (typeof schema.minimum === 'number' && typeof schema.maximum === 'number') parts.push(`${schema.minimum}–${schema.maximum}`);
  if ('default' in schema) parts.push(`standard ${JSON.stringify(schema.default)}`);
  return parts.join(', ');
}

export function apiReference(document: OpenApiDocument): { operations: ReferenceOperation[]; schemas: ReferenceSchema[] } {
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
        in: p.in === 'path' ? 'adressen' : 'spørringen',
        required: p.required === true,
        type: withLimits(p.schema as Schema | undefined),
        description: String(p.description ?? (p.schema as Schema | undefined)?.description ?? ''),
      })),
      responses: Object.entries(get.responses ?? {}).map(([status, response]) => {
        const schema = (response as { content?: Record<string, { schema?: Schema }> }).content?.['application/json']?.schema;
        return { status, description: String((response as { description?: string }).description ?? ''), schema: schema ? typeText(schema) : null };
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
          type: typeText(s),
          required: required.has(field),
          description: String(s.description ?? ''),
        })),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
  return { operations, schemas };
}
