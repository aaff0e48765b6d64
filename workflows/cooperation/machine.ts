// The cooperation lifecycle as one xstate machine. Pure: no db, no clock, no I/O. Guarded
// events carry ReadinessFacts computed by the runner (lib/pure/domain/readiness.ts), so the
// machine decides only on what it is told and its own context. Persist MACHINE_VERSION
// with every snapshot; bump it when a stored snapshot would no longer resolve.

import { and, assign, not, setup, type SnapshotFrom, type StateValue } from 'xstate';
import { PHASES, type Phase } from '@/lib/pure/domain/dossier';
import type { ReadinessFacts } from '@/lib/pure/domain/readiness';
import { COOPERATION_EVENT_TYPES, isFactEventType, type CooperationEvent, type CooperationEventType } from './events';

export * from './events';
export * from './states';

export const MACHINE_VERSION = 1;

/** What a round of member decisions is about: joining, or a change to a running cooperation. */
export type DecisionPurpose = 'etablering' | 'redesign';

export interface CooperationContext {
  /** Rounds sent to member decisions so far; while in medlemsvedtak, the current round. */
  decisionRound: number;
  decisionPurpose: DecisionPurpose | null;
}

export const INITIAL_CONTEXT: CooperationContext = { decisionRound: 0, decisionPurpose: null };

function factsOf(event: CooperationEvent): ReadinessFacts | null {
  return 'facts' in event ? event.facts : null;
}

// Etablering and redesign share the four typology phases, visited in any order.
const phaseStates = () => ({ innramming: {}, design: {}, stotte: {}, deltakelse: {} });
const choosePhase = PHASES.map((phase) => ({
  guard: { type: 'isPhase' as const, params: { phase } },
  target: `.${phase}`,
}));

export const cooperationMachine = setup({
  types: {
    context: {} as CooperationContext,
    events: {} as CooperationEvent,
  },
  guards: {
    isPhase: ({ event }, params: { phase: Phase }) => event.type === 'VELG_FASE' && event.phase === params.phase,
    allPhasesReady: ({ event }) => {
      const facts = factsOf(event);
      return facts !== null && PHASES.every((phase) => facts.phasesReady[phase]);
    },
    // Facts for another round (a stale page, a runner bug) must never let a case through.
    allMembersConsented: ({ context, event }) => {
      const facts = factsOf(event);
      return facts !== null && facts.decisions.round === context.decisionRound && facts.decisions.allConsented;
    },
    someMemberRejected: ({ context, event }) => {
      const facts = factsOf(event);
      return facts !== null && facts.decisions.round === context.decisionRound && facts.decisions.anyRejected;
    },
    decidingRedesign: ({ context }) => context.decisionPurpose === 'redesign',
    evaluationClosed: ({ event }) => factsOf(event)?.evaluationClosed === true,
    exitChecklistComplete: ({ event }) => factsOf(event)?.exitChecklistComplete === true,
  },
  actions: {
    beginDecisionRound: assign(({ context }, params: { purpose: DecisionPurpose }) => ({
      decisionRound: context.decisionRound + 1,
      decisionPurpose: params.purpose,
    })),
  },
}).createMachine({
  id: 'cooperation',
  context: INITIAL_CONTEXT,
  initial: 'utkast',
  states: {
    utkast: {
      // A cooperation that already runs is registered straight into drift: it was
      // established before Brobygger, so there is no establishing or member decision here.
      on: { START_ETABLERING: 'etablering', REGISTRER_EKSISTERENDE: 'drift', AVBRYT: 'avbrutt' },
    },
    etablering: {
      initial: 'innramming',
      states: phaseStates(),
      on: {
        VELG_FASE: choosePhase,
        SEND_TIL_MEDLEMSVEDTAK: {
          guard: 'allPhasesReady',
          target: 'medlemsvedtak',
          actions: { type: 'beginDecisionRound', params: { purpose: 'etablering' } },
        },
        AVBRYT: 'avbrutt',
      },
    },
    medlemsvedtak: {
      on: {
        ALLE_VEDTAK_FATTET: { guard: 'allMembersConsented', target: 'drift' },
        // A no usually means a membership change, which is a design question.
        VEDTAK_AVSLAG_TIL_DESIGN: [
          { guard: and(['someMemberRejected', 'decidingRedesign']), target: 'redesign.design' },
          { guard: 'someMemberRejected', target: 'etablering.design' },
        ],
        // A running cooperation is never aborted by a rejected change; it keeps running.
        VEDTAK_AVSLAG_AVBRYT: { guard: and(['someMemberRejected', not('decidingRedesign')]), target: 'avbrutt' },
        AVBRYT: { guard: not('decidingRedesign'), target: 'avbrutt' },
        FORKAST_ENDRINGER: { guard: 'decidingRedesign', target: 'drift' },
      },
    },
    drift: {
      on: { START_EVALUERING: 'evaluering', ENDRINGSFORSLAG: 'redesign' },
    },
    evaluering: {
      on: { AVSLUTT_EVALUERING: { guard: 'evaluationClosed', target: 'beslutning' } },
    },
    beslutning: {
      on: { BESLUTT_OPPRETTHOLDE: 'drift', BESLUTT_REDESIGN: 'redesign', BESLUTT_AVVIKLE: 'avvikling' },
    },
    redesign: {
      // Most changes (a member leaving, a new host) start as design questions.
      initial: 'design',
      states: phaseStates(),
      on: {
        VELG_FASE: choosePhase,
        SEND_TIL_MEDLEMSVEDTAK: {
          guard: 'allPhasesReady',
          target: 'medlemsvedtak',
          actions: { type: 'beginDecisionRound', params: { purpose: 'redesign' } },
        },
        FORKAST_ENDRINGER: 'drift',
      },
    },
    avvikling: {
      on: { AVVIKLING_FULLFORT: { guard: 'exitChecklistComplete', target: 'avviklet' } },
    },
    avviklet: { type: 'final' },
    avbrutt: { type: 'final' },
  },
});

export type CooperationSnapshot = SnapshotFrom<typeof cooperationMachine>;

/** Facts under which every guard that reads facts passes: probes what a state offers at all. */
function permissiveFacts(round: number): ReadinessFacts {
  return {
    phasesReady: { innramming: true, design: true, stotte: true, deltakelse: true },
    decisions: { round, allConsented: true, anyRejected: true },
    evaluationClosed: true,
    exitChecklistComplete: true,
  };
}

function isSnapshot(from: CooperationSnapshot | StateValue): from is CooperationSnapshot {
  return typeof from === 'object' && 'status' in from && 'context' in from;
}

/**
 * The event types the state offers, in COOPERATION_EVENT_TYPES order: one button each.
 * Fact guards are assumed to pass, so a button may still be refused; show
 * EVENT_REQUIREMENTS and the readiness gaps next to it. Given a bare state value, the
 * context is assumed to be that of an establishing case.
 */
export function availableEvents(from: CooperationSnapshot | StateValue): CooperationEventType[] {
  const snapshot = isSnapshot(from)
    ? from
    : cooperationMachine.resolveState({ value: from, context: { decisionRound: 1, decisionPurpose: 'etablering' } });
  const facts = permissiveFacts(snapshot.context.decisionRound);
  return COOPERATION_EVENT_TYPES.filter((type) => {
    if (type === 'VELG_FASE') return PHASES.some((phase) => snapshot.can({ type, phase }));
    return snapshot.can(isFactEventType(type) ? { type, facts } : { type });
  });
}

/** Whether the machine accepts this exact event now, guards and facts included. */
export function canSend(snapshot: CooperationSnapshot, event: CooperationEvent): boolean {
  return snapshot.can(event);
}
