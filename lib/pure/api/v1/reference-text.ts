// The API reference's descriptions in the page's language. The OpenAPI document is the API's
// contract and stays bokmål (/api/v1/openapi.json); the catalogues' `apiDok.doc` namespace
// holds each description in nb, nn and en, keyed by where it stands: an operation, a
// parameter, a schema or a field. A description shared by several places (the date fields,
// the paging parameters, the error answers) has one general key; a place whose text differs
// has its own, which wins. reference-text.test.ts holds the bokmål entries equal to the
// document, so a changed description fails until it is translated again. Pure.
import type { ReferenceOperation, ReferenceSchema } from './reference';

export type DocPlace =
  | { kind: 'summary' | 'description'; op: string }
  | { kind: 'response'; op: string; status: string }
  | { kind: 'param'; name: string }
  | { kind: 'schema'; name: string }
  | { kind: 'field'; schema: string; field: string };

/** The catalogue keys (under `apiDok.doc`) a place's description may have, most specific first. */
export function docKeys(place: DocPlace): string[] {
  switch (place.kind) {
    case 'summary':
    case 'description':
      return [`op.${place.op}.${place.kind}`];
    case 'response':
      return [`op.${place.op}.r${place.status}`, `svar.r${place.status}`];
    case 'param':
      return [`param.${place.name}`];
    case 'schema':
      return [`skjema.${place.name}`];
    case 'field':
      return [`skjemafelt.${place.schema}.${place.field}`, `felt.${place.field}`];
  }
}

type Tree = { readonly [key: string]: string | Tree };

function lookup(tree: Tree, key: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

/** The key a place's description is found under in a catalogue's `apiDok.doc`, or null. */
export function docKey(place: DocPlace, doc: Tree): string | null {
  return docKeys(place).find((key) => lookup(doc, key) !== undefined) ?? null;
}

/**
 * A place's description from a catalogue's `apiDok.doc` (plain text, no ICU arguments); the
 * document's own bokmål text where the catalogue has none (the test makes sure it always has).
 */
export function docText(place: DocPlace, documentText: string, doc: Tree): string {
  if (!documentText) return '';
  const key = docKey(place, doc);
  return key ? lookup(doc, key)! : documentText;
}

/** Every place in the reference that has a description, with the document's text. */
export function describedPlaces(reference: { operations: ReferenceOperation[]; schemas: ReferenceSchema[] }): { place: DocPlace; text: string }[] {
  const places: { place: DocPlace; text: string }[] = [];
  for (const op of reference.operations) {
    places.push({ place: { kind: 'summary', op: op.id }, text: op.summary }, { place: { kind: 'description', op: op.id }, text: op.description });
    for (const p of op.parameters) places.push({ place: { kind: 'param', name: p.name }, text: p.description });
    for (const r of op.responses) places.push({ place: { kind: 'response', op: op.id, status: r.status }, text: r.description });
  }
  for (const s of reference.schemas) {
    places.push({ place: { kind: 'schema', name: s.name }, text: s.description });
    for (const f of s.fields) places.push({ place: { kind: 'field', schema: s.name, field: f.name }, text: f.description });
  }
  return places.filter((p) => p.text !== '');
}
