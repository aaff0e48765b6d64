import { describe, expect, it } from 'vitest';
import { PHASES, type InstrumentUse, type Phase } from './dossier';
import { FAMILIES, INSTRUMENTS, INSTRUMENT_CODES, family, instrument, instrumentsOf, matrix, missingFamilies } from './instruments';

let seq = 0;
function use(fam: Phase, status: InstrumentUse['status'], code: string | null = null): InstrumentUse {
  seq += 1;
  return { id: `u${seq}`, family: fam, code, label: code ?? 'Eget virkemiddel', status, documentUrl: null };
}

describe('catalogue', () => {
  it('has the four families of the typology, with ids matching Phase', () => {
    expect(FAMILIES.map((f) => f.id)).toEqual([...PHASES]);
    expect(family('stotte')?.label).toBe('Støtte og tilrettelegging');
    expect(family('ukjent')).toBeUndefined();
  });

  it('places the families on the two axes as in table 3.1', () => {
    const pos = Object.fromEntries(FAMILIES.map((f) => [f.id, `${f.directness}/${f.involvement}`]));
    expect(pos).toEqual({
      innramming: 'indirekte/lav',
      design: 'indirekte/hoy',
      stotte: 'direkte/lav',
      deltakelse: 'direkte/hoy',
    });
    for (const f of FAMILIES) expect(f.description).not.toBe('');
  });

  it('has each instrument code once, every one in a known family and with texts', () => {
    expect(INSTRUMENTS.map((i) => i.code)).toEqual([...INSTRUMENT_CODES]);
    for (const i of INSTRUMENTS) {
      expect(PHASES).toContain(i.family);
      expect(i.label).not.toBe('');
      expect(i.description).not.toBe('');
    }
    for (const p of PHASES) expect(instrumentsOf(p).length).toBeGreaterThanOrEqual(4);
  });

  it('looks instruments up by code', () => {
    expect(instrument('sponsor')?.family).toBe('stotte');
    expect(instrument(null)).toBeUndefined();
    expect(instrument('finnes_ikke')).toBeUndefined();
  });
});

describe('matrix', () => {
  it('groups uses by family and counts per status', () => {
    const uses = [
      use('innramming', 'etablert', 'vedtekter_avtale'),
      use('innramming', 'etablert', 'budsjett'),
      use('innramming', 'planlagt', 'eierstrategi'),
      use('deltakelse', 'planlagt', 'informasjonsmoter'),
      use('design', 'etablert'),
    ];
    const m = matrix(uses);
    expect(m.byFamily.innramming.counts).toEqual({ planlagt: 1, etablert: 2, total: 3 });
    expect(m.byFamily.deltakelse.counts).toEqual({ planlagt: 1, etablert: 0, total: 1 });
    expect(m.byFamily.design.counts).toEqual({ planlagt: 0, etablert: 1, total: 1 });
    expect(m.byFamily.stotte.counts).toEqual({ planlagt: 0, etablert: 0, total: 0 });
    expect(m.byFamily.innramming.uses.map((u) => u.code)).toEqual(['vedtekter_avtale', 'budsjett', 'eierstrategi']);
  });

  it('flags empty families — the "born then forgotten" picture', () => {
    const m = matrix([use('innramming', 'etablert'), use('innramming', 'etablert'), use('design', 'planlagt')]);
    expect(m.byFamily.innramming.empty).toBe(false);
    expect(m.byFamily.design.empty).toBe(false);
    expect(m.byFamily.stotte.empty).toBe(true);
    expect(m.byFamily.deltakelse.empty).toBe(true);
  });

  it('lays the cells out as the 2x2 grid of table 3.1', () => {
    const m = matrix([]);
    expect(m.grid.map((row) => row.map((c) => c.family.id))).toEqual([
      ['innramming', 'design'],
      ['stotte', 'deltakelse'],
    ]);
    expect(m.grid.flat().every((c) => c.empty)).toBe(true);
  });

  it('ignores stored rows whose family is outside the typology', () => {
    const odd = { ...use('design', 'etablert'), family: 'styring' as unknown as Phase };
    const m = matrix([odd]);
    expect(PHASES.every((p) => m.byFamily[p].counts.total === 0)).toBe(true);
  });

  it('does not mutate its input', () => {
    const uses = Object.freeze([use('stotte', 'etablert')]);
    expect(() => matrix(uses)).not.toThrow();
  });
});

describe('missingFamilies', () => {
  it('lists families without instruments in typology order', () => {
    expect(missingFamilies([])).toEqual([...PHASES]);
    expect(missingFamilies([use('deltakelse', 'etablert'), use('innramming', 'planlagt')])).toEqual(['design', 'stotte']);
  });

  it('can count only established instruments', () => {
    const uses = [use('innramming', 'etablert'), use('stotte', 'planlagt')];
    expect(missingFamilies(uses)).toEqual(['design', 'deltakelse']);
    expect(missingFamilies(uses, { establishedOnly: true })).toEqual(['design', 'stotte', 'deltakelse']);
  });
});
