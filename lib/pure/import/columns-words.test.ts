// The import page documents the columns from the catalogue (importer.kolonne): the bokmål
// catalogue holds exactly the descriptions of IMPORT_COLUMNS (the template's own words), and
// nynorsk and English describe every column.
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import { IMPORT_COLUMNS } from './columns';

describe('importer.kolonne', () => {
  it('bokmål word for word as IMPORT_COLUMNS, nn and en for every column', () => {
    for (const c of IMPORT_COLUMNS) {
      expect(CATALOGUES.nb.importer.kolonne[c.key]).toBe(c.description);
      expect(CATALOGUES.nn.importer.kolonne[c.key]).not.toBe('');
      expect(CATALOGUES.en.importer.kolonne[c.key]).not.toBe(c.description);
    }
    expect(Object.keys(CATALOGUES.nb.importer.kolonne)).toHaveLength(IMPORT_COLUMNS.length);
  });
});
