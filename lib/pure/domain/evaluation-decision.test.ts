import { describe, expect, it } from 'vitest';
import { decisionDetails, decisionOfEvent, DECISION_EVENTS, DECISIONS } from './evaluation-decision';

describe('evaluation decisions', () => {
  it('maps every decision to its lifecycle event and back', () => {
    for (const d of DECISIONS) expect(decisionOfEvent(DECISION_EVENTS[d])).toBe(d);
    expect(decisionOfEvent('START_EVALUERING')).toBeNull();
  });

  it('reads the details of a decision step, trimming text', () => {
    expect(decisionDetails({ summary: ' Godt samarbeid ', recommendation: 'redesign', recommendationNote: ' Bytt vertskommune ', decisionNote: 'PS 12/26', summaryPublic: 'nei' })).toEqual({
      summary: 'Godt samarbeid',
      recommendation: 'redesign',
      recommendationNote: 'Bytt vertskommune',
      decisionNote: 'PS 12/26',
      summaryPublic: 'nei',
    });
  });

  it('defaults optional notes to empty and publication to yes', () => {
    expect(decisionDetails({ summary: 'Kort', recommendation: 'opprettholde' })).toEqual({ summary: 'Kort', recommendation: 'opprettholde', recommendationNote: '', decisionNote: '', summaryPublic: 'ja' });
  });

  it('rejects details without a summary or with an unknown recommendation', () => {
    expect(decisionDetails(undefined)).toBeNull();
    expect(decisionDetails({ summary: '  ', recommendation: 'opprettholde' })).toBeNull();
    expect(decisionDetails({ summary: 'Kort', recommendation: 'legge ned' })).toBeNull();
  });
});
