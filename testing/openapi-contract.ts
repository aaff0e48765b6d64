// Checks a response against the OpenAPI document: the schema the document gives for that
// path, method and status (JSON Schema 2020-12, the dialect of OpenAPI 3.1), validated with
// ajv. References inside the document (#/components/...) resolve against the document itself.
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const DOCUMENT_ID = 'https://brobygger.invalid/openapi.json';

export interface ContractCheck {
  (path: string, status: number, body: unknown): string[];
  /** Every path+status pair that has been checked, to prove the whole document was exercised. */
  seen: Set<string>;
}

const pointer = (...parts: string[]) => parts.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');

export function contractChecker(document: object): ContractCheck {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ ...document, $id: DOCUMENT_ID });
  const seen = new Set<string>();
  const check = ((path: string, status: number, body: unknown) => {
    seen.add(`${path} ${status}`);
    const responses = (document as { paths: Record<string, { get: { responses: Record<string, { content?: Record<string, unknown> }> } }> }).paths[path]?.get.responses;
    const response = responses?.[String(status)];
    if (!response) return [`${path}: status ${status} er ikke dokumentert`];
    if (!response.content) return body === null || body === '' ? [] : [`${path} ${status}: dokumentert uten innhold, men svaret har innhold`];
    const ref = `${DOCUMENT_ID}#/${pointer('paths', path, 'get', 'responses', String(status), 'content', 'application/json', 'schema')}`;
    const validate = ajv.getSchema(ref);
    if (!validate) return [`${path} ${status}: fant ikke skjemaet ${ref}`];
    return validate(body) ? [] : (validate.errors ?? []).map((e) => `${path} ${status}: ${e.instancePath} ${e.message}`);
  }) as ContractCheck;
  check.seen = seen;
  return check;
}
