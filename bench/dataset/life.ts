// The life of one generated cooperation: which state it ends in today, the lifecycle steps
// that brought it there (dated in the past, in order), the rounds of member decisions and
// the evaluation rounds those steps imply. Every step is later played through the machine
// (history.ts), so a plan the machine would refuse fails loudly.
import type { Faker } from '@faker-js/faker';
import type { LifecycleState, Phase } from '@/lib/pure/domain/dossier';
import type { CooperationEventType } from '@/workflows/cooperation/machine';

export interface DatedStep {
  type: CooperationEventType;
  phase?: Phase;
  at: Date;
}

export interface DecisionRoundPlan {
  round: number;
  /** Day the member councils decided. */
  decidedOn: Date;
  rejected: boolean;
}

export interface EvaluationRoundPlan {
  number: number;
  openedAt: Date;
  closedAt: Date | null;
  decision: 'opprettholde' | 'redesign' | 'avvikle' | null;
  decidedAt: Date | null;
}

export interface LifePlan {
  target: LifecycleState;
  createdAt: Date;
  /** First day in drift; null when it never got there. */
  startDate: Date | null;
  /** When the cooperation was wound up or aborted. */
  endedAt: Date | null;
  steps: DatedStep[];
  decisionRounds: DecisionRoundPlan[];
  evaluationRounds: EvaluationRoundPlan[];
}

/** Share of each state today, in percent. Most cooperations run; every state occurs. */
export const STATE_SHARES: readonly { value: LifecycleState; weight: number }[] = [
  { value: 'utkast', weight: 5 },
  { value: 'etablering', weight: 9 },
  { value: 'medlemsvedtak', weight: 3 },
  { value: 'avbrutt', weight: 3 },
  { value: 'drift', weight: 58 },
  { value: 'evaluering', weight: 6 },
  { value: 'beslutning', weight: 2 },
  { value: 'redesign', weight: 5 },
  { value: 'avvikling', weight: 3 },
  { value: 'avviklet', weight: 6 },
];

export const REACHED_DRIFT: readonly LifecycleState[] = ['drift', 'evaluering', 'beslutning', 'redesign', 'avvikling', 'avviklet'];

const DAY = 86_400_000;
const YEAR = 365 * DAY;
/** The oldest cooperation in the dataset went into drift on this day. */
const OLDEST_START = Date.UTC(2008, 0, 1);
/** Chance per year in drift that an evaluation round was held. */
const EVALUATION_PER_YEAR = 0.19;
/** Chance per year in drift of a change proposal outside an evaluation. */
const CHANGE_PER_YEAR = 0.02;

/** Sorted random instants in [from, to]: n steps that keep their order. */
function instants(faker: Faker, n: number, from: number, to: number): Date[] {
  return Array.from({ length: n }, () => faker.number.int({ min: from, max: Math.max(from, to) }))
    .sort((a, b) => a - b)
    .map((t, i) => new Date(t + i * 60_000)); // a minute apart at least, like the demo seed
}

export function planLife(faker: Faker, now: Date): LifePlan {
  const target = faker.helpers.weightedArrayElement(STATE_SHARES);
  const today = now.getTime();
  const steps: { type: CooperationEventType; phase?: Phase }[] = [];
  const decisionRounds: { round: number; rejected: boolean; index: number }[] = [];
  const evaluations: { number: number; open: number; close: number | null; decide: number | null; decision: EvaluationRoundPlan['decision'] }[] = [];

  const establish = (phases: number) => {
    steps.push({ type: 'START_ETABLERING' });
    for (const phase of faker.helpers.arrayElements(['design', 'stotte', 'deltakelse'] as const, phases)) steps.push({ type: 'VELG_FASE', phase });
  };
  const decide = (rejectFirst: boolean) => {
    let round = decisionRounds.length + 1;
    steps.push({ type: 'SEND_TIL_MEDLEMSVEDTAK' });
    if (rejectFirst) {
      decisionRounds.push({ round, rejected: true, index: steps.length });
      steps.push({ type: 'VEDTAK_AVSLAG_TIL_DESIGN' }, { type: 'SEND_TIL_MEDLEMSVEDTAK' });
      round++;
    }
    decisionRounds.push({ round, rejected: false, index: steps.length });
    steps.push({ type: 'ALLE_VEDTAK_FATTET' });
  };

  if (!(REACHED_DRIFT as readonly string[]).includes(target)) {
    // Still being set up, or given up: begun within the last two years.
    const created = faker.number.int({ min: today - 2 * YEAR, max: today - 30 * DAY });
    if (target === 'avbrutt' && faker.datatype.boolean({ probability: 0.3 })) steps.push({ type: 'AVBRYT' });
    else if (target !== 'utkast') {
      establish(faker.number.int({ min: target === 'etablering' ? 0 : 3, max: 3 }));
      if (target === 'medlemsvedtak') steps.push({ type: 'SEND_TIL_MEDLEMSVEDTAK' });
      if (target === 'avbrutt') steps.push({ type: 'AVBRYT' });
    }
    const at = instants(faker, steps.length, created + DAY, today - DAY);
    return {
      target,
      createdAt: new Date(created),
      startDate: null,
      endedAt: target === 'avbrutt' ? at[at.length - 1]! : null,
      steps: steps.map((s, i) => ({ ...s, at: at[i]! })),
      decisionRounds: [],
      evaluationRounds: [],
    };
  }

  // Reached drift: established some time since 2008, then a year at a time until today.
  const start = faker.number.int({ min: OLDEST_START, max: today - YEAR });
  const created = start - faker.number.int({ min: 90, max: 400 }) * DAY;
  establish(faker.number.int({ min: 2, max: 3 }));
  decide(faker.datatype.boolean({ probability: 0.08 }));
  const times: number[] = instants(faker, steps.length - 1, created + DAY, start - DAY).map((d) => d.getTime());
  times.push(start);

  // Leave the last half year for the steps that bring it to today's state.
  const tailFrom = today - faker.number.int({ min: 60, max: 180 }) * DAY;
  for (let year = start + YEAR; year + 120 * DAY < tailFrom; year += YEAR) {
    if (faker.datatype.boolean({ probability: EVALUATION_PER_YEAR })) {
      const redesign = faker.datatype.boolean({ probability: 0.1 });
      const at = instants(faker, redesign ? 5 : 3, year, year + 110 * DAY).map((d) => d.getTime());
      evaluations.push({ number: evaluations.length + 1, open: at[0]!, close: at[1]!, decide: at[2]!, decision: redesign ? 'redesign' : 'opprettholde' });
      steps.push({ type: 'START_EVALUERING' }, { type: 'AVSLUTT_EVALUERING' }, { type: redesign ? 'BESLUTT_REDESIGN' : 'BESLUTT_OPPRETTHOLDE' });
      if (redesign) {
        steps.push({ type: 'SEND_TIL_MEDLEMSVEDTAK' });
        decisionRounds.push({ round: decisionRounds.length + 1, rejected: false, index: steps.length });
        steps.push({ type: 'ALLE_VEDTAK_FATTET' });
      }
      times.push(...at);
    } else if (faker.datatype.boolean({ probability: CHANGE_PER_YEAR })) {
      const kept = faker.datatype.boolean({ probability: 0.7 });
      steps.push({ type: 'ENDRINGSFORSLAG' });
      if (kept) {
        steps.push({ type: 'SEND_TIL_MEDLEMSVEDTAK' });
        decisionRounds.push({ round: decisionRounds.length + 1, rejected: false, index: steps.length });
        steps.push({ type: 'ALLE_VEDTAK_FATTET' });
      } else steps.push({ type: 'FORKAST_ENDRINGER' });
      times.push(...instants(faker, kept ? 3 : 2, year, year + 110 * DAY).map((d) => d.getTime()));
    }
  }

  const tail: { type: CooperationEventType; phase?: Phase }[] = [];
  const evaluate = target === 'evaluering' || target === 'beslutning' || target === 'avvikling' || target === 'avviklet';
  if (evaluate) tail.push({ type: 'START_EVALUERING' });
  if (target !== 'evaluering' && evaluate) tail.push({ type: 'AVSLUTT_EVALUERING' });
  if (target === 'avvikling' || target === 'avviklet') tail.push({ type: 'BESLUTT_AVVIKLE' });
  if (target === 'avviklet') tail.push({ type: 'AVVIKLING_FULLFORT' });
  if (target === 'redesign') {
    tail.push({ type: 'ENDRINGSFORSLAG' });
    if (faker.datatype.boolean()) tail.push({ type: 'VELG_FASE', phase: faker.helpers.arrayElement(['innramming', 'stotte', 'deltakelse'] as const) });
  }
  const tailAt = instants(faker, tail.length, tailFrom, today - DAY).map((d) => d.getTime());
  if (evaluate) {
    evaluations.push({
      number: evaluations.length + 1,
      open: tailAt[0]!,
      close: tailAt[1] ?? null,
      decide: target === 'avvikling' || target === 'avviklet' ? tailAt[2]! : null,
      decision: target === 'avvikling' || target === 'avviklet' ? 'avvikle' : null,
    });
  }
  steps.push(...tail);
  times.push(...tailAt);

  const dated = steps.map((s, i) => ({ ...s, at: new Date(times[i]!) }));
  return {
    target,
    createdAt: new Date(created),
    startDate: new Date(start),
    endedAt: target === 'avviklet' ? dated[dated.length - 1]!.at : null,
    steps: dated,
    // Councils decide a few days to two weeks before the step that records the outcome.
    decisionRounds: decisionRounds.map((r) => ({ round: r.round, rejected: r.rejected, decidedOn: new Date(times[r.index]! - faker.number.int({ min: 2, max: 14 }) * DAY) })),
    evaluationRounds: evaluations.map((e) => ({
      number: e.number,
      openedAt: new Date(e.open),
      closedAt: e.close === null ? null : new Date(e.close),
      decision: e.decision,
      decidedAt: e.decide === null ? null : new Date(e.decide),
    })),
  };
}
