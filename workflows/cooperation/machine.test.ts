import { getShortestPaths, getSimplePaths } from '@xstate/graph';
import { createActor, initialTransition, transition, type Snapshot } from 'xstate';
import { describe, expect, it } from 'vitest';
import { PHASES, type Phase } from '@/lib/pure/domain/dossier';
import type { ReadinessFacts } from '@/lib/pure/domain/readiness';
import {
  availableEvents,
  canSend,
  COOPERATION_EVENT_TYPES,
  cooperationMachine,
  currentPhase,
  type FactEventType,
  isFactEventType,
  lifecycleState,
  MACHINE_VERSION,
  type CooperationEvent,
  type CooperationEventType,
  type CooperationSnapshot,
} from './machine';

// A state's identity for the tests: leaf path, plus what a round of decisions is about.
function stateKey(s: CooperationSnapshot): string {
  const phase = currentPhase(s.value);
  const base = phase === null ? lifecycleState(s.value) : `${lifecycleState(s.value)}.${phase}`;
  return base === 'medlemsvedtak' ? `${base}(${s.context.decisionPurpose})` : base;
}

function eventKey(e: CooperationEvent): string {
  return e.type === 'VELG_FASE' ? `VELG_FASE:${e.phase}` : e.type;
}

/** Facts that satisfy the guard of the given event type. */
function passingFacts(type: CooperationEventType, round: number): ReadinessFacts {
  const rejected = type === 'VEDTAK_AVSLAG_TIL_DESIGN' || type === 'VEDTAK_AVSLAG_AVBRYT';
  return {
    phasesReady: { innramming: true, design: true, stotte: true, deltakelse: true },
    decisions: { round, allConsented: !rejected, anyRejected: rejected },
    evaluationClosed: true,
    exitChecklistComplete: true,
  };
}

/** Every event the machine knows, with facts that pass its guard in this snapshot. */
function passingEvents(s: CooperationSnapshot): CooperationEvent[] {
  return COOPERATION_EVENT_TYPES.flatMap((type): CooperationEvent[] => {
    if (type === 'VELG_FASE') return PHASES.map((phase) => ({ type, phase }));
    return [isFactEventType(type) ? { type, facts: passingFacts(type, s.context.decisionRound) } : { type }];
  });
}

const phaseMoves = (parent: string): Record<string, string> =>
  Object.fromEntries(PHASES.map((p) => [`VELG_FASE:${p}`, `${parent}.${p}`]));

const perPhase = (parent: string, moves: Record<string, string>): Record<string, Record<string, string>> =>
  Object.fromEntries(PHASES.map((p) => [`${parent}.${p}`, { ...phaseMoves(parent), ...moves }]));

/** The specification: from each state, which event leads where. Everything else is refused. */
const EXPECTED: Record<string, Record<string, string>> = {
  utkast: { START_ETABLERING: 'etablering.innramming', REGISTRER_EKSISTERENDE: 'drift', AVBRYT: 'avbrutt' },
  ...perPhase('etablering', { SEND_TIL_MEDLEMSVEDTAK: 'medlemsvedtak(etablering)', AVBRYT: 'avbrutt' }),
  'medlemsvedtak(etablering)': {
    ALLE_VEDTAK_FATTET: 'drift',
    VEDTAK_AVSLAG_TIL_DESIGN: 'etablering.design',
    VEDTAK_AVSLAG_AVBRYT: 'avbrutt',
    AVBRYT: 'avbrutt',
  },
  'medlemsvedtak(redesign)': {
    ALLE_VEDTAK_FATTET: 'drift',
    VEDTAK_AVSLAG_TIL_DESIGN: 'redesign.design',
    FORKAST_ENDRINGER: 'drift',
  },
  drift: { START_EVALUERING: 'evaluering', ENDRINGSFORSLAG: 'redesign.design' },
  evaluering: { AVSLUTT_EVALUERING: 'beslutning' },
  beslutning: { BESLUTT_OPPRETTHOLDE: 'drift', BESLUTT_REDESIGN: 'redesign.design', BESLUTT_AVVIKLE: 'avvikling' },
  ...perPhase('redesign', { SEND_TIL_MEDLEMSVEDTAK: 'medlemsvedtak(redesign)', FORKAST_ENDRINGER: 'drift' }),
  avvikling: { AVVIKLING_FULLFORT: 'avviklet' },
  avviklet: {},
  avbrutt: {},
};

// The decision round grows on every loop, so the graph is traversed by state key.
const traversal = { events: passingEvents, serializeState: (s: CooperationSnapshot) => stateKey(s) };
const shortestPaths = getShortestPaths(cooperationMachine, traversal);
const reached = new Map(shortestPaths.map((path) => [stateKey(path.state), path]));

/** Sends through a JSON round trip, as the runner does: rehydrate, send, persist, stop. */
function persistentActor() {
  let stored = JSON.stringify(createActor(cooperationMachine).getPersistedSnapshot());
  return {
    send(event: CooperationEvent): CooperationSnapshot {
      const snapshot: Snapshot<unknown> = JSON.parse(stored);
      const actor = createActor(cooperationMachine, { snapshot }).start();
      actor.send(event);
      stored = JSON.stringify(actor.getPersistedSnapshot());
      actor.stop();
      return actor.getSnapshot();
    },
  };
}

describe('the lifecycle graph', () => {
  it('reaches every state of the specification, and no other', () => {
    expect([...reached.keys()].sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(shortestPaths.map((p) => [stateKey(p.state), p] as const))(
    'a persisted actor follows the shortest path to %s',
    (key, path) => {
      const sut = persistentActor();
      // The first step is the machine's own start (xstate.init), which the actor has taken.
      expect(stateKey(path.steps[0]!.state)).toBe('utkast');
      for (const step of path.steps.slice(1)) {
        expect(stateKey(sut.send(step.event))).toBe(stateKey(step.state));
      }
      expect(stateKey(path.state)).toBe(key);
    },
  );

  it('has simple paths to both final states, all ending done', () => {
    const toFinal = getSimplePaths(cooperationMachine, { ...traversal, toState: (s) => s.status === 'done' });
    expect(new Set(toFinal.map((p) => stateKey(p.state)))).toEqual(new Set(['avviklet', 'avbrutt']));
    expect(toFinal.every((p) => p.state.status === 'done')).toBe(true);
  });
});

describe.each(Object.entries(EXPECTED))('from %s', (key, allowed) => {
  const snapshot = reached.get(key)!.state;

  it.each(passingEvents(snapshot).map((e) => [eventKey(e), e] as const))('%s', (ek, event) => {
    const target = allowed[ek];
    const [next] = transition(cooperationMachine, snapshot, event);
    expect(canSend(snapshot, event)).toBe(target !== undefined);
    if (target !== undefined) {
      expect(stateKey(next)).toBe(target);
    } else {
      expect(next.value).toEqual(snapshot.value);
      expect(next.context).toEqual(snapshot.context);
    }
  });

  it('offers exactly the specified events as buttons', () => {
    const types = new Set(Object.keys(allowed).map((k) => k.split(':')[0]));
    expect(availableEvents(snapshot)).toEqual(COOPERATION_EVENT_TYPES.filter((t) => types.has(t)));
  });
});

describe('registering an existing cooperation', () => {
  const send = (s: CooperationSnapshot, event: CooperationEvent) => transition(cooperationMachine, s, event)[0];

  it('goes from utkast straight to drift, with no round of member decisions', () => {
    const s = send(initialTransition(cooperationMachine)[0], { type: 'REGISTRER_EKSISTERENDE' });
    expect(s.value).toBe('drift');
    expect(s.context).toEqual({ decisionRound: 0, decisionPurpose: null });
  });

  it('is refused everywhere but in utkast', () => {
    for (const [key, path] of reached) {
      if (key === 'utkast') continue;
      expect(canSend(path.state, { type: 'REGISTRER_EKSISTERENDE' })).toBe(false);
    }
  });

  it('lives on as any running cooperation: evaluated, redesigned with a first decision round, wound down', () => {
    const sut = persistentActor();
    expect(sut.send({ type: 'REGISTRER_EKSISTERENDE' }).value).toBe('drift');
    expect(sut.send({ type: 'START_EVALUERING' }).value).toBe('evaluering');
    expect(sut.send({ type: 'AVSLUTT_EVALUERING', facts: passingFacts('AVSLUTT_EVALUERING', 0) }).value).toBe('beslutning');
    expect(sut.send({ type: 'BESLUTT_REDESIGN' }).value).toEqual({ redesign: 'design' });
    const sent = sut.send({ type: 'SEND_TIL_MEDLEMSVEDTAK', facts: passingFacts('SEND_TIL_MEDLEMSVEDTAK', 0) });
    expect(sent.context).toEqual({ decisionRound: 1, decisionPurpose: 'redesign' });
    expect(sut.send({ type: 'ALLE_VEDTAK_FATTET', facts: passingFacts('ALLE_VEDTAK_FATTET', 1) }).value).toBe('drift');
  });

  it('has a simple path to avviklet that starts with the registration', () => {
    const paths = getSimplePaths(cooperationMachine, { ...traversal, toState: (s) => stateKey(s) === 'avviklet' });
    expect(paths.some((p) => p.steps.some((step) => step.event.type === 'REGISTRER_EKSISTERENDE'))).toBe(true);
  });
});

describe('availableEvents from a bare state value', () => {
  it('assumes an establishing case', () => {
    expect(availableEvents('medlemsvedtak')).toEqual([
      'ALLE_VEDTAK_FATTET',
      'VEDTAK_AVSLAG_TIL_DESIGN',
      'VEDTAK_AVSLAG_AVBRYT',
      'AVBRYT',
    ]);
    expect(availableEvents({ redesign: 'stotte' })).toEqual(['VELG_FASE', 'SEND_TIL_MEDLEMSVEDTAK', 'FORKAST_ENDRINGER']);
    expect(availableEvents('avviklet')).toEqual([]);
  });
});

describe('guards', () => {
  const at = (key: string): CooperationSnapshot => reached.get(key)!.state;
  const withFacts = (type: FactEventType, s: CooperationSnapshot, change: Partial<ReadinessFacts>): CooperationEvent => ({
    type,
    facts: { ...passingFacts(type, s.context.decisionRound), ...change },
  });
  const refused = (s: CooperationSnapshot, event: CooperationEvent) => {
    expect(s.can(event)).toBe(false);
    expect(transition(cooperationMachine, s, event)[0].value).toEqual(s.value);
  };

  it.each(['etablering.stotte', 'redesign.design'])('%s: each unready phase blocks sending', (key) => {
    const s = at(key);
    for (const phase of PHASES) {
      const phasesReady: Record<Phase, boolean> = { innramming: true, design: true, stotte: true, deltakelse: true };
      phasesReady[phase] = false;
      refused(s, withFacts('SEND_TIL_MEDLEMSVEDTAK', s, { phasesReady }));
    }
  });

  it('refuses fact events that come without facts', () => {
    refused(at('etablering.innramming'), { type: 'SEND_TIL_MEDLEMSVEDTAK' } as CooperationEvent);
    refused(at('medlemsvedtak(etablering)'), { type: 'ALLE_VEDTAK_FATTET' } as CooperationEvent);
    refused(at('medlemsvedtak(etablering)'), { type: 'VEDTAK_AVSLAG_AVBRYT' } as CooperationEvent);
    refused(at('evaluering'), { type: 'AVSLUTT_EVALUERING' } as CooperationEvent);
    refused(at('avvikling'), { type: 'AVVIKLING_FULLFORT' } as CooperationEvent);
  });

  it.each(['medlemsvedtak(etablering)', 'medlemsvedtak(redesign)'])('%s: decisions must match the round', (key) => {
    const s = at(key);
    const round = s.context.decisionRound;
    const consented = { round, allConsented: true, anyRejected: false };
    const rejected = { round, allConsented: false, anyRejected: true };
    refused(s, withFacts('ALLE_VEDTAK_FATTET', s, { decisions: { ...consented, allConsented: false } }));
    refused(s, withFacts('ALLE_VEDTAK_FATTET', s, { decisions: { ...consented, round: round - 1 } }));
    refused(s, withFacts('ALLE_VEDTAK_FATTET', s, { decisions: { ...consented, round: round + 1 } }));
    refused(s, withFacts('VEDTAK_AVSLAG_TIL_DESIGN', s, { decisions: { ...rejected, anyRejected: false } }));
    refused(s, withFacts('VEDTAK_AVSLAG_TIL_DESIGN', s, { decisions: { ...rejected, round: round - 1 } }));
    refused(s, withFacts('VEDTAK_AVSLAG_AVBRYT', s, { decisions: { ...rejected, anyRejected: false } }));
  });

  it('a rejected change never aborts a running cooperation', () => {
    refused(at('medlemsvedtak(redesign)'), withFacts('VEDTAK_AVSLAG_AVBRYT', at('medlemsvedtak(redesign)'), {}));
    refused(at('medlemsvedtak(redesign)'), { type: 'AVBRYT' });
  });

  it('evaluation and winding down wait for their facts', () => {
    refused(at('evaluering'), withFacts('AVSLUTT_EVALUERING', at('evaluering'), { evaluationClosed: false }));
    refused(at('avvikling'), withFacts('AVVIKLING_FULLFORT', at('avvikling'), { exitChecklistComplete: false }));
  });
});

describe('decision rounds and persistence', () => {
  const send = (s: CooperationSnapshot, event: CooperationEvent) => transition(cooperationMachine, s, event)[0];
  const facts = (s: CooperationSnapshot, type: CooperationEventType) => passingFacts(type, s.context.decisionRound);

  it('starts a new round each time a case is sent to member decisions', () => {
    let s = initialTransition(cooperationMachine)[0];
    expect(s.context).toEqual({ decisionRound: 0, decisionPurpose: null });
    s = send(s, { type: 'START_ETABLERING' });
    s = send(s, { type: 'SEND_TIL_MEDLEMSVEDTAK', facts: facts(s, 'SEND_TIL_MEDLEMSVEDTAK') });
    expect(s.context).toEqual({ decisionRound: 1, decisionPurpose: 'etablering' });
    s = send(s, { type: 'VEDTAK_AVSLAG_TIL_DESIGN', facts: facts(s, 'VEDTAK_AVSLAG_TIL_DESIGN') });
    s = send(s, { type: 'SEND_TIL_MEDLEMSVEDTAK', facts: facts(s, 'SEND_TIL_MEDLEMSVEDTAK') });
    s = send(s, { type: 'ALLE_VEDTAK_FATTET', facts: facts(s, 'ALLE_VEDTAK_FATTET') });
    s = send(s, { type: 'ENDRINGSFORSLAG' });
    s = send(s, { type: 'SEND_TIL_MEDLEMSVEDTAK', facts: facts(s, 'SEND_TIL_MEDLEMSVEDTAK') });
    expect(s.value).toBe('medlemsvedtak');
    expect(s.context).toEqual({ decisionRound: 3, decisionPurpose: 'redesign' });
  });

  it('continues correctly after a JSON round trip of the persisted snapshot', () => {
    const actor = createActor(cooperationMachine).start();
    actor.send({ type: 'START_ETABLERING' });
    actor.send({ type: 'VELG_FASE', phase: 'deltakelse' });
    actor.send({ type: 'SEND_TIL_MEDLEMSVEDTAK', facts: passingFacts('SEND_TIL_MEDLEMSVEDTAK', 0) });
    const stored = JSON.stringify({ version: MACHINE_VERSION, snapshot: actor.getPersistedSnapshot() });
    actor.stop();

    const row: { version: number; snapshot: Snapshot<unknown> } = JSON.parse(stored);
    expect(row.version).toBe(MACHINE_VERSION);
    const restored = createActor(cooperationMachine, { snapshot: row.snapshot }).start();
    expect(restored.getSnapshot().value).toBe('medlemsvedtak');
    expect(restored.getSnapshot().context).toEqual({ decisionRound: 1, decisionPurpose: 'etablering' });
    restored.send({ type: 'ALLE_VEDTAK_FATTET', facts: passingFacts('ALLE_VEDTAK_FATTET', 0) });
    expect(restored.getSnapshot().value).toBe('medlemsvedtak');
    restored.send({ type: 'ALLE_VEDTAK_FATTET', facts: passingFacts('ALLE_VEDTAK_FATTET', 1) });
    expect(restored.getSnapshot().value).toBe('drift');
    restored.stop();
  });

  it('keeps the phase being worked on through a round trip', () => {
    const actor = createActor(cooperationMachine).start();
    actor.send({ type: 'START_ETABLERING' });
    actor.send({ type: 'VELG_FASE', phase: 'stotte' });
    const snapshot: Snapshot<unknown> = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
    actor.stop();
    const restored = createActor(cooperationMachine, { snapshot }).start();
    expect(restored.getSnapshot().value).toEqual({ etablering: 'stotte' });
    expect(availableEvents(restored.getSnapshot())).toEqual(['VELG_FASE', 'SEND_TIL_MEDLEMSVEDTAK', 'AVBRYT']);
    restored.stop();
  });

  it('has an integer version', () => {
    expect(Number.isInteger(MACHINE_VERSION) && MACHINE_VERSION >= 1).toBe(true);
  });
});
