// Payload generators for the fuzz test (testing/security/fuzz.db.test.ts), with fast-check:
// near-valid inputs built from an action's own zod schema (so the input gets past the first
// checks and reaches the handler), then broken in one place: a missing field, a wrong type,
// a huge string, control characters, someone else's id. Plus wholly random inputs.
import fc from 'fast-check';
import { z } from '@/lib/pure/validation/zod';
import { osloDateOf } from '@/lib/pure/domain/iso-date';

export interface Pools {
  /** Ids that exist in the database (other users' cooperations, rounds, …): "foreign ids". */
  uuids: string[];
  kommunenummer: string[];
  emails: string[];
}

type Json = Record<string, unknown>;

const HUGE = 'Æ'.repeat(200_000);

/**
 * Uploads (a zod File field has no JSON schema, so these stand in wherever one is unknown):
 * empty, garbage that claims to be a workbook, a truncated zip, CSV with formulas, NUL bytes
 * and unknown columns, and one just over the 2 MB import limit.
 */
export const fileValues = (): fc.Arbitrary<File> =>
  fc.oneof(
    fc.constantFrom(
      () => new File([], 'tom.xlsx'),
      () => new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xff, 0x00, 0x13])], 'avkuttet.xlsx'),
      () => new File(['Navn;Organisasjonsnummer\r\n=HYPERLINK("https://evil.example");123\r\n'], 'formel.csv'),
      () => new File(['\u0000\u0000;\u0000\r\n\ud800'], 'nul.csv'),
      () => new File(['ukjent;kolonne\n1;2'], 'rart.txt'),
      () => new File([new Uint8Array(2 * 1024 * 1024 + 1)], 'for-stor.csv'),
    ).map((make) => make()),
    fc.uint8Array({ maxLength: 2000 }).map((bytes) => new File([bytes], 'tilfeldig.xlsx')),
  );

/** Values that must never get past validation into the database, or crash a handler. */
export const hostileValues = (pools: Pools): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.constantFrom<unknown>(
      null,
      undefined,
      0,
      -1,
      1e308,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      -0,
      '',
      ' ',
      HUGE,
      '\u0000',
      'Navn\u0000med NUL',
      'tekst\u001b[2Jmed escape',
      '\ud800',
      '<script>alert(1)</script>',
      "'; drop table users; --",
      '../../../etc/passwd',
      '%ZZ',
      '2026-02-30',
      '9999-99-99',
      '-1',
      'NaN',
      'true',
      '00000000-0000-0000-0000-000000000000',
      {},
      [],
      [[[[[[]]]]]],
      { __proto__: { admin: true } },
      JSON.parse('{"__proto__": {"isAdmin": true}, "constructor": {"prototype": {"x": 1}}}'),
      true,
      new Date('invalid'),
    ),
    fc.uuid(),
    fc.constantFrom(...pools.uuids),
    fc.string({ unit: 'binary', maxLength: 50 }),
    fc.integer(),
    fc.double(),
  );

function stringArb(s: Json, pools: Pools): fc.Arbitrary<unknown> {
  if (Array.isArray(s.enum)) return fc.constantFrom(...(s.enum as unknown[]));
  if (s.format === 'uuid') return fc.oneof(fc.constantFrom(...pools.uuids), fc.uuid());
  if (s.format === 'email') return fc.oneof(fc.constantFrom(...pools.emails), fc.emailAddress());
  if (s.format === 'date' || (typeof s.pattern === 'string' && s.pattern.includes('\\d{4}-\\d{2}'))) {
    return fc.date({ min: new Date('2000-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }).map(osloDateOf);
  }
  // A municipality number: ^\d{4}$, or ^(\d{2}|\d{4})$ since county municipalities have two digits.
  if (typeof s.pattern === 'string' && /\\d\{4\}\)?\$$/.test(s.pattern)) return fc.constantFrom(...pools.kommunenummer);
  const min = typeof s.minLength === 'number' ? s.minLength : 0;
  const max = Math.max(min, Math.min(typeof s.maxLength === 'number' ? s.maxLength : 80, min + 80));
  return fc.string({ minLength: min, maxLength: max });
}

/** A value that fits the JSON schema (as far as JSON schema can say). */
export function fromJsonSchema(schema: unknown, pools: Pools, depth = 0): fc.Arbitrary<unknown> {
  const s = (schema ?? {}) as Json;
  if (depth > 6) return fc.constant(null);
  if (Array.isArray(s.anyOf) || Array.isArray(s.oneOf)) {
    const options = ((s.anyOf ?? s.oneOf) as unknown[]).map((o) => fromJsonSchema(o, pools, depth + 1));
    return options.length ? fc.oneof(...options) : fc.anything();
  }
  if ('const' in s) return fc.constant(s.const);
  if (Array.isArray(s.enum)) return fc.constantFrom(...(s.enum as unknown[]));
  if (Array.isArray(s.type)) return fc.oneof(...(s.type as string[]).map((type) => fromJsonSchema({ ...s, type }, pools, depth + 1)));
  switch (s.type) {
    case 'object': {
      const props = (s.properties ?? {}) as Record<string, unknown>;
      const required = new Set((s.required ?? []) as string[]);
      const shape = Object.fromEntries(Object.entries(props).map(([k, v]) => [k, fromJsonSchema(v, pools, depth + 1)]));
      return fc.record(shape, { requiredKeys: [...required].filter((k) => k in shape) });
    }
    case 'array': {
      const min = Math.min(typeof s.minItems === 'number' ? s.minItems : 0, 4);
      const max = Math.max(min, Math.min(typeof s.maxItems === 'number' ? s.maxItems : 4, 4));
      return fc.array(fromJsonSchema(s.items, pools, depth + 1), { minLength: min, maxLength: max });
    }
    case 'string':
      return stringArb(s, pools);
    case 'integer': {
      const min = typeof s.minimum === 'number' ? s.minimum : typeof s.exclusiveMinimum === 'number' ? s.exclusiveMinimum + 1 : -1000;
      const max = typeof s.maximum === 'number' ? Math.min(s.maximum, min + 10_000) : min + 10_000;
      return fc.integer({ min: Math.max(min, -1e9), max: Math.max(Math.max(min, -1e9), max) });
    }
    case 'number':
      return fc.double({ min: -1e6, max: 1e6, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    default:
      return fc.oneof(fc.string({ maxLength: 20 }), fc.integer(), fc.boolean(), fc.constant(null), fileValues());
  }
}

export function jsonSchemaOf(schema: z.ZodType): unknown {
  try {
    return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  } catch {
    return {};
  }
}

/** Copies plain objects and arrays; Files and other values are shared (structuredClone would turn a File into a Blob). */
function cloneTree(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(cloneTree);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cloneTree(v)]));
  }
  return value;
}

/** Breaks a near-valid object in one place: drops, replaces or adds a key, anywhere in it. */
export function broken(valid: fc.Arbitrary<unknown>, pools: Pools): fc.Arbitrary<unknown> {
  return fc.tuple(valid, fc.nat(), fc.constantFrom('drop', 'replace', 'add'), hostileValues(pools)).map(([value, pick, how, hostile]) => {
    if (!value || typeof value !== 'object') return hostile;
    const copy = cloneTree(value) as Json;
    const paths: Array<[Json, string]> = [];
    const walk = (node: unknown) => {
      if (!node || typeof node !== 'object') return;
      for (const key of Object.keys(node as Json)) {
        paths.push([node as Json, key]);
        walk((node as Json)[key]);
      }
    };
    walk(copy);
    if (paths.length === 0 || how === 'add') {
      copy[['ekstra', '__proto__', 'constructor', 'id', 'userId', 'rowVersion'][pick % 6]!] = hostile;
      return copy;
    }
    const [parent, key] = paths[pick % paths.length]!;
    if (how === 'drop') delete parent[key];
    else parent[key] = hostile;
    return copy;
  });
}

/** What an action may be sent: near-valid for one of the schemas, broken, or anything at all. */
export function actionPayloads(schemas: z.ZodType[], pools: Pools): fc.Arbitrary<unknown> {
  const valid = schemas.length ? fc.oneof(...schemas.map((s) => fromJsonSchema(jsonSchemaOf(s), pools))) : fc.object();
  return fc.oneof(
    { weight: 2, arbitrary: valid },
    { weight: 5, arbitrary: broken(valid, pools) },
    { weight: 1, arbitrary: fc.anything({ maxDepth: 3, withNullPrototype: true, withBigInt: true, withDate: true, withMap: true }) },
    { weight: 1, arbitrary: hostileValues(pools) },
  );
}
