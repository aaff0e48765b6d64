// The stored (bokmål) task texts worded in nynorsk and English; bokmål untouched; what cannot be
// read back stays bokmål and says so.
import { describe, expect, it } from 'vitest';
import { createTranslator } from 'use-intl/core';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import type { Locale } from '@/lib/pure/i18n/locales';
import { followUpTextIn } from '@/lib/pure/domain/completeness-words';
import { READINESS_RULES } from '@/lib/pure/domain/readiness';
import { taskText } from './task-words';
import type { OverviewT, OverviewWords } from './words';

const words = (locale: Locale): OverviewWords => ({
  t: createTranslator({ locale, messages: CATALOGUES[locale], namespace: 'oversikt' }) as unknown as OverviewT,
  locale,
  state: (s) => s,
  followUp: followUpTextIn(locale),
});

describe('taskText', () => {
  it('bokmål as stored', () => {
    expect(taskText('vedtak', 'Vedtak mangler fra Lillesand og Vennesla.', 'text', words('nb'))).toEqual({ text: 'Vedtak mangler fra Lillesand og Vennesla.', translated: true });
  });

  it('nynorsk', () => {
    expect(taskText('sponsor', 'Bekreft 2 sponsorer etter valget: Kari og Ola.', 'text', words('nn')).text).toBe('Stadfest 2 sponsorar etter valet: Kari og Ola.');
    expect(taskText('evaluering', 'Evalueringen skal gjennomføres innen 01.06.2026.', 'status', words('nn')).text).toBe('Evalueringa skal gjennomførast innan 01.06.2026.');
    expect(taskText('informasjon', '3 tiltak i informasjonsplanen er ikke gjennomført i tide.', 'text', words('nn')).text).toBe('3 tiltak i informasjonsplanen er ikkje gjennomførte i tide.');
  });

  it('English, names joined with «and», dates the English way', () => {
    expect(taskText('vedtak', 'Vedtak mangler fra Lillesand, Iveland og Vennesla.', 'text', words('en')).text).toBe('Decisions missing from Lillesand, Iveland and Vennesla.');
    expect(taskText('vedtak', 'Vedtak mangler fra A, B, C og 2 til.', 'text', words('en')).text).toBe('Decisions missing from A, B, C and 2 more.');
    expect(taskText('sponsor', '1 sponsor venter på ny bekreftelse etter valget: Kari.', 'status', words('en')).text).toBe('1 sponsor awaits new confirmation after the election: Kari.');
    expect(taskText('fullfor', 'Samarbeidet er 80 % komplett i Brobygger; 2 punkter gjenstår.', 'status', words('en')).text).toBe('The cooperation is 80% complete in Brobygger; 2 items remain.');
    expect(taskText('evaluering', 'Evalueringen skulle vært gjennomført innen 01.06.2025.', 'text', words('en')).text).toMatch(/^The evaluation should have been carried out by .*2025\.$/);
  });

  it('what cannot be read back stays bokmål', () => {
    expect(taskText('fullfor', 'Legg inn mandatet. Samarbeidet er 80 % komplett.', 'text', words('en'))).toEqual({ text: 'Legg inn mandatet. Samarbeidet er 80 % komplett.', translated: false });
  });

  it('the «fullfør» task worded from its follow-up rule, in nynorsk and English; an unknown rule stays bokmål', () => {
    const rule = READINESS_RULES[0]!.id;
    const stored = 'Fullfør: noe. Samarbeidet er 80 % komplett.';
    const nb = followUpTextIn('nb')(rule)!;
    const nn = taskText('fullfor', stored, 'text', words('nn'), { ruleId: rule, more: 2, score: 80 });
    const en = taskText('fullfor', stored, 'text', words('en'), { ruleId: rule, more: 0, score: 80 });
    expect(nb).toMatch(/^Fullfør: /);
    expect(nn).toEqual({ text: `${followUpTextIn('nn')(rule)} (og 2 punkt til). Samarbeidet er 80 % komplett.`, translated: true });
    expect(en).toEqual({ text: `${followUpTextIn('en')(rule)}. The cooperation is 80% complete.`, translated: true });
    expect(en.text).toMatch(/^Complete: /);
    expect(followUpTextIn('en')(rule)).not.toBe(nb);
    expect(taskText('fullfor', stored, 'text', words('en'), { ruleId: 'finnes.ikke', more: 0, score: 80 })).toEqual({ text: stored, translated: false });
  });
});
