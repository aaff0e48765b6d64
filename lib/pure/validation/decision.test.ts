import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import { fieldErrorsIn } from '@/lib/pure/validation/field-errors';
import { DECISION_MESSAGES as M, decisionSchema, emptyDecisionForm, type DecisionFormInput } from './decision';
import { nb } from '@/testing/validation-words';

const COOP = '5f0c5a52-3f0e-4a57-9a34-0d1c7d3b8b11';

const valid = (): DecisionFormInput => ({
  ...emptyDecisionForm(COOP, 7),
  summary: ' Samarbeidet når målene, men forankringen i kommunestyrene har stoppet opp. ',
  summaryPublic: 'ja',
  recommendation: 'redesign',
  recommendationNote: 'Forankringspunktene må settes opp igjen.',
  decision: 'opprettholde',
  decisionNote: ' Representantskapet, sak 12/26 ',
});

const errorsOf = (input: unknown) => {
  const r = decisionSchema.safeParse(input);
  if (r.success) throw new Error('expected failure');
  return fieldErrorsIn(r.error, CATALOGUES.nb.validering);
};

describe('decisionSchema', () => {
  it('parses a decision that differs from the recommendation, trimmed', () => {
    expect(decisionSchema.parse(valid())).toEqual({
      cooperationId: COOP,
      expectedVersion: 7,
      summary: 'Samarbeidet når målene, men forankringen i kommunestyrene har stoppet opp.',
      summaryPublic: 'ja',
      recommendation: 'redesign',
      recommendationNote: 'Forankringspunktene må settes opp igjen.',
      decision: 'opprettholde',
      decisionNote: 'Representantskapet, sak 12/26',
      confirmAvvikle: false,
    });
  });

  it('keeps an empty decision note as null and defaults the confirmation to false', () => {
    const { confirmAvvikle: _omitted, ...rest } = valid();
    expect(decisionSchema.parse({ ...rest, decisionNote: '  ' })).toMatchObject({ decisionNote: null, confirmAvvikle: false });
  });

  it('names every missing field of an empty form at once', () => {
    expect(errorsOf(emptyDecisionForm(COOP, 0))).toEqual({
      summary: [nb(M.summary)],
      summaryPublic: [nb(M.summaryPublic)],
      recommendation: [nb(M.recommendation)],
      recommendationNote: [nb(M.recommendationNote)],
      decision: [nb(M.decision)],
    });
  });

  it('treats an unchosen radio group (null) like an empty one', () => {
    expect(errorsOf({ ...valid(), summaryPublic: null, decision: null })).toEqual({ summaryPublic: [nb(M.summaryPublic)], decision: [nb(M.decision)] });
  });

  it('asks to confirm winding down, even while other fields are wrong', () => {
    expect(errorsOf({ ...valid(), decision: 'avvikle' })).toEqual({ confirmAvvikle: [nb(M.confirmAvvikle)] });
    expect(errorsOf({ ...valid(), decision: 'avvikle', summary: '' })).toEqual({ summary: [nb(M.summary)], confirmAvvikle: [nb(M.confirmAvvikle)] });
    expect(decisionSchema.parse({ ...valid(), decision: 'avvikle', confirmAvvikle: true })).toMatchObject({ decision: 'avvikle', confirmAvvikle: true });
  });

  it('refuses values outside the choices and overlong text with Norwegian messages', () => {
    expect(errorsOf({ ...valid(), recommendation: 'nedlegge', summaryPublic: 'kanskje' })).toEqual({ recommendation: [nb(M.recommendation)], summaryPublic: [nb(M.summaryPublic)] });
    expect(errorsOf({ ...valid(), summary: 'x'.repeat(4001), decisionNote: 'y'.repeat(501) })).toEqual({
      summary: ['Teksten kan være høyst 4000 tegn.'],
      decisionNote: ['Teksten kan være høyst 500 tegn.'],
    });
  });

  it('refuses a tampered request: wrong id or version', () => {
    expect(errorsOf({ ...valid(), cooperationId: 'abc', expectedVersion: -1 })).toEqual({
      cooperationId: ['Ugyldig samarbeid.'],
      expectedVersion: ['Skjemaet kunne ikke leses. Last siden på nytt og prøv igjen.'],
    });
  });
});
