import { createTranslator } from 'use-intl/core';
import { describe, expect, it } from 'vitest';
import { emptyDossier } from './empty-dossier';
import { readyDossier } from '@/testing/fixtures/domain';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import { FAMILIES, INSTRUMENTS, missingFamilies } from './instruments';
import { combinedUses, derivedInstruments, familiesIn, instrumentDescription, instrumentLabel, sourcePageLabel } from './instruments-derived';

describe('instruments derived from the phase data', () => {
  it('a fully established cooperation fills all four families without a single manual entry', () => {
    const d = readyDossier();
    const uses = combinedUses(d, []);
    expect(missingFamilies(uses)).toEqual([]);
    expect(uses.map((u) => u.code)).toEqual(
      expect.arrayContaining(['vedtekter_avtale', 'budsjett', 'organisasjonsform', 'rekruttering_leder', 'sponsor', 'praktisk_stotte', 'representanter_organer', 'uformell_kontakt']),
    );
    expect(uses.find((u) => u.code === 'sponsor')).toMatchObject({ family: 'stotte', status: 'planlagt', derivedFrom: { page: 'stotte', what: '8 sponsorer' } });
  });

  it('is in place (etablert) once the cooperation runs', () => {
    const d = { ...readyDossier(), state: 'drift' as const };
    expect(derivedInstruments(d).every((u) => u.status === 'etablert')).toBe(true);
  });

  it('a manual entry wins over the derived one with the same code; custom ones stay', () => {
    const d = readyDossier();
    const manual = [
      { id: 'm1', family: 'stotte' as const, code: 'sponsor', label: 'Politisk og administrativ sponsor', status: 'etablert' as const, documentUrl: 'https://k.no/sponsorer' },
      { id: 'm2', family: 'deltakelse' as const, code: null, label: 'Felles studietur', status: 'planlagt' as const, documentUrl: null },
    ];
    const uses = combinedUses(d, manual);
    expect(uses.filter((u) => u.code === 'sponsor')).toEqual([{ ...manual[0], derivedFrom: null }]);
    expect(uses.find((u) => u.id === 'm2')?.derivedFrom).toBeNull();
  });

  it('an empty cooperation derives nothing, so the matrix shows the gaps', () => {
    expect(derivedInstruments(emptyDossier('x', 'Tomt'))).toEqual([]);
    expect(missingFamilies(combinedUses(emptyDossier('x', 'Tomt'), []))).toEqual(['innramming', 'design', 'stotte', 'deltakelse']);
  });
});

describe('instrument words in nynorsk and English', () => {
  const words = (locale: 'nb' | 'nn' | 'en') => createTranslator({ locale, messages: CATALOGUES[locale], namespace: 'virkemidler' });

  it('keeps the bokmål catalogue equal to the names in instruments.ts (the client form uses those)', () => {
    for (const i of INSTRUMENTS) {
      expect(instrumentLabel(i.code)).toBe(i.label);
      expect(instrumentDescription(i.code)).toBe(i.description);
    }
    expect(familiesIn()).toEqual(FAMILIES);
  });

  it('names instruments, families and where they come from in the language of the translator', () => {
    expect(instrumentLabel('rullerende_lederverv', words('nn'))).toBe('Rullerande leiarverv');
    expect(instrumentLabel('rullerende_lederverv', words('en'))).toBe('Rotating chair');
    expect(familiesIn(words('en')).map((f) => f.label)).toEqual(['Framework', 'Institutional design', 'Support and facilitation', 'Participation']);
    expect(sourcePageLabel('stotte', words('nn'))).toBe('Støtte');
    const d = readyDossier();
    const nn = derivedInstruments(d, words('nn')).find((u) => u.code === 'sponsor');
    const en = derivedInstruments(d, words('en')).find((u) => u.code === 'sponsor');
    expect(nn).toMatchObject({ label: 'Politisk og administrativ sponsor', derivedFrom: { page: 'stotte', what: '8 sponsorar' } });
    expect(en).toMatchObject({ label: 'Political and administrative sponsor', derivedFrom: { page: 'stotte', what: '8 sponsors' } });
  });
});
