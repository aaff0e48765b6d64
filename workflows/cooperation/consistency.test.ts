import { initialTransition, transition } from 'xstate';
import { describe, expect, it } from 'vitest';
import type { Phase } from '@/lib/pure/domain/dossier';
import type { ReadinessFacts } from '@/lib/pure/domain/readiness';
import { cooperationEvent, cooperationMachine, type CooperationEventType, type CooperationSnapshot } from './machine';
import { createTranslator } from 'use-intl/core';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import { compareWithRow, replayEvents, type RecordedEvent, type ReplayWords } from './replay';
import { restorableSnapshot } from './snapshots';

const passing = (round: number): ReadinessFacts => ({
  phasesReady: { innramming: true, design: true, stotte: true, deltakelse: true },
  decisions: { round, allConsented: true, anyRejected: false },
  evaluationClosed: true,
  exitChecklistComplete: true,
});

interface Step {
  type: CooperationEventType;
  phase?: Phase;
}

/** Events as the runner records them: the facts the guards saw, the round, where it restored from. */
function record(steps: Step[], start: CooperationSnapshot = initialTransition(cooperationMachine)[0], fromMachineVersion = 0): RecordedEvent[] {
  let s = start;
  return steps.map((step, i) => {
    const facts = passing(s.context.decisionRound);
    const [next] = transition(cooperationMachine, s, cooperationEvent(step.type, { facts, phase: step.phase }));
    const payload = { facts, ...(step.phase ? { phase: step.phase } : {}), decisionRound: next.context.decisionRound, fromMachineVersion: i === 0 ? fromMachineVersion : 1 };
    const event = { seq: i + 1, eventType: step.type, fromState: s.value, toState: next.value, payload, machineVersion: 1 };
    s = next;
    return event;
  });
}

const HAPPY: Step[] = [{ type: 'START_ETABLERING' }, { type: 'VELG_FASE', phase: 'design' }, { type: 'SEND_TIL_MEDLEMSVEDTAK' }, { type: 'ALLE_VEDTAK_FATTET' }];
const legacyDrift = () => restorableSnapshot({ snapshot: null, stateValue: 'drift', machineVersion: 0 });

describe('replayEvents', () => {
  it('replays a history the runner wrote, in seq order', () => {
    const replay = replayEvents(record(HAPPY).reverse());
    expect(replay.problems).toEqual([]);
    expect(replay.snapshot?.value).toBe('drift');
    expect(replay.snapshot?.context).toEqual({ decisionRound: 1, decisionPurpose: 'etablering' });
    expect(replay.legacyStart).toBe(false);
  });

  it('begins at utkast when there is no history', () => {
    expect(replayEvents([])).toMatchObject({ problems: [], legacyStart: false, snapshot: { value: 'utkast' } });
  });

  it('finds an event that starts where the previous one did not end', () => {
    const events = record(HAPPY);
    const broken = [...events, { ...events[2]!, seq: 5 }];
    expect(replayEvents(broken).problems).toEqual([
      'Hendelse 5 (SEND_TIL_MEDLEMSVEDTAK) starter i «Etablering – Design», men forrige hendelse endte i «Drift».',
      'Hendelse 5 (SEND_TIL_MEDLEMSVEDTAK) oppgir vedtaksrunde 1, men livsløpet gir vedtaksrunde 2.',
    ]);
  });

  it('refuses a history that begins outside utkast, unless the runner recorded a version-0 start', () => {
    const fromDrift = record([{ type: 'START_EVALUERING' }, { type: 'AVSLUTT_EVALUERING' }], legacyDrift(), 1);
    expect(replayEvents(fromDrift).problems).toEqual(['Hendelse 1 (START_EVALUERING) starter i «Drift», men historikken begynner i «Utkast».']);
    const legacy = replayEvents(record([{ type: 'START_EVALUERING' }, { type: 'AVSLUTT_EVALUERING' }], legacyDrift(), 0));
    expect(legacy).toMatchObject({ problems: [], legacyStart: true, snapshot: { value: 'beslutning' } });
  });

  it('cannot begin at a state the machine does not know', () => {
    const [first] = record([{ type: 'START_EVALUERING' }], legacyDrift(), 0);
    const replay = replayEvents([{ ...first!, fromState: 'aktiv' }]);
    expect(replay.problems).toEqual(['Hendelse 1 (START_EVALUERING) starter i en tilstand livsløpet ikke kjenner: "aktiv".']);
    expect(replay.snapshot).toBeNull();
  });

  it('cannot begin at a phase the machine does not know', () => {
    const [first] = record([{ type: 'START_EVALUERING' }], legacyDrift(), 0);
    const replay = replayEvents([{ ...first!, fromState: { etablering: 'budsjett' } }]);
    expect(replay.problems).toEqual(['Hendelse 1 (START_EVALUERING) starter i en tilstand livsløpet ikke kjenner: {"etablering":"budsjett"}.']);
  });

  it('finds gaps and repeats in the numbering', () => {
    const events = record(HAPPY);
    expect(replayEvents(events.filter((e) => e.seq !== 3)).problems[0]).toBe('Hendelse nummer 3 mangler i historikken.');
    expect(replayEvents([events[0]!, events[3]!]).problems[0]).toBe('Hendelse nummer 2–3 mangler i historikken.');
    expect(replayEvents([...events.slice(0, 2), events[1]!]).problems).toContain('Hendelse nummer 2 finnes mer enn én gang i historikken.');
  });

  it('stops at an event from a newer machine', () => {
    const events = record(HAPPY);
    events[1] = { ...events[1]!, machineVersion: 2 };
    const replay = replayEvents(events);
    expect(replay.problems).toEqual(['Hendelse 2 (VELG_FASE) er skrevet av en nyere versjon av livsløpet (2) enn denne (1) og kan ikke spilles av.']);
    expect(replay.snapshot).toBeNull();
  });

  it.each([
    ['an unknown event', { eventType: 'HOPP' }, 'Hendelse 2 (HOPP) er ikke en hendelse livsløpet kjenner.'],
    ['an unreadable payload', { payload: { facts: 'ja' } }, 'Hendelse 2 (VELG_FASE) har lagrede data som ikke kan leses.'],
    ['a phase choice without its phase', { payload: null }, 'Hendelse 2 (VELG_FASE) mangler hvilken fase som ble valgt.'],
  ])('reports %s once and goes on from the recorded state', (_name, change, message) => {
    const events = record(HAPPY);
    events[1] = { ...events[1]!, ...change };
    const replay = replayEvents(events);
    expect(replay.problems).toEqual([message]);
    expect(replay.snapshot?.value).toBe('drift');
  });

  it('needs the facts of a guarded event, and replays with them', () => {
    const events = record(HAPPY);
    events[2] = { ...events[2]!, payload: { decisionRound: 1 } };
    expect(replayEvents(events).problems).toEqual(['Hendelse 3 (SEND_TIL_MEDLEMSVEDTAK) mangler faktaene vaktene leste.']);
    const facts = { ...passing(0), phasesReady: { ...passing(0).phasesReady, stotte: false } };
    events[2] = { ...events[2]!, payload: { facts, decisionRound: 1 } };
    expect(replayEvents(events).problems).toEqual([
      'Hendelse 3 (SEND_TIL_MEDLEMSVEDTAK) ble ikke godtatt av livsløpet i «Etablering – Design» med de lagrede faktaene.',
    ]);
  });

  it('accepts a plain event without payload', () => {
    const [first] = record(HAPPY);
    expect(replayEvents([{ ...first!, payload: null }]).problems).toEqual([]);
  });

  it('finds an event that ended elsewhere than the machine says', () => {
    const events = record(HAPPY);
    events[0] = { ...events[0]!, toState: 'drift' };
    expect(replayEvents(events).problems).toEqual([
      'Hendelse 1 (START_ETABLERING) endte i «Drift», men livsløpet gir «Etablering – Innramming» med de lagrede faktaene.',
      'Hendelse 2 (VELG_FASE) starter i «Etablering – Innramming», men forrige hendelse endte i «Drift».',
    ]);
  });

  it('gives up where the history points at a state the machine does not know', () => {
    const events = record(HAPPY);
    events[1] = { ...events[1]!, eventType: 'HOPP', toState: { etablering: 'budsjett' } };
    const replay = replayEvents(events);
    expect(replay.problems).toEqual([
      'Hendelse 2 (HOPP) er ikke en hendelse livsløpet kjenner.',
      'Hendelse 2 (HOPP) viser til en tilstand livsløpet ikke kjenner: {"etablering":"budsjett"}. Resten av historikken kan ikke kontrolleres.',
    ]);
    expect(replay.snapshot).toBeNull();
    events[1] = { ...events[1]!, fromState: ['utkast'] };
    expect(replayEvents(events).problems.at(-1)).toMatch(/viser til en tilstand livsløpet ikke kjenner: \["utkast"\]/);
  });
});

describe('compareWithRow', () => {
  const events = record(HAPPY);
  const persisted = (value: unknown, context: unknown) => ({ status: 'active', value, context, historyValue: {}, children: {} });
  const row = { id: 'c1', state: 'drift', stateValue: 'drift', machineVersion: 1, snapshot: persisted('drift', { decisionPurpose: 'etablering', decisionRound: 1 }) };

  it('accepts the row the runner wrote, whatever order jsonb gives the keys', () => {
    expect(compareWithRow(row, events)).toEqual({ cooperationId: 'c1', ok: true, events: 4, problems: [], storedState: 'drift', replayedState: 'drift', legacyStart: false });
  });

  it('reports a row changed behind the runner', () => {
    expect(compareWithRow({ ...row, state: 'avbrutt' }, events).problems).toEqual(['Tilstandskolonnen sier «Avbrutt», men den lagrede tilstandsverdien er «Drift».']);
    expect(compareWithRow({ ...row, state: 'avbrutt', stateValue: 'avbrutt' }, events).problems).toEqual([
      'Samarbeidet står i «Avbrutt», men historikken ender i «Drift».',
      'Det lagrede øyeblikksbildet stemmer ikke med historikken.',
    ]);
    expect(compareWithRow({ ...row, snapshot: persisted('drift', { decisionRound: 2, decisionPurpose: 'etablering' }) }, events).problems).toEqual([
      'Det lagrede øyeblikksbildet stemmer ikke med historikken.',
    ]);
    expect(compareWithRow({ ...row, snapshot: null }, events).problems).toEqual(['Samarbeidet har hendelser i historikken, men mangler det lagrede øyeblikksbildet.']);
  });

  it('skips the row comparison when the history cannot be replayed to the end', () => {
    const newer = events.map((e) => ({ ...e, machineVersion: 2 }));
    expect(compareWithRow(row, newer)).toMatchObject({ ok: false, replayedState: null, problems: [expect.stringContaining('nyere versjon')] });
  });

  it('accepts a version-0 row without history in any state, but nothing else', () => {
    const legacy = { id: 'c2', state: 'drift', stateValue: 'utkast', snapshot: null, machineVersion: 1 };
    expect(compareWithRow(legacy, [])).toEqual({ cooperationId: 'c2', ok: true, events: 0, problems: [], storedState: 'drift', replayedState: 'drift', legacyStart: false });
    expect(compareWithRow({ ...legacy, state: 'aktiv' }, []).problems).toEqual(['Samarbeidet står i en tilstand livsløpet ikke kjenner: "aktiv".']);
    expect(compareWithRow(row, [])).toMatchObject({ ok: false, problems: ['Samarbeidet har et lagret livsløp, men ingen hendelser i historikken.'], replayedState: null });
  });
});

describe('the problems in nynorsk and English', () => {
  const words = (locale: 'nn' | 'en'): ReplayWords => {
    const t = createTranslator({ locale, messages: CATALOGUES[locale], namespace: 'avvisning.kontroll' });
    const states = createTranslator({ locale, messages: CATALOGUES[locale], namespace: 'tilstand' });
    const phases = createTranslator({ locale, messages: CATALOGUES[locale], namespace: 'livslop.fase' });
    return { t: (key, values) => t(key, values), states: { state: (s) => states(s), phase: (p) => phases(p) } };
  };

  it('words each problem and the states in the reader\'s language', () => {
    const events = record(HAPPY);
    const broken = [...events, { ...events[2]!, seq: 5 }];
    expect(replayEvents(broken, words('en')).problems[0]).toBe(
      `Event 5 (SEND_TIL_MEDLEMSVEDTAK) starts in «${CATALOGUES.en.tilstand.etablering} – ${CATALOGUES.en.livslop.fase.design}», but the previous event ended in «${CATALOGUES.en.tilstand.drift}».`,
    );
    expect(replayEvents(events.filter((e) => e.seq !== 3), words('nn')).problems[0]).toBe('Hending nummer 3 manglar i historikken.');
  });
});
