// Hand-made inputs for the report tests: a second round of a fictional cooperation with a
// previous round, two goals and one warning, decided; tests change one thing at a time.
import { anonymousResults } from '@/lib/domain/evaluation-anonymous';
import type { RoundComparison, RoundResults } from '@/lib/domain/evaluation-results';
import type { Criterion } from '@/lib/domain/legitimacy';
import type { PerspectiveGroup } from '@/lib/domain/questionnaire';
import type { ReportInput } from './evaluation-report';

const byCriterion = <T>(input: T, throughput: T, output: T): Record<Criterion, T> => ({ input, throughput, output });
const tally = (mean: number | null, answered: number, dontKnow = 0) => ({
  answered,
  dontKnow,
  distribution: [0, 0, 0, 0, 0] as [number, number, number, number, number],
  mean,
  score: mean === null ? null : Math.round(((mean - 1) / 4) * 100),
});

const rate = (answered: number, invited: number) => ({ answered, invited });

function previous(): RoundComparison {
  const same = { previous: 60, change: 0 };
  return {
    roundId: 'r1',
    roundNumber: 1,
    closedAt: '2025-03-10T12:00:00.000Z',
    questionnaireVersion: 1,
    perceived: byCriterion({ previous: 70, change: 5 }, { previous: 55, change: -15 }, { previous: null, change: null }),
    structural: byCriterion({ previous: 80, change: -8 }, same, { previous: 50, change: 10 }),
    perspectives: {
      leder: byCriterion({ previous: 70, change: 5 }, { previous: 50, change: -25 }, { previous: null, change: null }),
      politisk: byCriterion({ previous: null, change: null }, { previous: null, change: null }, { previous: null, change: null }),
      administrativ: byCriterion({ previous: null, change: null }, { previous: null, change: null }, { previous: null, change: null }),
      medlemmer: byCriterion({ previous: 60, change: 0 }, { previous: 60, change: 0 }, { previous: null, change: null }),
    } satisfies Record<PerspectiveGroup, Record<Criterion, { previous: number | null; change: number | null }>>,
  };
}

export function reportResults(): RoundResults {
  return {
    format: 1,
    roundId: 'r2',
    cooperationId: 'c1',
    roundNumber: 2,
    questionnaireVersion: 1,
    openedAt: '2026-02-01T08:00:00.000Z',
    closedAt: '2026-03-01T12:00:00.000Z',
    responses: { answered: 3, invited: 5, byPerspective: { leder: rate(1, 1), politisk: rate(1, 2), administrativ: rate(0, 1), medlemmer: rate(1, 1) } },
    criteria: byCriterion(
      { perceived: { score: 75, light: 'groenn', respondents: 3 }, structural: { score: 72, light: 'groenn' } },
      { perceived: { score: 40, light: 'gul', respondents: 2 }, structural: { score: 60, light: 'gul' } },
      { perceived: { score: null, light: 'ukjent', respondents: 0 }, structural: { score: 35, light: 'roed' } },
    ),
    perspectives: {
      leder: { respondents: 1, criteria: byCriterion(75, 25, null) },
      politisk: { respondents: 1, criteria: byCriterion(100, 50, null) },
      administrativ: { respondents: 0, criteria: byCriterion(null, null, null) },
      medlemmer: { respondents: 1, criteria: byCriterion(60, 60, null) },
    },
    statements: [
      {
        id: 'apenhet',
        group: 'throughput',
        criterion: 'throughput',
        factor: 'saksinformasjon',
        label: 'Åpenhet om vedtak',
        text: 'Det er lett å se hva samarbeidet har bestemt.',
        tally: tally(3.5, 2, 1),
        previousMean: 4,
        comments: [{ perspective: 'operativ_leder', text: 'Referatene kommer sent.' }],
      },
      { id: 'egen_nytte', group: 'likeverd', criterion: 'output', factor: 'egen_nytte', label: 'Min kommunes nytte', text: 'Min kommune har nytte av samarbeidet.', tally: tally(null, 0, 3), previousMean: null, comments: [] },
    ],
    goals: [
      {
        goalId: 'g-ventetid',
        statement: 'Kortere ventetid på legevakten',
        indicator: 'Median ventetid',
        baseline: '75 minutter',
        target: '45 minutter',
        deadline: '2027-12-31',
        tally: tally(3.5, 2, 1),
        reportedResults: [{ perspective: 'operativ_leder', text: '52 minutter (2025)' }],
        comments: [{ perspective: 'politisk_sponsor', text: 'Lang ventetid i helgene.' }],
      },
      { goalId: 'g-tom', statement: 'Færre vakter per lege', indicator: '', baseline: '', target: '', deadline: null, tally: tally(null, 0, 2), reportedResults: [], comments: [] },
    ],
    whatWorks: [],
    whatToChange: [],
    structural: byCriterion({ score: 72, light: 'groenn', indicators: [] }, { score: 60, light: 'gul', indicators: [] }, { score: 35, light: 'roed', indicators: [] }),
    signals: { means: {} },
    warnings: [
      {
        id: 'understyring.ingen_forankring',
        trap: 'understyring',
        title: 'Understyring: ingen formell forankring på tolv måneder',
        severity: 'hoy',
        facts: ['Ingen formelle forankringspunkter er holdt i kommunestyrene det siste året.'],
        advice: 'Sett faste orienteringer i formannskapet, så eierne får styre samarbeidet.',
      },
    ],
    previous: previous(),
    // Three respondents, one in each of three perspectives: only «Øvrige» is shown.
    groups: {
      perspectives: {
        rows: [{ key: 'ovrige', label: 'Øvrige', includes: ['Operativ leder', 'Politiske sponsorer', 'Deltakerkommunene'], respondents: 3, invited: 5, criteria: byCriterion(78, 45, null) }],
        labelOf: { leder: 'Øvrige', politisk: 'Øvrige', medlemmer: 'Øvrige' },
        hiddenRespondents: 0,
      },
      members: { rows: [], labelOf: {}, hiddenRespondents: 2 },
    },
    raisedWarnings: [],
  };
}

export function reportInput(patch: Partial<ReportInput> = {}): ReportInput {
  return {
    cooperation: {
      name: 'Legevakt Østre Agder',
      legalForm: 'vertskommune_nemnd',
      members: [
        { name: 'Arendal kommune', role: 'vertskommune' },
        { name: 'Grimstad kommune', role: 'samarbeidskommune' },
        { name: 'Åmli kommune', role: 'samarbeidskommune' },
      ],
    },
    results: anonymousResults(reportResults(), [
      { roundNumber: 1, closedAt: '2025-03-10T12:00:00.000Z', perceived: { input: 70, throughput: 55, output: null }, structural: { input: 80, throughput: 60, output: 50 } },
      { roundNumber: 2, closedAt: '2026-03-01T12:00:00.000Z', perceived: { input: 75, throughput: 40, output: null }, structural: { input: 72, throughput: 60, output: 35 } },
    ]),
    outcome: {
      summary: 'Legevakten fungerer godt faglig, men forankringen i kommunestyrene må styrkes. Innbyggerne får lite informasjon.',
      recommendation: 'redesign',
      recommendationNote: 'Bytt til fast orientering i formannskapene.',
      decision: 'opprettholde',
      decisionNote: 'Representantskapet sak 12/26',
      decidedAt: '2026-03-20T09:00:00.000Z',
    },
    now: new Date('2026-04-02T10:00:00Z'),
    ...patch,
  };
}
