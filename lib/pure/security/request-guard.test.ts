// Replayed attacks at the door (proxy.ts): malformed percent-encoding, foreign Origin, CSP.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, isEmbedPath, strictTransportSecurity } from './csp';
import { controlCharErrors } from './control-chars';
import { MAX_ACTION_BODY_BYTES, MAX_OTHER_BODY_BYTES, MAX_UPLOAD_ACTION_BODY_BYTES, maxBodyBytes } from './limits';
import { foreignOrigin, pathDecodes } from './request-guard';

export const MALFORMED_PATHS = ['/innsyn/samarbeid/%ZZ', '/api/kalender/%ZZ', '/admin/brukere/%ZZ', '/innsyn/samarbeid/%', '/innsyn/samarbeid/%E0%A4%A', '/x/%C0%AF', '/%FF'];

const headers = (h: Record<string, string>) => ({ get: (name: string) => h[name] ?? null });

describe('request guard', () => {
  it.each(MALFORMED_PATHS)('refuses the malformed path %s', (path) => expect(pathDecodes(path)).toBe(false));

  it('accepts ordinary encoded paths', () => {
    for (const path of ['/innsyn/samarbeid/abc', '/register/4203', '/x/%C3%A6%C3%B8%C3%A5', '/a%2Fb']) expect(pathDecodes(path)).toBe(true);
  });

  it('refuses a POST from another site, or from an opaque origin, and allows our own', () => {
    const own = { host: 'brobygger.kommune.no' };
    expect(foreignOrigin('POST', headers({ ...own, origin: 'https://evil.example' }))).toBe(true);
    expect(foreignOrigin('POST', headers({ ...own, origin: 'null' }))).toBe(true);
    expect(foreignOrigin('POST', headers({ ...own, origin: 'https://brobygger.kommune.no.evil.example' }))).toBe(true);
    expect(foreignOrigin('POST', headers({ ...own, origin: 'https://brobygger.kommune.no' }))).toBe(false);
    expect(foreignOrigin('POST', headers({ host: 'internal:3000', origin: 'https://brobygger.kommune.no' }), 'https://brobygger.kommune.no')).toBe(false);
    expect(foreignOrigin('GET', headers({ ...own, origin: 'https://evil.example' }))).toBe(false);
    expect(foreignOrigin('POST', headers(own))).toBe(false);
  });

  it('builds a nonce policy that forbids framing, inline scripts without the nonce, and plugins', () => {
    const csp = contentSecurityPolicy({ nonce: 'abc123' });
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(contentSecurityPolicy({ nonce: 'x', dev: true })).toContain("'unsafe-eval'");
    expect(strictTransportSecurity('https://brobygger.kommune.no')).toMatch(/^max-age=\d+/);
    expect(strictTransportSecurity('http://localhost:3000')).toBeNull();
  });

  it('lets other sites frame the embeddable register, and nothing else', () => {
    expect(contentSecurityPolicy({ nonce: 'n', frameable: true })).toContain('frame-ancestors *');
    expect(isEmbedPath('/innsyn/kommune/4204/innebygd')).toBe(true);
    for (const path of ['/innsyn/kommune/4204', '/innsyn/kommune/42/innebygd', '/innsyn/kommune/4204/innebygd/x', '/x/innsyn/kommune/4204/innebygd', '/innsyn/kommune/4204/innebygd.json', '/', '/logg-inn']) {
      expect(isEmbedPath(path), path).toBe(false);
    }
  });

  it('allows a large body only to the upload page, and 1 MiB to every other server action', () => {
    expect(maxBodyBytes('/samarbeid/importer', true)).toBe(MAX_UPLOAD_ACTION_BODY_BYTES);
    expect(maxBodyBytes('/samarbeid/registrer', true)).toBe(MAX_ACTION_BODY_BYTES);
    expect(maxBodyBytes('/samarbeid/importer/x', true)).toBe(MAX_ACTION_BODY_BYTES);
    expect(maxBodyBytes('/api/register/4204', false)).toBe(MAX_OTHER_BODY_BYTES);
  });

  it("keeps Next's own action body limit equal to the largest, so the friendly 413 always comes first", () => {
    const config = readFileSync(path.resolve(__dirname, '../../../next.config.js'), 'utf8');
    const megabytes = /bodySizeLimit: '(\d+)mb'/.exec(config)?.[1];
    expect(Number(megabytes) * 1024 * 1024).toBe(MAX_UPLOAD_ACTION_BODY_BYTES);
  });
});

export const CONTROL_CHAR_PAYLOADS = ['Nav\u0000n', '\u0000', 'a\u0001b', 'a\u0008', 'a\u000b', 'a\u000c', 'a\u001b[2J', 'a\u007f', 'a\u0085', 'a\u009b', '\ud800', 'x\udfff'];

describe('control characters', () => {
  it.each(CONTROL_CHAR_PAYLOADS)('refuses %j wherever it sits in the input', (bad) => {
    expect(controlCharErrors({ name: bad })).toEqual({ name: [expect.stringMatching(/tegn som ikke er tillatt/)] });
    expect(controlCharErrors({ list: [{ note: bad }] })).toHaveProperty(['list.0.note']);
    expect(controlCharErrors({ [bad]: 'x' })).toHaveProperty('_form');
  });

  it('walks sparse arrays and null-prototype objects without tripping', () => {
    expect(controlCharErrors({ a: [, 'x\u0000'] })).toHaveProperty(['a.1']);
    expect(controlCharErrors(Object.assign(Object.create(null), { b: 'ok' }))).toBeNull();
  });

  it('accepts tabs, line breaks, Norwegian and Sami letters and emoji', () => {
    expect(controlCharErrors({ a: 'Linje 1\r\nLinje 2\tog æøå ÆØÅ Guovdageaidnu čđŋšŧž 👍' })).toBeNull();
  });
});
