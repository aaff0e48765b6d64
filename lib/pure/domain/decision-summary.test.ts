import { describe, expect, it } from 'vitest';
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
