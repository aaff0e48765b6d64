import 'server-only';
// Digests for the audit log: what was asked (the validated input) and the state before and
// after, as SHA-256 over a canonical JSON (keys sorted), so equal data gives equal digests.
// Secrets are removed first: an unsalted hash of a password would be a crackable copy of it.
import { createHash } from 'node:crypto';

const SECRET_KEY = /pass(word|ord)|token|secret|hemmelig/i;

/** Canonical JSON: object keys sorted, secrets replaced, Dates as ISO strings. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(normalise(value));
}

function normalise(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(normalise);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v === undefined) continue;
      out[key] = SECRET_KEY.test(key) ? '[fjernet]' : normalise(v);
    }
    return out;
  }
  if (typeof value === 'bigint') return value.toString();
  return value;
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function digestOf(value: unknown): string {
  return sha256Hex(canonicalJson(value));
}
