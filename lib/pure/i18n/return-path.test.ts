import { describe, expect, it } from 'vitest';
import { returnPathFromReferer, safeReturnPath } from './return-path';

describe('safeReturnPath', () => {
  it('keeps a path on this site with its query', () => {
    expect(safeReturnPath('/innsyn/kommune/4224?side=2')).toBe('/innsyn/kommune/4224?side=2');
    expect(safeReturnPath('/')).toBe('/');
  });

  it('sends anything else to the front page', () => {
    for (const bad of [undefined, null, '', 'https://evil.example', '//evil.example/x', '/\\evil.example', '/\\/evil.example', 'innsyn', '/a\\b', '/a\nb']) {
      expect(safeReturnPath(bad)).toBe('/');
    }
  });
});

describe('returnPathFromReferer', () => {
  const origin = new Set(['brobygger.example']);

  it('goes back to the page on this site the link was followed from, with its query', () => {
    expect(returnPathFromReferer('https://brobygger.example/innsyn/kommune/4224?side=2', origin)).toBe('/innsyn/kommune/4224?side=2');
    expect(returnPathFromReferer('https://brobygger.example/', origin)).toBe('/');
  });

  it('never goes to another site, and goes to the front page without a usable Referer', () => {
    for (const bad of [undefined, null, '', 'not a url', 'https://evil.example/innsyn', 'ftp://brobygger.example/innsyn', 'https://brobygger.example.evil.example/x', 'javascript:alert(1)']) {
      expect(returnPathFromReferer(bad, origin)).toBe('/');
    }
  });
});
