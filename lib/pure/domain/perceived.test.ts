import { describe, expect, it } from 'vitest';
import { perceivedScores, perceivedSignals, perspectiveScores, points, respondentScore, statementTallies, tally, type Answers, type Response, type Submission } from './perceived';
import { QUESTIONNAIRE_V1 } from './questionnaire/v1.nb';

const q = QUESTIONNAIRE_V1;

function answers(values: Record<string, Response>): Answers {
  return {
    statements: Object.fromEntries(Object.entries(values).map(([id, value]) => [id, { value, comment: null }])),
    goals: {},
    whatWorks: null,
    whatToChange: null,
  };
}

// The hand-worked round. Points: 1 = 0, 2 = 25, 3 = 50, 4 = 75, 5 = 100.
// Criteria of the statements used: input = bevisst_utforming, formell_forankring_oppstart,
// likebehandling, lokalt_handlingsrom; throughput = apenhet, saksinformasjon,
// strategisk_informasjon, rettferdige_kostnader; output = minimumsstotte, forutsigbarhet, egen_nytte.
const leader: Submission = {
  perspective: 'operativ_leder',
  answers: answers({
    bevisst_utforming: 5, // input 100
    formell_forankring_oppstart: 4, // input 75
    lokalt_handlingsrom: 3, // input 50
    likebehandling: 'vet_ikke', // not scored       -> input (100 + 75 + 50) / 3 = 75
    apenhet: 2, // throughput 25
    saksinformasjon: 2, // throughput 25             -> throughput 25
    minimumsstotte: 5, // output 100
    forutsigbarhet: 4, // output 75                  -> output 87.5
    egen_nytte: 'vet_ikke',
  }),
};
const politician: Submission = {
  perspective: 'politisk_sponsor',
  answers: answers({
    bevisst_utforming: 3, // 50
    formell_forankring_oppstart: 4, // 75             -> input 62.5
    apenhet: 1, // 0                                  -> throughput 0
    minimumsstotte: 'vet_ikke',
    egen_nytte: 'vet_ikke', //                        -> output: none scored (null)
  }),
};
const representative: Submission = {
  perspective: 'medlemsrepresentant',
  answers: answers({
    bevisst_utforming: 4, // 75
    likebehandling: 2, // 25                          -> input 50
    apenhet: 3, // 50
    saksinformasjon: 4, // 75
    strategisk_informasjon: 5, // 100
    rettferdige_kostnader: 2, // 25                   -> throughput (50 + 75 + 100 + 25) / 4 = 62.5
    egen_nytte: 2, // 25                              -> output 25
  }),
};
const radmann: Submission = {
  perspective: 'radmannsteam',
  answers: answers({
    formell_forankring_oppstart: 5, // 100            -> input 100
    minimumsstotte: 4, // 75
    egen_nytte: 4, // 75                              -> output 75; throughput: none (null)
  }),
};
const round = [leader, politician, representative, radmann];

describe('points and tallies', () => {
  it('maps the 1-5 scale onto 0-100', () => {
    expect([1, 2, 3, 4, 5].map(points)).toEqual([0, 25, 50, 75, 100]);
  });

  it('counts "vet ikke" and blanks apart from the scale, and rounds only at the end', () => {
    expect(tally([1, 2, 'vet_ikke', null, undefined])).toEqual({ answered: 2, dontKnow: 1, distribution: [1, 1, 0, 0, 0], mean: 1.5, score: 13 });
    expect(tally(['vet_ikke', null])).toEqual({ answered: 0, dontKnow: 1, distribution: [0, 0, 0, 0, 0], mean: null, score: null });
    // 13 / 3 = 4.333…: the mean shows two decimals, the score comes from the exact mean (83.33 -> 83).
    expect(tally([4, 4, 5])).toMatchObject({ mean: 4.33, score: 83 });
  });
});

describe('perceived scores from the hand-worked round', () => {
  it('scores each respondent per criterion over the statements they scored', () => {
    expect(respondentScore(q, leader.answers, 'input')).toBe(75);
    expect(respondentScore(q, leader.answers, 'throughput')).toBe(25);
    expect(respondentScore(q, leader.answers, 'output')).toBe(87.5);
    expect(respondentScore(q, politician.answers, 'output')).toBeNull();
    expect(respondentScore(q, representative.answers, 'throughput')).toBe(62.5);
    expect(respondentScore(q, radmann.answers, 'throughput')).toBeNull();
  });

  it('gives every respondent the same weight in the criterion score', () => {
    expect(perceivedScores(q, round)).toEqual({
      // (75 + 62.5 + 50 + 100) / 4 = 71.875
      input: { score: 72, light: 'groenn', respondents: 4 },
      // (25 + 0 + 62.5) / 3 = 29.17; the rådmannsteam scored no throughput statement
      throughput: { score: 29, light: 'roed', respondents: 3 },
      // (87.5 + 25 + 75) / 3 = 62.5, rounded half up; the politician only said "vet ikke"
      output: { score: 63, light: 'gul', respondents: 3 },
    });
  });

  it('splits the scores by perspective; the rådmannsteam and representatives are the members', () => {
    expect(perspectiveScores(q, round)).toEqual({
      leder: { respondents: 1, criteria: { input: 75, throughput: 25, output: 88 } },
      politisk: { respondents: 1, criteria: { input: 63, throughput: 0, output: null } },
      administrativ: { respondents: 0, criteria: { input: null, throughput: null, output: null } },
      // input (50 + 100) / 2; throughput only the representative; output (25 + 75) / 2
      medlemmer: { respondents: 2, criteria: { input: 75, throughput: 63, output: 50 } },
    });
  });

  it('tallies every statement of the questionnaire, answered or not', () => {
    const tallies = statementTallies(q, round);
    expect(tallies.size).toBe(q.statements.length);
    expect(tallies.get('bevisst_utforming')).toEqual({ answered: 3, dontKnow: 0, distribution: [0, 0, 1, 1, 1], mean: 4, score: 75 });
    expect(tallies.get('formell_forankring_oppstart')).toMatchObject({ answered: 3, mean: 4.33, score: 83 });
    expect(tallies.get('egen_nytte')).toEqual({ answered: 2, dontKnow: 2, distribution: [0, 1, 0, 1, 0], mean: 3, score: 50 });
    expect(tallies.get('minimumsstotte')).toMatchObject({ answered: 2, dontKnow: 1, mean: 4.5, score: 88 });
    expect(tallies.get('kontinuitet_leder')).toEqual({ answered: 0, dontKnow: 0, distribution: [0, 0, 0, 0, 0], mean: null, score: null });
  });

  it('is empty, not zero, when nobody has answered', () => {
    expect(perceivedScores(q, [])).toEqual({
      input: { score: null, light: 'ukjent', respondents: 0 },
      throughput: { score: null, light: 'ukjent', respondents: 0 },
      output: { score: null, light: 'ukjent', respondents: 0 },
    });
  });
});

describe('perceived signals for the warnings', () => {
  it('gives the mean (1-5) per factor that someone scored, and names the round', () => {
    expect(perceivedSignals(q, round, 'evalueringsrunde 2')).toEqual({
      roundLabel: 'evalueringsrunde 2',
      means: {
        formell_forankring_oppstart: 4.33, // 4, 4, 5
        saksinformasjon: 3, // 2, 4
        likebehandling: 2, // "vet ikke", 2
        lokalt_handlingsrom: 3,
        rettferdige_kostnader: 2,
        egen_nytte: 3, // 2, 4
      },
    });
  });

  it('leaves the label out when none is given', () => {
    expect(perceivedSignals(q, [])).toEqual({ means: {} });
  });
});
