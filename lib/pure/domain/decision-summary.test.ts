import { describe, expect, it } from 'vitest';
import { createTranslator } from 'use-intl/core';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import type { MemberDecisionStatus } from './readiness';
import { historySummary, roundSummary } from './decision-summary';

const status = (...outcomes: ('tilslutning' | 'avslag' | 'utsatt' | null)[]): MemberDecisionStatus => ({
  round: 1,
  members: outcomes.map((outcome, i) => ({ memberId: `m${i}`, memberName: `Kommune ${i}`, decision: null, outcome })),
  allConsented: outcomes.every((o) => o === 'tilslutning'),
  anyRejected: outcomes.includes('avslag'),
  pending: [],
});

describe('roundSummary', () => {
  it('counts where each member stands, and leaves out what is zero', () => {
    expect(roundSummary(status('tilslutning', 'tilslutning', 'tilslutning', 'tilslutning'))).toBe('4 av 4 deltakere har sluttet seg til.');
    expect(roundSummary(status('tilslutning', 'avslag', 'utsatt', null))).toBe(
      '1 av 4 deltakere har sluttet seg til. 1 har sagt nei. 1 har utsatt saken. 1 har ikke behandlet saken ennå.',
    );
    expect(roundSummary(status(null))).toBe('0 av 1 deltaker har sluttet seg til. 1 har ikke behandlet saken ennå.');
  });
});

describe('historySummary', () => {
  it('says how many decisions in how many rounds, and never "none" when there are some', () => {
    expect(historySummary([])).toBe('Ingen vedtak er registrert ennå.');
    expect(historySummary([{ round: 1 }])).toBe('1 vedtak i 1 vedtaksrunde.');
    expect(historySummary([{ round: 1 }, { round: 1 }, { round: 1 }, { round: 1 }])).toBe('4 vedtak i 1 vedtaksrunde.');
    expect(historySummary([{ round: 1 }, { round: 2 }, { round: 2 }])).toBe('3 vedtak i 2 vedtaksrunder.');
  });
});

describe('summaries in nynorsk and English', () => {
  const words = (locale: 'nn' | 'en') => createTranslator({ locale, messages: CATALOGUES[locale], namespace: 'vedtak.oppsummering' });

  it('counts the round in the language of the translator', () => {
    expect(roundSummary(status('tilslutning', 'avslag', 'utsatt', null), words('nn'))).toBe(
      '1 av 4 deltakarar har slutta seg til. 1 har sagt nei. 1 har utsett saka. 1 har ikkje handsama saka enno.',
    );
    expect(roundSummary(status(null), words('en'))).toBe('0 of 1 participant have joined. 1 have not yet considered the matter.');
  });

  it('counts the history in the language of the translator', () => {
    expect(historySummary([], words('nn'))).toBe('Ingen vedtak er registrerte enno.');
    expect(historySummary([{ round: 1 }], words('en'))).toBe('1 decision in 1 decision round.');
    expect(historySummary([{ round: 1 }, { round: 2 }, { round: 2 }], words('en'))).toBe('3 decisions in 2 decision rounds.');
    expect(historySummary([{ round: 1 }, { round: 2 }], words('nn'))).toBe('2 vedtak i 2 vedtaksrundar.');
  });
});
