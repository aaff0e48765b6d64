import { afterEach, describe, expect, it } from 'vitest';
import { keepSourceMaps, settleSourceMaps } from './source-maps';

// process.sourceMapsEnabled is Node's own reading of the switch (Node 20.7 and later).
const enabled = () => (process as unknown as { sourceMapsEnabled: boolean }).sourceMapsEnabled;
const before = enabled();
afterEach(() => process.setSourceMapsEnabled(before));

describe('source maps in the server process', () => {
  it('are turned off unless BROBYGGER_SOURCE_MAPS=1', () => {
    process.setSourceMapsEnabled(true);
    expect(settleSourceMaps({})).toBe(false);
    expect(enabled()).toBe(false);
    expect(settleSourceMaps({ BROBYGGER_SOURCE_MAPS: '1' })).toBe(true);
    expect(enabled()).toBe(true);
    expect(keepSourceMaps({ BROBYGGER_SOURCE_MAPS: 'ja' })).toBe(false);
  });
});
