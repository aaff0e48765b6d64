import { describe, expect, it } from 'vitest';
import { heapFlag } from './heap';

describe('heapFlag', () => {
  it('sets no limit unless told, and the one asked for', () => {
    expect(heapFlag(undefined)).toEqual({ flags: [] });
    expect(heapFlag(' ')).toEqual({ flags: [] });
    expect(heapFlag('256')).toEqual({ flags: ['--max-old-space-size=256'] });
  });
  it('refuses what is not a whole number of megabytes, at least 128, in Norwegian', () => {
    for (const bad of ['64', '12.5', 'mye', '-1']) expect(heapFlag(bad)).toEqual({ error: expect.stringContaining('BROBYGGER_HEAP_MB må være') });
  });
});
