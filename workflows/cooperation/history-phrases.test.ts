// The history speaks Norwegian for every step the lifecycle can take and for every kind of
// change: this walks every reachable state of the machine (both kinds of decision round),
// takes every event it accepts there, and checks the phrase for that exact transition.
import { getShortestPaths } from '@xstate/graph';
import { transition, type StateValue } from 'xstate';
import { describe, expect, it } from 'vitest';
import { LIFECYCLE_STATES, PHASES } from '@/lib/pure/domain/dossier';
import { changeTitle, correctionTitle, HISTORY_CHANGE_KINDS, UNKNOWN_CHANGE_TITLE } from '@/lib/pure/domain/history-kinds';
import type { ReadinessFacts } from '@/lib/pure/domain/readiness';
import { catalogueWords } from '@/lib/pure/i18n/loose-words';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import { decisionPurposes, stepPhrase, UNKNOWN_STEP, type StepPhrase } from './history-phrases';
import {
  COOPERATION_EVENT_TYPES,
  cooperationMachine,
  isFactEventType,
  stateLabel,
  type CooperationEvent,
  type CooperationEventType,
  type CooperationSnapshot,
} from './machine';

function passingFacts(type: CooperationEventType, round: number): ReadinessFacts {
  const rejected = type === 'VEDTAK_AVSLAG_TIL_DESIGN' || type === 'VEDTAK_AVSLAG_AVBRYT';
  return {
    phasesReady: { innramming: true, design: true, stotte: true, deltakelse: true },
    decisions: { round, allConsented: !rejected, anyRejected: rejected },
    evaluationClosed: true,
    exitChecklistComplete: true,
  };
}

function passingEvents(s: CooperationSnapshot): CooperationEvent[] {
  return COOPERATION_EVENT_TYPES.flatMap((type): CooperationEvent[] => {
    if (type === 'VELG_FASE') return PHASES.map((phase) => ({ type, phase }));
    return [isFactEventType(type) ? { type, facts: passingFacts(type, s.context.decisionRound) } : { type }];
  });
}

/** Every state the machine can reach, once per kind of decision round (the round number grows on every loop). */
function reachableStates(): CooperationSnapshot[] {
  const serializeState = (s: CooperationSnapshot) => `${JSON.stringify(s.value)}|${s.context.decisionPurpose}`;
  const paths = getShortestPaths(cooperationMachine, { events: passingEvents, serializeState });
  return paths.map((p) => p.state as CooperationSnapshot);
}

interface Walked {
  from: StateValue;
  to: StateValue;
  type: CooperationEventType;
  phrase: StepPhrase;
}

function walk(): Walked[] {
  const out: Walked[] = [];
  for (const state of reachableStates()) {
    for (const event of passingEvents(state)) {
      if (!state.can(event)) continue;
      const [next] = transition(cooperationMachine, state, event);
      const phrase = stepPhrase({ eventType: event.type, fromState: state.value, toState: next.value, round: next.context.decisionRound, purpose: state.context.decisionPurpose });
      out.push({ from: state.value, to: next.value, type: event.type, phrase });
    }
  }
  return out;
}

/** What a user must never read: event codes, state paths or values, machine keys, "Etablering – Innramming". */
function internalIdentifiers(text: string): string[] {
  const found: string[] = [];
  for (const type of COOPERATION_EVENT_TYPES) if (text.includes(type)) found.push(type);
  if (/\b[A-Z]{2,}_[A-Z_]+\b/.test(text)) found.push('hendelseskode');
  if (/[{}"]/.test(text)) found.push('tilstandsverdi');
  if (/\b(etablering|redesign)\.(innramming|design|stotte|deltakelse)\b/.test(text)) found.push('tilstandssti');
  if (/\bstotte\b|\bmedlemsvedtak\b/.test(text)) found.push('maskinnøkkel');
  for (const state of LIFECYCLE_STATES) {
    for (const phase of PHASES) {
      const label = stateLabel({ [state]: phase });
      if (text.includes(label)) found.push(label);
    }
  }
  return found;
}

function expectReadable(p: StepPhrase | { title: string; detail: string | null }) {
  for (const text of [p.title, p.detail ?? '']) expect(internalIdentifiers(text), text).toEqual([]);
  expect(p.title).toMatch(/^[A-ZÆØÅ]/);
}

describe('the history phrases every lifecycle step in Norwegian', () => {
  const walked = walk();

  it('walks every event the machine has, from every state that accepts it', () => {
    expect(new Set(walked.map((w) => w.type))).toEqual(new Set(COOPERATION_EVENT_TYPES));
    // Both kinds of decision round, and every phase in both establishing and redesign.
    expect(walked.filter((w) => w.type === 'ALLE_VEDTAK_FATTET').map((w) => w.phrase.title)).toEqual(
      expect.arrayContaining(['Alle deltakerne sluttet seg til', 'Alle deltakerne sluttet seg til endringene']),
    );
    const phaseMoves = new Set(walked.filter((w) => w.type === 'VELG_FASE').map((w) => `${JSON.stringify(w.from)}->${JSON.stringify(w.to)}`));
    expect(phaseMoves.size).toBe(2 * PHASES.length * PHASES.length);
  });

  it('gives each transition a title and a sentence, with no internal identifier in either', () => {
    for (const w of walked) {
      expectReadable(w.phrase);
      expect(w.phrase.detail, `${w.type} fra ${JSON.stringify(w.from)}`).toMatch(/^[A-ZÆØÅ].*\.$/);
    }
  });

  it('tells transitions apart where the lifecycle does', () => {
    const detail = (type: CooperationEventType, from: unknown, to: unknown) => stepPhrase({ eventType: type, fromState: from, toState: to }).detail;
    expect(detail('VELG_FASE', { etablering: 'innramming' }, { etablering: 'stotte' })).toBe('Etableringen gikk fra fasen innramming til fasen støtte og tilrettelegging.');
    expect(detail('VELG_FASE', { redesign: 'design' }, { redesign: 'design' })).toBe('Redesignen fortsatte i fasen design.');
    expect(detail('VEDTAK_AVSLAG_TIL_DESIGN', 'medlemsvedtak', { redesign: 'design' })).toContain('Redesignen gikk tilbake');
    expect(detail('VEDTAK_AVSLAG_TIL_DESIGN', 'medlemsvedtak', { etablering: 'design' })).toContain('Etableringen gikk tilbake');
    expect(stepPhrase({ eventType: 'AVBRYT', fromState: 'utkast', toState: 'avbrutt' }).title).toBe('Utkastet ble avbrutt');
    expect(detail('AVBRYT', 'medlemsvedtak', 'avbrutt')).toContain('trukket fra deltakerne');
    expect(detail('SEND_TIL_MEDLEMSVEDTAK', { redesign: 'deltakelse' }, 'medlemsvedtak')).toBe(
      'Endringene ble lagt fram for hver deltaker. Hver deltaker behandler saken i sitt eget organ.',
    );
    expect(stepPhrase({ eventType: 'SEND_TIL_MEDLEMSVEDTAK', fromState: { etablering: 'deltakelse' }, toState: 'medlemsvedtak', round: 2 }).detail).toContain('i vedtaksrunde 2');
    expect(stepPhrase({ eventType: 'ALLE_VEDTAK_FATTET', fromState: 'medlemsvedtak', toState: 'drift' })).toEqual({ title: 'Alle deltakerne sluttet seg til', detail: 'Samarbeidet gikk i drift.' });
  });

  it('reads an unknown event or a foreign state as a neutral phrase, never as its code or value', () => {
    expect(stepPhrase({ eventType: 'HOPP_OVER', fromState: 'drift', toState: 'drift' })).toEqual(UNKNOWN_STEP);
    const foreign = stepPhrase({ eventType: 'VELG_FASE', fromState: { etablering: 'budsjett' }, toState: 'aktiv' });
    expectReadable(foreign);
    expect(`${foreign.title} ${foreign.detail}`).not.toMatch(/budsjett|aktiv/);
    expectReadable(stepPhrase({ eventType: 'START_ETABLERING', fromState: null, toState: 42 }));
    expectReadable(stepPhrase({ eventType: 'BESLUTT_REDESIGN', fromState: 'beslutning', toState: ['x'] }));
  });
});

describe('decisionPurposes', () => {
  it('says what each round of decisions was about, from the step that opened it', () => {
    const steps = [
      { seq: 4, eventType: 'ALLE_VEDTAK_FATTET', fromState: 'medlemsvedtak' },
      { seq: 3, eventType: 'SEND_TIL_MEDLEMSVEDTAK', fromState: { etablering: 'deltakelse' } },
      { seq: 1, eventType: 'START_ETABLERING', fromState: 'utkast' },
      { seq: 6, eventType: 'SEND_TIL_MEDLEMSVEDTAK', fromState: { redesign: 'design' } },
      { seq: 7, eventType: 'FORKAST_ENDRINGER', fromState: 'medlemsvedtak' },
      { seq: 9, eventType: 'SEND_TIL_MEDLEMSVEDTAK', fromState: 'ukjent' },
      { seq: 10, eventType: 'ALLE_VEDTAK_FATTET', fromState: 'medlemsvedtak' },
    ];
    const purposes = decisionPurposes(steps);
    expect(purposes.get(1)).toBeNull();
    expect(purposes.get(4)).toBe('etablering');
    expect(purposes.get(7)).toBe('redesign');
    expect(purposes.get(10)).toBeNull();
  });
});

describe('the history names every kind of change in Norwegian', () => {
  it('has a sentence for every save unit and for a corrected decision', () => {
    for (const kind of HISTORY_CHANGE_KINDS) {
      const title = changeTitle(kind);
      expect(title, kind).not.toBe(UNKNOWN_CHANGE_TITLE);
      expectReadable({ title, detail: null });
      expect(title).toMatch(/ ble (endret|oppdatert|rettet)$/);
    }
    expect(new Set(HISTORY_CHANGE_KINDS.map((kind) => changeTitle(kind))).size).toBe(HISTORY_CHANGE_KINDS.length);
  });

  it('reads an unknown kind as a neutral sentence, never as its code', () => {
    expect(changeTitle('budsjett_v2')).toBe(UNKNOWN_CHANGE_TITLE);
    expect(correctionTitle('Birkenes kommune', 2)).toBe('Vedtaket fra Birkenes kommune i vedtaksrunde 2 ble rettet');
  });
});

describe('the history in nynorsk and English', () => {
  const nn = { steps: catalogueWords('nn', 'historikk.steg'), changes: catalogueWords('nn', 'historikk.endring') };
  const en = { steps: catalogueWords('en', 'historikk.steg'), changes: catalogueWords('en', 'historikk.endring') };
  const moved = { eventType: 'VELG_FASE', fromState: { etablering: 'innramming' }, toState: { etablering: 'stotte' } };
  const sent = { eventType: 'SEND_TIL_MEDLEMSVEDTAK', fromState: { redesign: 'deltakelse' }, toState: 'medlemsvedtak', round: 3 };

  it('tells a step in the reader language', () => {
    expect(stepPhrase(moved, nn.steps)).toEqual({ title: 'Gjekk til fasen støtte og tilrettelegging', detail: 'Etableringa gjekk frå fasen innramming til fasen støtte og tilrettelegging.' });
    expect(stepPhrase(moved, en.steps)).toEqual({ title: 'Went to the support and facilitation phase', detail: 'Establishing moved from the framing phase to the support and facilitation phase.' });
    expect(stepPhrase(sent, nn.steps).detail).toBe('Endringane vart lagd fram for kvar deltakar i vedtaksrunde 3. Kvar deltakar handsamar saka i sitt eige organ.');
    expect(stepPhrase(sent, en.steps).detail).toBe('The changes were put before each member in decision round 3. Each member deals with the matter in its own body.');
    expect(stepPhrase({ eventType: 'NOE_NYTT', fromState: null, toState: null }, en.steps)).toEqual({ title: 'A step in the lifecycle', detail: null });
    // Bokmål by default, and the same when asked for.
    expect(stepPhrase(moved, catalogueWords('nb', 'historikk.steg'))).toEqual(stepPhrase(moved));
  });

  it('names changes and corrections in the reader language', () => {
    expect(changeTitle('design', nn.changes)).toBe('Designet vart endra');
    expect(changeTitle('budsjett_v2', en.changes)).toBe('Information about the cooperation was changed');
    expect(correctionTitle('Birkenes kommune', 2, nn.changes)).toBe('Vedtaket frå Birkenes kommune i vedtaksrunde 2 vart retta');
    expect(correctionTitle('Birkenes kommune', 2, en.changes)).toBe('The decision of Birkenes kommune in decision round 2 was corrected');
  });
});

describe('stateLabel in another language', () => {
  it('names the state and its phase with the words given, bokmål by default', () => {
    const nn = { state: (s: keyof typeof CATALOGUES.nn.tilstand) => CATALOGUES.nn.tilstand[s], phase: (p: keyof typeof CATALOGUES.nn.livslop.fase) => CATALOGUES.nn.livslop.fase[p] };
    expect(stateLabel({ etablering: 'deltakelse' })).toBe('Etablering – Deltakelse');
    expect(stateLabel({ etablering: 'deltakelse' }, nn)).toBe('Etablering – Deltaking');
    expect(stateLabel('medlemsvedtak', { state: (s) => CATALOGUES.en.tilstand[s], phase: (p) => CATALOGUES.en.livslop.fase[p] })).toBe('Decisions by the members');
  });
});
