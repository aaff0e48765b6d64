import { describe, expect, it } from 'vitest';
import { type Dossier } from './dossier';
import { emptyDossier } from './empty-dossier';
import { criterionScore, isBalanced, structuralScores, trafficLight, type Indicator } from './legitimacy';
import {
  anchoringPoint,
  fixtureMember,
  indicatorOf as indicator,
  indicatorValues as values,
  NOW,
  occurrence,
  sponsor,
  wellGovernedDossier,
} from '@/testing/fixtures/legitimacy';

describe('trafficLight', () => {
  it.each([
    [100, 'groenn'],
    [70, 'groenn'],
    [69, 'gul'],
    [40, 'gul'],
    [39, 'roed'],
    [0, 'roed'],
    [null, 'ukjent'],
  ] as const)('%s -> %s', (score, light) => {
    expect(trafficLight(score)).toBe(light);
  });
});

describe('criterionScore', () => {
  const ind = (value: number | null, weight: number): Indicator => ({ id: 'x', label: 'x', value, weight, facts: [] });

  it('is the weighted mean of applicable indicators, rounded', () => {
    // (2·1 + 1·0 + 1·0,5) / 4 = 0,625
    expect(criterionScore([ind(1, 2), ind(0, 1), ind(0.5, 1), ind(null, 5)]).score).toBe(63);
  });

  it('is unknown when no indicator applies', () => {
    expect(criterionScore([])).toMatchObject({ score: null, light: 'ukjent' });
    expect(criterionScore([ind(null, 1)])).toMatchObject({ score: null, light: 'ukjent' });
  });
});

describe('structuralScores — a well-governed cooperation', () => {
  const scores = structuralScores(wellGovernedDossier(), NOW);

  it('scores 100 on every criterion with every indicator at 1', () => {
    for (const criterion of [scores.input, scores.throughput, scores.output]) {
      expect(criterion.score).toBe(100);
      expect(criterion.light).toBe('groenn');
      for (const i of criterion.indicators) expect(i.value).toBe(1);
    }
    expect(isBalanced(scores)).toBe(true);
  });

  it('names the indicators of each criterion', () => {
    expect(scores.input.indicators.map((i) => i.id)).toEqual([
      'input.tilslutning',
      'input.sponsorer',
      'input.sponsorer_bekreftet',
      'input.forankringspunkter',
      'input.forankring_holdt',
      'input.forankring_per_deltaker',
      'input.organisasjonsform',
      'input.mandat',
    ]);
    expect(scores.throughput.indicators.map((i) => i.id)).toEqual([
      'throughput.informasjonsplan',
      'throughput.publisering',
      'throughput.saksdokumenter',
    ]);
    expect(scores.output.indicators.map((i) => i.id)).toEqual([
      'output.maal',
      'output.maaloppnaaelse',
      'output.minimumsfinansiering',
      'output.operativ_leder',
      'output.evaluering',
    ]);
  });

  it('explains the anchoring record', () => {
    expect(indicator(scores.input, 'input.forankring_holdt').facts).toEqual([
      '7 av 7 formelle forankringer med frist siste 12 måneder ble holdt i tide.',
    ]);
  });
});

/** Input: hand-worked partial case. */
function weakInput(): Dossier {
  const d = wellGovernedDossier();
  const [first, decision] = d.memberDecisions;
  if (!first || !decision) throw new Error('fixture');
  return {
    ...d,
    // kr: yes; li: yes in round 1 but no in round 2 (the latest counts); bi: no decision.
    memberDecisions: [first, decision, { ...decision, id: 'li-2', round: 2, date: '2024-02-01', outcome: 'avslag' }],
    // kr: both; li: political only; bi: none.
    sponsors: [sponsor('kr', 'politisk'), sponsor('kr', 'administrativ'), sponsor('li', 'politisk')],
    anchoringPoints: [
      anchoringPoint('adm', { level: 'administrativ', body: 'rådmannens ledergruppe' }),
      anchoringPoint('uformell', { kind: 'uformell' }),
    ],
    occurrences: [
      occurrence('adm', 'kr', '2024-06-30', 'holdt', { heldDate: '2024-07-30' }), // due + 30 days: on time
      occurrence('adm', 'li', '2024-06-30', 'holdt', { heldDate: '2024-07-31' }), // due + 31 days: late
      occurrence('adm', 'bi', '2024-09-30', 'ikke_holdt'),
      occurrence('adm', 'kr', '2024-12-31', 'planlagt'), // 74 days overdue, never logged
      occurrence('adm', 'li', '2025-03-01', 'planlagt'), // within the 30-day grace: not counted yet
      occurrence('adm', 'bi', '2024-03-15', 'holdt'), // exactly 12 months back: outside the window
      occurrence('uformell', 'kr', '2024-12-31', 'ikke_holdt'), // informal: not counted
    ],
    design: {
      ...d.design,
      legalFormRationale: '  ',
      mandate: { alone: ['Vaktplaner'], administrative: [' '], political: ['Budsjett'] },
    },
  };
}

describe('structuralScores — input, hand-worked', () => {
  const input = structuralScores(weakInput(), NOW).input;

  it('computes every indicator', () => {
    expect(values(input)).toEqual({
      'input.tilslutning': 1 / 3,
      'input.sponsorer': 1 / 3,
      'input.sponsorer_bekreftet': 1,
      'input.forankringspunkter': 0.5,
      'input.forankring_holdt': 1 / 4,
      'input.forankring_per_deltaker': 2 / 3,
      'input.organisasjonsform': 0.5,
      'input.mandat': 2 / 3,
    });
    // (1·⅓ + 2·⅓ + 2·1 + 1·½ + 2·¼ + 3·⅔ + 1·½ + 1·⅔) / 13 = 7,17 / 13 = 55,1
    expect(input.score).toBe(55);
    expect(input.light).toBe('gul');
  });

  it('explains each indicator in Norwegian', () => {
    expect(indicator(input, 'input.tilslutning').facts).toEqual([
      '1 av 3 deltakere har vedtatt tilslutning.',
      'Vedtak mangler fra Birkenes.',
      'Lillesand har sagt nei til samarbeidet.',
    ]);
    expect(indicator(input, 'input.sponsorer').facts).toEqual([
      '1 av 3 deltakere har både politisk og administrativ sponsor.',
      'Politisk sponsor mangler i Birkenes.',
      'Administrativ sponsor mangler i Lillesand og Birkenes.',
    ]);
    expect(indicator(input, 'input.forankringspunkter').facts).toEqual([
      'Planlagte formelle forankringspunkter – politisk nivå: 0, administrativt nivå: 1.',
      'Ingen formelle forankringspunkter er lagt til politisk nivå.',
    ]);
    expect(indicator(input, 'input.forankring_holdt').facts).toEqual([
      '1 av 4 formelle forankringer med frist siste 12 måneder ble holdt i tide.',
      '1 av dem ble holdt mer enn 30 dager etter fristen eller mangler dato for når de ble holdt.',
      '1 av dem ble ikke holdt.',
      '1 av dem er ennå ikke registrert som holdt, over 30 dager etter fristen.',
      'Forankringer med frist de siste 30 dagene som ennå ikke er registrert: 1. De telles med når 30 dager har gått.',
    ]);
    expect(indicator(input, 'input.organisasjonsform').facts).toEqual(['Organisasjonsform er valgt, men det står ikke hvorfor.']);
    expect(indicator(input, 'input.mandat').facts).toEqual([
      'Mandatet beskriver hva operativ leder avgjør selv og hva som krever politisk forankring.',
      'Mandatet sier ikke hva som krever administrativ forankring.',
    ]);
  });

  it('a held occurrence without a held date is not on time; utsatt counts as not held', () => {
    const d = weakInput();
    d.occurrences = [occurrence('adm', 'kr', '2024-06-30', 'holdt', { heldDate: null }), occurrence('adm', 'li', '2024-06-30', 'utsatt')];
    expect(indicator(structuralScores(d, NOW).input, 'input.forankring_holdt')).toMatchObject({
      value: 0,
      facts: [
        '0 av 2 formelle forankringer med frist siste 12 måneder ble holdt i tide.',
        '1 av dem ble holdt mer enn 30 dager etter fristen eller mangler dato for når de ble holdt.',
        '1 av dem er utsatt.',
      ],
    });
  });

  it('with nothing due, the anchoring record does not apply', () => {
    const d = { ...weakInput(), occurrences: [] };
    expect(indicator(structuralScores(d, NOW).input, 'input.forankring_holdt')).toMatchObject({
      value: null,
      facts: ['Ingen formelle forankringer hadde frist mellom 16.03.2024 og 15.03.2025.'],
    });
  });

  it('no legal form, no anchoring points, no mandate give 0', () => {
    const d = emptyDossier('x', 'Nytt samarbeid', [fixtureMember('a', 'Arendal')]);
    expect(values(structuralScores(d, NOW).input)).toEqual({
      'input.tilslutning': 0,
      'input.sponsorer': 0,
      'input.sponsorer_bekreftet': null,
      'input.forankringspunkter': 0,
      'input.forankring_holdt': null,
      'input.forankring_per_deltaker': null,
      'input.organisasjonsform': 0,
      'input.mandat': 0,
    });
  });

  it('without members, member-based indicators do not apply', () => {
    const input2 = structuralScores(emptyDossier('x', 'Tomt'), NOW).input;
    expect(indicator(input2, 'input.tilslutning')).toMatchObject({ value: null, facts: ['Samarbeidet har ingen registrerte deltakere.'] });
    expect(indicator(input2, 'input.sponsorer').value).toBeNull();
  });
});

describe('input follows the life of the cooperation', () => {
  it('recent facts outweigh those fixed at birth', () => {
    const birth = ['input.tilslutning', 'input.forankringspunkter', 'input.organisasjonsform', 'input.mandat'];
    const weights = (ids: readonly string[]) => structuralScores(wellGovernedDossier(), NOW).input.indicators.filter((i) => ids.includes(i.id)).reduce((s, i) => s + i.weight, 0);
    const recent = ['input.sponsorer_bekreftet', 'input.forankring_holdt', 'input.forankring_per_deltaker'];
    expect(weights(recent)).toBeGreaterThan(weights(birth));
  });

  it('a year in drift without formal anchoring held cannot be green, however well it was born', () => {
    const d = { ...wellGovernedDossier(), occurrences: [] as Dossier['occurrences'] };
    const input = structuralScores(d, NOW).input;
    // Without the cap: (1 + 2 + 2 + 1 + 3·0 + 1 + 1) / 11 = 73 (green).
    expect(input.score).toBe(69);
    expect(input.light).toBe('gul');
    expect(input.cap?.reason).toBe('Ingen formell forankring er holdt de siste 12 månedene, så demokratisk forankring kan ikke bli grønn (høyst 69 poeng).');
    expect(indicator(input, 'input.forankring_per_deltaker')).toMatchObject({
      value: 0,
      facts: ['0 av 3 deltakere har hatt minst én formell forankring de siste 12 månedene.', 'Ingen formell forankring er holdt i Kristiansand, Lillesand og Birkenes.'],
    });
    // In the first year there is no cap and no per-member indicator yet.
    const young = structuralScores({ ...d, startDate: '2024-06-01' }, NOW).input;
    expect(young.cap).toBeUndefined();
    expect(indicator(young, 'input.forankring_per_deltaker').value).toBeNull();
  });

  it('sponsors awaiting re-confirmation after an election lower input', () => {
    const d = wellGovernedDossier();
    d.sponsors = d.sponsors.map((s, i) => (i < 3 ? { ...s, needsReconfirmation: true } : s));
    const confirmed = indicator(structuralScores(d, NOW).input, 'input.sponsorer_bekreftet');
    expect(confirmed.value).toBe(0.5);
    expect(confirmed.facts[0]).toBe('3 av 6 sponsorer venter på ny bekreftelse etter valget.');
  });
});
