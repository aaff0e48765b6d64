// Replayed attack: rotating X-Forwarded-For to get a fresh throttle bucket per attempt.
import { describe, expect, it } from 'vitest';
import { clientAddressFromHeaders, normaliseAddress, resolveClientAddress, trustedProxyHops, UNKNOWN_ADDRESS } from './client-address';

const ROTATED = ['1.1.1.1', '2.2.2.2, 3.3.3.3', 'ukjent', '', '::1', 'not-an-ip', '127.0.0.1, 10.0.0.1, 8.8.8.8'];

describe('client address', () => {
  it('ignores X-Forwarded-For without trusted proxies: every rotation gives the socket address', () => {
    for (const xff of ROTATED) expect(resolveClientAddress('::ffff:198.51.100.7', xff, 0)).toBe('198.51.100.7');
  });

  it('with one trusted proxy takes the entry that proxy appended; what the client prepends is ignored', () => {
    expect(resolveClientAddress('10.0.0.2', '198.51.100.7', 1)).toBe('198.51.100.7');
    expect(resolveClientAddress('10.0.0.2', '1.1.1.1, 198.51.100.7', 1)).toBe('198.51.100.7');
    expect(resolveClientAddress('10.0.0.2', ['6.6.6.6', '198.51.100.7'], 1)).toBe('198.51.100.7');
  });

  it('with two trusted proxies takes the second entry from the right', () => {
    expect(resolveClientAddress('10.0.0.3', '9.9.9.9, 198.51.100.7, 10.0.0.2', 2)).toBe('198.51.100.7');
    // Fewer entries than proxies: the left-most (the request skipped a proxy).
    expect(resolveClientAddress('10.0.0.3', '198.51.100.7', 2)).toBe('198.51.100.7');
  });

  it('falls back to the socket when the header is missing or the chosen entry is not an address', () => {
    expect(resolveClientAddress('10.0.0.2', undefined, 1)).toBe('10.0.0.2');
    expect(resolveClientAddress('10.0.0.2', 'x, <script>', 1)).toBe('10.0.0.2');
    expect(resolveClientAddress(undefined, undefined, 0)).toBe(UNKNOWN_ADDRESS);
  });

  it('reads the setting strictly', () => {
    expect(trustedProxyHops({})).toBe(0);
    expect(trustedProxyHops({ BROBYGGER_TRUSTED_PROXY_HOPS: '2' })).toBe(2);
    expect(() => trustedProxyHops({ BROBYGGER_TRUSTED_PROXY_HOPS: 'ja' })).toThrow(/helt tall/);
    expect(() => trustedProxyHops({ BROBYGGER_TRUSTED_PROXY_HOPS: '-1' })).toThrow(/helt tall/);
  });

  it('trusts the resolved-address header only inside the server that sets it', () => {
    const headers = (name: string) => (name === 'x-brobygger-client-address' ? '203.0.113.9' : null);
    expect(clientAddressFromHeaders(headers, {})).toBe(UNKNOWN_ADDRESS);
    expect(clientAddressFromHeaders(headers, { BROBYGGER_RESOLVES_CLIENT_ADDRESS: '1' })).toBe('203.0.113.9');
    expect(clientAddressFromHeaders(() => 'forfalsket', { BROBYGGER_RESOLVES_CLIENT_ADDRESS: '1' })).toBe(UNKNOWN_ADDRESS);
    expect(normaliseAddress('[2001:DB8::1]')).toBe('2001:db8::1');
  });
});
