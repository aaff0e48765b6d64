import { describe, expect, it } from 'vitest';
import { copiedRuns, RUN_LENGTH } from '@/testing/paraphrase';
import {
  LEGAL_FORMS,
  type LegalFormCode,
  compareForms,
  currentForms,
  legalForm,
  lovkravItems,
} from './legal-forms';

// Every member of the LegalFormCode union; the `satisfies` keeps this list honest at compile time.
const ALL_CODES = {
  ipr: true,
  ko: true,
  vertskommune_administrativ: true,
  vertskommune_nemnd: true,
  iks: true,
  as: true,
  sa: true,
  forening: true,
  stiftelse: true,
  avtale: true,
  fagnettverk: true,
  prosjekt: true,
  rad_utvalg: true,
  partnerskap: true,
  legacy_27_styre: true,
  legacy_28_vertskommune: true,
  legacy_regionrad: true,
  legacy_samkommune: true,
} satisfies Record<LegalFormCode, true>;
const CODES = Object.keys(ALL_CODES) as LegalFormCode[];

describe('LEGAL_FORMS catalogue', () => {
  it('has every code exactly once', () => {
    const codes = LEGAL_FORMS.map((f) => f.code);
    expect([...codes].sort()).toEqual([...CODES].sort());
    expect(new Set(codes).size).toBe(codes.length);
  });

  it.each(CODES)('%s has the descriptive fields filled in', (code) => {
    const f = legalForm(code);
    expect(f).toBeDefined();
    for (const text of [f!.name, f!.shortName, f!.basis, f!.summary, f!.typicalUse, f!.agreementName]) {
      expect(text.trim()).not.toBe('');
    }
    expect(f!.bodies.length).toBeGreaterThan(0);
    expect(f!.agreementItems.length).toBeGreaterThan(0);
  });

  it.each(CODES)('%s: item ids are kebab-case and unique; texts and sources non-empty', (code) => {
    const items = legalForm(code)!.agreementItems;
    const ids = items.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const item of items) {
      expect(item.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(item.text.trim()).not.toBe('');
      expect(item.source.trim()).not.toBe('');
    }
  });

  it('cites a statute paragraph for every lovkrav item', () => {
    for (const form of LEGAL_FORMS) {
      for (const item of form.agreementItems.filter((i) => i.requirement === 'lovkrav')) {
        expect(item.source, `${form.code}/${item.id}`).toMatch(/§\s*\d/);
        // A paragraph we flagged as unchecked must never be promoted silently.
        expect(item.source, `${form.code}/${item.id}`).not.toMatch(/ikke kontrollert/);
      }
    }
  });

  it('has verified statutory items for the forms whose minimum content we checked', () => {
    for (const code of ['ko', 'iks', 'as', 'sa'] as const) {
      expect(lovkravItems(code).length, code).toBeGreaterThan(0);
    }
    expect(lovkravItems('ko').map((i) => i.id)).toEqual(
      expect.arrayContaining(['eierandel-og-ansvarsandel', 'innskuddsplikt', 'uttreden', 'opplosning']),
    );
  });

  it('has no statutory items for forms without an organisation statute', () => {
    for (const code of ['forening', 'avtale', 'fagnettverk', 'prosjekt', 'rad_utvalg', 'partnerskap'] as const) {
      expect(lovkravItems(code), code).toEqual([]);
    }
  });

  it('asks for shares in percent where members own or answer for a share (Foretaksregisteret case)', () => {
    for (const code of ['ko', 'iks', 'ipr'] as const) {
      const item = legalForm(code)!.agreementItems.find((i) => i.id === 'andeler-i-prosent');
      expect(item?.requirement, code).toBe('anbefalt');
      expect(item?.source, code).toMatch(/NORCE 2023/);
    }
  });

  it('asks for explicit host compensation in host-based forms', () => {
    for (const code of ['vertskommune_administrativ', 'vertskommune_nemnd', 'ko', 'ipr'] as const) {
      expect(legalForm(code)!.agreementItems.some((i) => i.id === 'kompensasjon-vert'), code).toBe(true);
    }
  });

  it('lets exactly the host-municipality forms (and the abolished samkommune) make enkeltvedtak', () => {
    const codes = LEGAL_FORMS.filter((f) => f.mayMakeEnkeltvedtak).map((f) => f.code).sort();
    expect(codes).toEqual(
      ['legacy_28_vertskommune', 'legacy_samkommune', 'vertskommune_administrativ', 'vertskommune_nemnd'].sort(),
    );
  });

  it('knows that a host-municipality cooperation is never its own legal entity', () => {
    expect(legalForm('vertskommune_administrativ')!.legalEntity).toBe(false);
    expect(legalForm('vertskommune_nemnd')!.legalEntity).toBe(false);
    expect(legalForm('iks')!.legalEntity).toBe(true);
    expect(legalForm('ko')!.legalEntity).toBe('kan');
  });

  it('keeps kommuneloven forms and IKS closed to non-municipal partners', () => {
    for (const code of ['ipr', 'ko', 'vertskommune_administrativ', 'vertskommune_nemnd', 'iks'] as const) {
      expect(legalForm(code)!.allowsOtherPartners, code).toBe(false);
    }
    expect(legalForm('partnerskap')!.allowsOtherPartners).toBe(true);
  });
});

describe('legacy forms', () => {
  const legacy = LEGAL_FORMS.filter((f) => f.code.startsWith('legacy_'));

  it('are exactly the eldre_lov category, and only they have mapsTo', () => {
    expect(legacy.length).toBe(4);
    for (const f of LEGAL_FORMS) {
      expect(f.category === 'eldre_lov', f.code).toBe(f.code.startsWith('legacy_'));
      expect(f.mapsTo !== undefined, f.code).toBe(f.code.startsWith('legacy_'));
    }
  });

  it('map to a current, non-legacy form', () => {
    for (const f of legacy) {
      const target = legalForm(f.mapsTo);
      expect(target, f.code).toBeDefined();
      expect(target!.category, f.code).not.toBe('eldre_lov');
    }
  });

  it('map to the usual replacements', () => {
    expect(legalForm('legacy_27_styre')!.mapsTo).toBe('ko');
    expect(legalForm('legacy_28_vertskommune')!.mapsTo).toBe('vertskommune_administrativ');
    expect(legalForm('legacy_regionrad')!.mapsTo).toBe('ipr');
  });

  it('say in the summary that the samkommune is no longer allowed', () => {
    expect(legalForm('legacy_samkommune')!.summary).toMatch(/ikke lenger en lovlig/);
  });
});

describe('lookups', () => {
  it('legalForm and lovkravItems tolerate empty and unknown codes', () => {
    expect(legalForm(null)).toBeUndefined();
    expect(legalForm(undefined)).toBeUndefined();
    expect(legalForm('')).toBeUndefined();
    expect(legalForm('samkommune_2030')).toBeUndefined();
    expect(lovkravItems('ukjent')).toEqual([]);
  });

  it('currentForms leaves out legacy forms', () => {
    const codes = currentForms().map((f) => f.code);
    expect(codes).toHaveLength(14);
    expect(codes.some((c) => c.startsWith('legacy_'))).toBe(false);
  });
});

describe('compareForms', () => {
  it('returns one row per criterion with cells in the order asked for', () => {
    const rows = compareForms(['iks', 'vertskommune_administrativ', 'ko']);
    expect(rows.map((r) => r.key)).toEqual(['form', 'legalEntity', 'enkeltvedtak', 'bodies', 'otherPartners', 'typicalUse']);
    for (const row of rows) {
      expect(row.label).not.toBe('');
      expect(row.cells.map((c) => c.code)).toEqual(['iks', 'vertskommune_administrativ', 'ko']);
    }
    const byKey = Object.fromEntries(rows.map((r) => [r.key, r.cells.map((c) => c.text)]));
    expect(byKey.legalEntity).toEqual(['Ja', 'Nei', 'Kan være']);
    expect(byKey.enkeltvedtak).toEqual(['Nei', 'Ja', 'Nei']);
    expect(byKey.otherPartners).toEqual(['Nei', 'Nei', 'Nei']);
  });

  it('skips unknown codes and repeats', () => {
    const rows = compareForms(['as', 'finnes-ikke', 'as', 'sa']);
    expect(rows[0]!.cells.map((c) => c.code)).toEqual(['as', 'sa']);
  });

  it('gives empty cells for no codes', () => {
    expect(compareForms([]).every((r) => r.cells.length === 0)).toBe(true);
  });
});

// The catalogue paraphrases the research reports; guard against pasted sentences.
describe('catalogue texts are paraphrased', () => {
  it(`shares no run of ${RUN_LENGTH} words with seeds 000/001`, () => {
    const texts = LEGAL_FORMS.flatMap((f) => [f.summary, f.typicalUse, ...f.bodies, ...f.agreementItems.map((i) => i.text)].map((text) => [f.code, text] as const));
    expect(copiedRuns(texts)).toEqual([]);
  });
});
