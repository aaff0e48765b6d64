import { describe, expect, it } from 'vitest';
import { deriveFeedToken, feedSecret, FeedSecretMissingError, hashFeedToken, tokenFromPath } from './feed-token';
import { feedUrls, publicBaseUrl } from '@/lib/pure/calendar/urls';

const USER = '0b6c3a8e-3f57-4a5e-9a47-2a3f8c1d9e10';
const AT = new Date('2026-03-01T10:00:00.123Z');

describe('feed tokens', () => {
  it('are derived from user, creation time and secret, and change when any of them does', () => {
    const token = deriveFeedToken('hemmelig', USER, AT);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(deriveFeedToken('hemmelig', USER, AT)).toBe(token);
    expect(deriveFeedToken('hemmelig', USER, new Date(AT.getTime() + 1))).not.toBe(token);
    expect(deriveFeedToken('annen', USER, AT)).not.toBe(token);
    expect(deriveFeedToken('hemmelig', USER.replace('0b', '1b'), AT)).not.toBe(token);
  });

  it('are stored as a hash that does not contain the token', () => {
    const token = deriveFeedToken('hemmelig', USER, AT);
    const hash = hashFeedToken(token);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain(token);
  });

  it('come from the path with or without .ics, and nothing else passes', () => {
    const token = deriveFeedToken('hemmelig', USER, AT);
    expect(tokenFromPath(token)).toBe(token);
    expect(tokenFromPath(`${token}.ics`)).toBe(token);
    expect(tokenFromPath([`${token}.ics`])).toBe(token);
    expect(tokenFromPath(`${token}.ics.ics`)).toBeNull();
    expect(tokenFromPath('kort.ics')).toBeNull();
    expect(tokenFromPath(`${token.slice(0, 42)}'`)).toBeNull();
    expect(tokenFromPath(undefined)).toBeNull();
  });

  it('need NEXTAUTH_SECRET', () => {
    expect(() => feedSecret({})).toThrow(FeedSecretMissingError);
    expect(feedSecret({ NEXTAUTH_SECRET: 's' })).toBe('s');
  });
});

describe('feed addresses', () => {
  it('use the configured public address, else the request origin, and offer webcal://', () => {
    expect(publicBaseUrl('http://localhost:3000', 'https://brobygger.kommune.no/')).toBe('https://brobygger.kommune.no');
    expect(publicBaseUrl('http://localhost:3000', undefined)).toBe('http://localhost:3000');
    expect(feedUrls('https://brobygger.kommune.no', 'abc')).toEqual({
      https: 'https://brobygger.kommune.no/api/kalender/abc.ics',
      webcal: 'webcal://brobygger.kommune.no/api/kalender/abc.ics',
    });
  });
});
