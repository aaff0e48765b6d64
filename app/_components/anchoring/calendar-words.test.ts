import { describe, expect, it } from 'vitest';
import { createTranslator } from 'use-intl/core';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import { fill } from './calendar-words';

describe('fill', () => {
  it('puts the values in the pattern and leaves unknown names alone', () => {
    expect(fill('Frist {date}', { date: '01.02.2027' })).toBe('Frist 01.02.2027');
    expect(fill('{verb}: {body}, {member}', { verb: 'Registrer', body: 'Kommunestyre' })).toBe('Registrer: Kommunestyre, {member}');
  });

  it('does not read placeholders inside the values', () => {
    expect(fill('«{note}»', { note: 'se {date}' })).toBe('«se {date}»');
  });

  it('fills the calendar patterns of every language', () => {
    const values = { body: 'Kommunestyre', member: 'Askøy', date: '1 Feb 2027' };
    expect(fill(CATALOGUES.nb.forankring.logg.doneHoldt, values)).toBe('Kommunestyre i Askøy (frist 1 Feb 2027) er registrert som holdt.');
    expect(fill(CATALOGUES.nn.forankring.logg.doneIkkeHoldt, values)).toBe('Kommunestyre i Askøy (frist 1 Feb 2027) er registrert som ikkje halden.');
    expect(fill(CATALOGUES.en.forankring.logg.doneUtsatt, values)).toBe('Kommunestyre in Askøy (due 1 Feb 2027) has been moved to a new date.');
    // The same pattern through next-intl gives the same text (fill is only for the client).
    const en = createTranslator({ locale: 'en', messages: CATALOGUES.en, namespace: 'forankring.logg' });
    expect(en('doneUtsatt', values)).toBe(fill(CATALOGUES.en.forankring.logg.doneUtsatt, values));
  });
});
