import { describe, expect, it } from 'vitest';
import type { Dossier } from './dossier';
import { buildRoundResults, isRoundResults, roundLabel, type RoundResults } from './evaluation-results';
import { readyDossier } from '@/testing/fixtures/domain';
import type { Answers, Response, Submission } from './perceived';
import type { InvitationPerspective } from './questionnaire';

const FIRST_CLOSE = new Date('2025-03-10T12:00:00Z');
const SECOND_CLOSE = new Date('2026-03-01T12:00:00Z');

/** In drift for two years, never anchored formally, and the host's compensation not agreed. */
function dossier(): Dossier {
  const d = readyDossier();
  d.state = 'evaluering';
  d.startDate = '2024-04-01';
  d.framing.hostCompensationOre = null;
  d.framing.hostCompensationNote = null;
  return d;
}

function answers(values: Record<string, Response>, extra: Partial<Answers> = {}): Answers {
  return {
    statements: Object.fromEntries(Object.entries(values).map(([id, value]) => [id, { value, comment: null }])),
    goals: {},
    whatWorks: null,
    whatToChange: null,
    ...extra,
  };
}

const submission = (perspective: InvitationPerspective, a: Answers): Submission => ({ perspective, answers: a });

const INVITED: { perspective: InvitationPerspective }[] = ['operativ_leder', 'politisk_sponsor', 'administrativ_sponsor', 'medlemsrepresentant', 'radmannsteam'].map((p) => ({
  perspective: p as InvitationPerspective,
}));

function firstRound(): RoundResults {
  return buildRoundResults({
    round: { id: 'r1', number: 1, questionnaireVersion: 1, openedAt: '2025-02-10T08:00:00Z' },
    dossier: { ...dossier(), evaluations: [{ id: 'r1', closedAt: null, decision: null }] },
    invitations: INVITED.slice(0, 3),
    submissions: [
      submission('operativ_leder', answers({ apenhet: 4, rettferdige_kostnader: 4, egen_nytte: 3 })), // input —, throughput 75, output 50
      submission('politisk_sponsor', answers({ apenhet: 3, bevisst_utforming: 5 })), // input 100, throughput 50
    ],
    previous: null,
    now: FIRST_CLOSE,
  });
}

function secondRound(previous: RoundResults | null): RoundResults {
  const leader = answers(
    { apenhet: 2, rettferdige_kostnader: 1, egen_nytte: 4, bevisst_utforming: 4 },
    {
      goals: { 'g-ventetid': { value: 4, result: '52 minutter (2025)', comment: null }, 'g-vaktbelastning': { value: 'vet_ikke', result: null, comment: null } },
      whatWorks: 'Fagmiljøet på legevakten.',
      whatToChange: 'Orienteringene i formannskapet.',
    },
  );
  leader.statements.apenhet!.comment = '  Referatene kommer sent.  ';
  const politician = answers(
    { apenhet: 3, rettferdige_kostnader: 2, bevisst_utforming: 2 },
    { goals: { 'g-ventetid': { value: 2, result: null, comment: 'Ventetiden er fortsatt lang i helgene.' } }, whatToChange: 'Kostnadsfordelingen.' },
  );
  politician.statements.apenhet!.comment = 'Alt ligger på nettsiden.';
  const representative = answers({ apenhet: 'vet_ikke', egen_nytte: 2 }, { whatWorks: '   ' });
  return buildRoundResults({
    round: { id: 'r2', number: 2, questionnaireVersion: 1, openedAt: new Date('2026-02-01T08:00:00Z') },
    dossier: { ...dossier(), evaluations: [{ id: 'r1', closedAt: FIRST_CLOSE.toISOString(), decision: 'opprettholde' }, { id: 'r2', closedAt: null, decision: null }] },
    invitations: INVITED,
    // The representative's answers were submitted; they only knew the own municipality's benefit.
    submissions: [submission('medlemsrepresentant', representative), submission('politisk_sponsor', politician), submission('operativ_leder', leader)],
    previous,
    now: SECOND_CLOSE,
  });
}

describe('buildRoundResults', () => {
  const results = secondRound(firstRound());

  it('identifies the round and stamps the close', () => {
    expect(results).toMatchObject({ format: 1, roundId: 'r2', cooperationId: readyDossier().id, roundNumber: 2, questionnaireVersion: 1, openedAt: '2026-02-01T08:00:00.000Z', closedAt: '2026-03-01T12:00:00.000Z' });
    expect(roundLabel(2)).toBe('evalueringsrunde 2');
  });

  it('counts invited and answered, in total and per perspective', () => {
    expect(results.responses).toEqual({
      invited: 5,
      answered: 3,
      byPerspective: { leder: { invited: 1, answered: 1 }, politisk: { invited: 1, answered: 1 }, administrativ: { invited: 1, answered: 0 }, medlemmer: { invited: 2, answered: 1 } },
    });
  });

  it('puts perceived and structural scores side by side', () => {
    // Perceived (hand-worked): input leader 75, politician 25 -> 50; throughput leader (25+0)/2 = 12.5,
    // politician (50+25)/2 = 37.5 -> 25; output leader 75, representative 25 -> 50.
    expect(results.criteria.input.perceived).toEqual({ score: 50, light: 'gul', respondents: 2 });
    expect(results.criteria.throughput.perceived).toEqual({ score: 25, light: 'roed', respondents: 2 });
    expect(results.criteria.output.perceived).toEqual({ score: 50, light: 'gul', respondents: 2 });
    for (const c of ['input', 'throughput', 'output'] as const) {
      expect(results.criteria[c].structural).toEqual({ score: results.structural[c].score, light: results.structural[c].light });
    }
    expect(results.perspectives.medlemmer).toEqual({ respondents: 1, criteria: { input: null, throughput: null, output: 25 } });
  });

  it('counts this round as the evaluation held on schedule', () => {
    const indicator = results.structural.output.indicators.find((i) => i.id === 'output.evaluering')!;
    expect(indicator.value).toBe(1);
    expect(indicator.facts[0]).toBe('Siste evaluering ble avsluttet 01.03.2026, for 0 måneder siden.');
  });

  it('keeps statements in questionnaire order with tallies, previous means and comments by perspective', () => {
    expect(results.statements).toHaveLength(22);
    expect(results.statements[0]!.id).toBe('bevisst_utforming');
    const apenhet = results.statements.find((s) => s.id === 'apenhet')!;
    expect(apenhet).toMatchObject({ criterion: 'throughput', label: 'Åpenhet utad', tally: { answered: 2, dontKnow: 1, mean: 2.5 }, previousMean: 3.5 });
    expect(apenhet.comments).toEqual([
      { perspective: 'operativ_leder', text: 'Referatene kommer sent.' },
      { perspective: 'politisk_sponsor', text: 'Alt ligger på nettsiden.' },
    ]);
    expect(results.statements.find((s) => s.id === 'kontinuitet_leder')).toMatchObject({ tally: { answered: 0, mean: null }, previousMean: null });
  });

  it('reports goal attainment with the results respondents gave', () => {
    expect(results.goals.map((g) => g.goalId)).toEqual(['g-ventetid', 'g-vaktbelastning']);
    expect(results.goals[0]).toMatchObject({
      statement: 'Kortere ventetid på legevakten',
      target: '45 minutter',
      tally: { answered: 2, mean: 3, score: 50 },
      reportedResults: [{ perspective: 'operativ_leder', text: '52 minutter (2025)' }],
      comments: [{ perspective: 'politisk_sponsor', text: 'Ventetiden er fortsatt lang i helgene.' }],
    });
    expect(results.goals[1]!.tally).toMatchObject({ answered: 0, dontKnow: 1 });
  });

  it('collects the open answers, leaving blanks out', () => {
    expect(results.whatWorks).toEqual([{ perspective: 'operativ_leder', text: 'Fagmiljøet på legevakten.' }]);
    expect(results.whatToChange.map((c) => c.perspective)).toEqual(['operativ_leder', 'politisk_sponsor']);
  });

  it('feeds the factor means to the warnings, which strengthen what the data already shows', () => {
    expect(results.signals).toEqual({ roundLabel: 'evalueringsrunde 2', means: { rettferdige_kostnader: 1.5, egen_nytte: 3 } });
    const cost = results.warnings.find((w) => w.id === 'kostnad.vertskommune_godtgjoring')!;
    expect(cost.severity).toBe('hoy');
    expect(cost.facts.at(-1)).toBe('I evalueringsrunde 2 fikk «Kostnadene er rettferdige og synlige» et snitt på 1,5 av 5.');
    expect(results.warnings.map((w) => w.id)).toContain('understyring.ingen_formell_forankring');
  });

  it('compares with the previous round', () => {
    const first = firstRound();
    // First round: input 100 (politician), throughput (75 + 50) / 2 = 62.5 -> 63, output 50.
    expect(first.criteria.input.perceived.score).toBe(100);
    expect(first.criteria.throughput.perceived.score).toBe(63);
    expect(results.previous).toMatchObject({
      roundId: 'r1',
      roundNumber: 1,
      closedAt: FIRST_CLOSE.toISOString(),
      questionnaireVersion: 1,
      perceived: { input: { previous: 100, change: -50 }, throughput: { previous: 63, change: -38 }, output: { previous: 50, change: 0 } },
    });
    expect(results.previous!.structural.input).toEqual({ previous: first.criteria.input.structural.score, change: results.criteria.input.structural.score! - first.criteria.input.structural.score! });
    expect(results.previous!.perspectives.leder.throughput).toEqual({ previous: 75, change: -62 });
    expect(results.previous!.perspectives.administrativ.input).toEqual({ previous: null, change: null });
    expect(first.previous).toBeNull();
    expect(secondRound(null).statements.find((s) => s.id === 'apenhet')!.previousMean).toBeNull();
  });

  it('survives storage as JSON and is recognised when read back', () => {
    const stored: unknown = JSON.parse(JSON.stringify(results));
    expect(isRoundResults(stored)).toBe(true);
    expect(stored).toEqual(results);
    for (const value of [null, undefined, 'r2', {}, { format: 2, roundId: 'r2' }, { format: 1 }]) expect(isRoundResults(value)).toBe(false);
  });
});
