import { describe, expect, it } from 'vitest';
import { DEFAULT_HEAP_MB, heapFlag } from './heap';

describe('heapFlag', () => {
  it('caps the old generation at 256 MB unless told otherwise, lifts the cap for 0, and sets the one asked for', () => {
    expect(DEFAULT_HEAP_MB).toBe(256);
    expect(heapFlag(undefined)).toEqual({ flags: ['--max-old-space-size=256'] });
    expect(heapFlag(' ')).toEqual({ flags: ['--max-old-space-size=256'] });
    expect(heapFlag('0')).toEqual({ flags: [] });
    expect(heapFlag('512')).toEqual({ flags: ['--max-old-space-size=512'] });
  });
  it('refuses what is not a whole number of megabytes, at least 128, in Norwegian', () => {
    for (const bad of ['64', '12.5', 'mye', '-1']) expect(heapFlag(bad)).toEqual({ error: expect.stringContaining('BROBYGGER_HEAP_MB må være') });
  });
});
