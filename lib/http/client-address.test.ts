import { describe, expect, it } from 'vitest';
import { clientAddress } from './client-address';

describe('clientAddress', () => {
  it('takes the right-most X-Forwarded-For entry, the one our side added', () => {
    expect(clientAddress(new Headers({ 'x-forwarded-for': '192.0.2.1, 203.0.113.5' }))).toBe('203.0.113.5');
    expect(clientAddress(new Headers({ 'x-forwarded-for': ' 203.0.113.5 ' }))).toBe('203.0.113.5');
    expect(clientAddress(new Headers())).toBe('ukjent');
  });
});
