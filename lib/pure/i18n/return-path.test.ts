import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './return-path';

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
