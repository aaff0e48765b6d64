// The request side of the language choice: which facts requestLocale reads (the signed-in
// user, the `sprak` cookie, the path and query proxy.ts forwards, Accept-Language), and that
// the municipality is looked up only when neither the user nor the cookie has decided.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SessionUser } from '@/lib/pure/auth/roles';

const hooks = vi.hoisted(() => ({
  user: null as SessionUser | null,
  cookie: undefined as string | undefined,
  headers: new Headers(),
  lookups: [] as string[],
  maalform: { '4224': 'nynorsk', '4204': 'bokmal', '5001': 'noytral' } as Record<string, string>,
}));

vi.mock('@/lib/server/auth/session', () => ({ currentUser: async () => hooks.user }));
vi.mock('next/headers', () => ({
  headers: async () => hooks.headers,
  cookies: async () => ({ get: (name: string) => (name === 'sprak' && hooks.cookie !== undefined ? { name, value: hooks.cookie } : undefined) }),
}));
vi.mock('@/db/client', () => ({ getDb: async () => ({}) }));
vi.mock('@/db/queries/municipalities', () => ({
  getMunicipality: async (_db: unknown, nr: string) => {
    hooks.lookups.push(nr);
    return hooks.maalform[nr] ? { kommunenummer: nr, maalform: hooks.maalform[nr] } : null;
  },
}));

const { requestLocale } = await import('./server');

function request(path: string, search = '', acceptLanguage = 'nb-NO,nb;q=0.9') {
  hooks.headers = new Headers({ 'x-request-path': path, 'x-request-search': search, 'accept-language': acceptLanguage });
}

beforeEach(() => {
  hooks.user = null;
  hooks.cookie = undefined;
  hooks.lookups = [];
});

describe('requestLocale', () => {
  it('follows a nynorsk municipality on its own pages and from its cooperations', async () => {
    request('/innsyn/kommune/4224');
    expect(await requestLocale()).toBe('nn');
    request('/innsyn/samarbeid/abc', '?fra=4224');
    expect(await requestLocale()).toBe('nn');
    request('/innsyn/kommune/5001', '', 'en-GB,en;q=0.8');
    expect(await requestLocale()).toBe('en');
    request('/innsyn/kommune/9999', '', 'nn');
    expect(await requestLocale()).toBe('nn');
  });

  it('uses the browser elsewhere, without looking up any municipality', async () => {
    request('/innsyn', '?fra=4224', 'en');
    expect(await requestLocale()).toBe('en');
    request('/oversikt', '', '');
    expect(await requestLocale()).toBe('nb');
    expect(hooks.lookups).toEqual([]);
  });

  it('lets the cookie and then the profile override the municipality, and then does not look it up', async () => {
    request('/innsyn/kommune/4224');
    hooks.cookie = 'en';
    expect(await requestLocale()).toBe('en');
    hooks.user = { id: 'u', email: 'u@test.invalid', name: 'U', roles: [], language: 'nb' };
    expect(await requestLocale()).toBe('nb');
    expect(hooks.lookups).toEqual([]);
  });

  it('ignores a forged cookie and falls through to the municipality', async () => {
    request('/innsyn/kommune/4224');
    hooks.cookie = '../../etc';
    expect(await requestLocale()).toBe('nn');
    expect(hooks.lookups).toEqual(['4224']);
  });
});
