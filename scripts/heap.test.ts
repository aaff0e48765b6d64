import { describe, expect, it } from 'vitest';
import { heapFlag } from './heap';

describe('heapFlag', () => {
  it('caps the old generation at 256 MB unless told otherwise', () => {
    expect(heapFlag(undefined)).toEqual({ flag: '--max-old-space-size=256' });
    expect(heapFlag(' ')).toEqual({ flag: '--max-old-space-size=256' });
    expect(heapFlag('1024')).toEqual({ flag: '--max-old-space-size=1024' });
  });
  it('refuses what is not a whole number of megabytes, at least 128, in Norwegian', () => {
    for (const bad of ['64', '12.5', 'mye', '-1']) expect(heapFlag(bad)).toEqual({ error: expect.stringContaining('BROBYGGER_HEAP_MB må være') });
  });
});
