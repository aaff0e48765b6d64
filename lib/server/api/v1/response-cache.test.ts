import { describe, expect, it } from 'vitest';
import { createAnswerCache } from './response-cache';

describe('the API answer cache', () => {
  it('serves an answer for its lifetime and forgets it after', () => {
    let now = 1_000;
    const cache = createAnswerCache({ ttlMs: 1000, now: () => now });
    cache.set('/api/v1/samarbeid', { body: '{"data":[]}', etag: 'W/"a"' });
    now += 999;
    expect(cache.get('/api/v1/samarbeid')).toEqual({ body: '{"data":[]}', etag: 'W/"a"' });
    now += 2;
    expect(cache.get('/api/v1/samarbeid')).toBeUndefined();
  });

  it('keys are whole addresses: another query string is another answer', () => {
    const cache = createAnswerCache({ ttlMs: 1000, now: () => 0 });
    cache.set('/api/v1/samarbeid?county=42', { body: 'agder', etag: 'W/"1"' });
    expect(cache.get('/api/v1/samarbeid?county=46')).toBeUndefined();
    expect(cache.get('/api/v1/samarbeid?county=42')?.body).toBe('agder');
  });

  it('holds no more than its size: the least recently used answers go first', () => {
    const cache = createAnswerCache({ ttlMs: 1000, maxSize: 10, now: () => 0 });
    cache.set('a', { body: '12345', etag: 'a' });
    cache.set('b', { body: '12345', etag: 'b' });
    cache.get('a');
    cache.set('c', { body: '12345', etag: 'c' });
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')?.etag).toBe('a');
    expect(cache.get('c')?.etag).toBe('c');
  });

  it('a lifetime of 0 turns it off', () => {
    const cache = createAnswerCache({ ttlMs: 0 });
    cache.set('a', { body: 'x', etag: 'a' });
    expect(cache.get('a')).toBeUndefined();
  });
});
