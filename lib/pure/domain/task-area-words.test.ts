import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createTranslator } from 'use-intl/core';
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import type { Locale } from '@/lib/pure/i18n/locales';
import { taskAreaKey, taskAreaNameIn, taskAreaSectorIn } from './task-area-words';

const words = (locale: Locale) => createTranslator({ locale, messages: CATALOGUES[locale], namespace: 'oppgavefelt' });

/** The seeded task areas, as db/seed/reference.ts reads them. */
const SEEDED = readFileSync(path.join(process.cwd(), 'db', 'seed', 'data', 'oppgavefelt.csv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => {
    const [sector, name] = line.split(';');
    return { sector: sector!, name: name! };
  });

describe('task-area names', () => {
  it('has one key per seeded name and sector, and the bokmål catalogue holds the seeded text exactly', () => {
    expect(SEEDED.length).toBeGreaterThan(40);
    for (const { sector, name } of SEEDED) {
      expect(CATALOGUES.nb.oppgavefelt.navn[taskAreaKey(name) as keyof typeof CATALOGUES.nb.oppgavefelt.navn]).toBe(name);
      expect(CATALOGUES.nb.oppgavefelt.sektor[taskAreaKey(sector) as keyof typeof CATALOGUES.nb.oppgavefelt.sektor]).toBe(sector);
      expect(taskAreaNameIn(name)).toBe(name);
      expect(taskAreaNameIn(name, words('nb'))).toBe(name);
      expect(taskAreaSectorIn(sector)).toBe(sector);
    }
    expect(Object.keys(CATALOGUES.nb.oppgavefelt.navn)).toHaveLength(new Set(SEEDED.map((s) => s.name)).size);
  });

  it('words the seeded names and sectors in nynorsk and English', () => {
    const nn = words('nn');
    const en = words('en');
    expect(taskAreaNameIn('Vann og avløp', nn)).toBe('Vatn og avløp');
    expect(taskAreaNameIn('Vann og avløp', en)).toBe('Water and sewerage');
    expect(taskAreaNameIn('Lønn og regnskap', nn)).toBe('Løn og rekneskap');
    expect(taskAreaNameIn('110-sentral', en)).toBe('Fire emergency call centre (110)');
    expect(taskAreaNameIn('Interkommunalt politisk råd / regionråd', en)).toBe('Inter-municipal political council / regional council');
    expect(taskAreaSectorIn('Samfunnssikkerhet og beredskap', nn)).toBe('Samfunnstryggleik og beredskap');
    expect(taskAreaSectorIn('Helse og omsorg', en)).toBe('Health and care');
    // Every seeded name has an English wording of its own (only a few words are the same in nynorsk).
    const same = SEEDED.filter(({ name }) => taskAreaNameIn(name, en) === name).map((s) => s.name);
    expect(same).toEqual(['Geodata']);
  });

  it('keeps a name the catalogue does not know, or one renamed since it was seeded', () => {
    expect(taskAreaNameIn('Kirkegårdsforvaltning', words('en'))).toBe('Kirkegårdsforvaltning');
    expect(taskAreaNameIn('vann og avløp', words('en'))).toBe('vann og avløp');
    expect(taskAreaSectorIn('Annet', words('nn'))).toBe('Annet');
  });

  it('makes keys from bokmål names', () => {
    expect(taskAreaKey('Øyeblikkelig hjelp døgnopphold')).toBe('oyeblikkelig_hjelp_dognopphold');
    expect(taskAreaKey('Akutt forurensning (IUA)')).toBe('akutt_forurensning_iua');
    expect(taskAreaKey('110-sentral')).toBe('110_sentral');
  });
});
