import { describe, expect, it } from 'vitest';
import { isTranslatedPath } from './translated-paths';

describe('isTranslatedPath', () => {
  it('knows the translated public pages', () => {
    for (const p of ['/innsyn', '/innsyn/', '/innsyn/kommune/4224', '/innsyn/kommune/4224/innebygd', '/innsyn/kommune/4224/nettverk', '/innsyn/samarbeid/abc', '/tilgjengelighet', '/', '/innsyn/statistikk', '/innsyn/statistikk/', '/innsyn/api']) {
      expect(isTranslatedPath(p), p).toBe(true);
    }
  });

  it('knows the about pages and the sign-in pages', () => {
    for (const p of ['/om', '/om/', '/om/slik-regnes-det-ut', '/logg-inn', '/glemt-passord', '/nytt-passord/abc_DEF-123']) {
      expect(isTranslatedPath(p), p).toBe(true);
    }
  });

  it('treats every other page as bokmål', () => {
    for (const p of ['/oversikt', '/innsyn/statistikk/fylke.csv', '/innsyn/api/v1', '/register/4204/nettverk', '/samarbeid/abc', '/om/noe-annet', '/logg-inn/x', '/nytt-passord', '/nytt-passord/a/b']) {
      expect(isTranslatedPath(p), p).toBe(false);
    }
  });
});
