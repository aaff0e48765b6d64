// How the history tells a lifecycle step (in the reader's language, bokmål by default): a short title and one sentence on what the
// step meant, for every transition the machine can make. A user never reads a state name,
// a state path or an event code here: an unknown event or a foreign state value (data from an
// older machine) reads as a neutral phrase instead.
import type { LifecycleState, Phase } from '@/lib/pure/domain/dossier';
import { COOPERATION_EVENT_TYPES, type CooperationEventType } from './events';
import type { DecisionPurpose } from './machine';
import { currentPhase, lifecycleState } from './states';
import { bokmaalWords, type Words } from '@/lib/pure/i18n/loose-words';

export interface StepPhrase {
  title: string;
  /** What the step meant for the cooperation, as one or two sentences; null when unknown. */
  detail: string | null;
}

export interface RecordedStep {
  eventType: string;
  fromState: unknown;
  toState: unknown;
  /** The round of member decisions after the step (the runner's payload), when known. */
  round?: number | null;
  /** What the round of member decisions was about, for the steps that end one (see decisionPurposes). */
  purpose?: DecisionPurpose | null;
}

/** The phase names as they read inside a bokmål sentence ("fasen støtte og tilrettelegging"); the catalogue's historikk.steg.fase has them in every language. */
export const PHASE_IN_SENTENCE: Record<Phase, string> = {
  innramming: 'innramming',
  design: 'design',
  stotte: 'støtte og tilrettelegging',
  deltakelse: 'deltakelse',
};

interface Where {
  state: LifecycleState | null;
  phase: Phase | null;
}

function where(value: unknown): Where {
  try {
    const state = lifecycleState(value as Parameters<typeof lifecycleState>[0]);
    return { state, phase: currentPhase(value as Parameters<typeof currentPhase>[0]) };
  } catch {
    return { state: null, phase: null };
  }
}

type Phraser = (from: Where, to: Where, step: RecordedStep, w: Words) => StepPhrase;

const inPhase = (w: Words, where: Where, fallback: 'phases' | 'samePhase') => (where.phase ? w('inPhase', { phase: w(`fase.${where.phase}`) }) : w(fallback));
const process = (to: Where) => (to.state === 'redesign' ? 'redesign' : 'etablering');
const redesignStart = (w: Words, to: Where) => w('redesignStart', { where: inPhase(w, to, 'phases') });

const PHRASES: Record<CooperationEventType, Phraser> = {
  START_ETABLERING: (_from, to, _step, w) => ({ title: w('startTitle'), detail: w('startDetail', { where: inPhase(w, to, 'phases') }) }),
  REGISTRER_EKSISTERENDE: (_from, _to, _step, w) => ({ title: w('existingTitle'), detail: w('existingDetail') }),
  VELG_FASE: (from, to, _step, w) => ({
    title: to.phase ? w('phaseTitle', { phase: w(`fase.${to.phase}`) }) : w('phaseTitleOther'),
    detail:
      from.phase && to.phase && from.phase !== to.phase
        ? w('phaseMoved', { process: process(to), from: w(`fase.${from.phase}`), to: w(`fase.${to.phase}`) })
        : w('phaseStayed', { process: process(to), where: inPhase(w, to, 'samePhase') }),
  }),
  SEND_TIL_MEDLEMSVEDTAK: (from, _to, step, w) => {
    const what = from.state === 'redesign' ? 'redesign' : 'etablering';
    return { title: w('sentTitle'), detail: step.round ? w('sentDetailRound', { what, round: step.round }) : w('sentDetail', { what }) };
  },
  ALLE_VEDTAK_FATTET: (_from, _to, step, w) =>
    step.purpose === 'redesign'
      ? { title: w('consentChangesTitle'), detail: w('consentChangesDetail') }
      : { title: w('consentTitle'), detail: step.purpose === 'etablering' ? w('consentEstablished') : w('consentRunning') },
  VEDTAK_AVSLAG_TIL_DESIGN: (_from, to, _step, w) => ({
    title: w('rejectDesignTitle'),
    detail: to.state === 'redesign' ? w('rejectDesignRedesign') : w('rejectDesignEstablishing'),
  }),
  VEDTAK_AVSLAG_AVBRYT: (_from, _to, _step, w) => ({ title: w('rejectAbortTitle'), detail: w('notEstablished') }),
  FORKAST_ENDRINGER: (from, _to, _step, w) => ({
    title: w('discardTitle'),
    detail: from.state === 'medlemsvedtak' ? w('discardWithdrawn') : w('continuesAsBefore'),
  }),
  AVBRYT: (from, _to, _step, w) =>
    from.state === 'utkast'
      ? { title: w('abortDraftTitle'), detail: w('abortDraftDetail') }
      : { title: w('abortTitle'), detail: from.state === 'medlemsvedtak' ? w('abortWithdrawn') : w('notEstablished') },
  START_EVALUERING: (_from, _to, _step, w) => ({ title: w('evaluationStartTitle'), detail: w('evaluationStartDetail') }),
  AVSLUTT_EVALUERING: (_from, _to, _step, w) => ({ title: w('evaluationEndTitle'), detail: w('evaluationEndDetail') }),
  BESLUTT_OPPRETTHOLDE: (_from, _to, _step, w) => ({ title: w('keepTitle'), detail: w('continuesAsBefore') }),
  BESLUTT_REDESIGN: (_from, to, _step, w) => ({ title: w('redesignTitle'), detail: redesignStart(w, to) }),
  BESLUTT_AVVIKLE: (_from, _to, _step, w) => ({ title: w('windDownTitle'), detail: w('windDownDetail') }),
  ENDRINGSFORSLAG: (_from, to, _step, w) => ({ title: w('proposalTitle'), detail: redesignStart(w, to) }),
  AVVIKLING_FULLFORT: (_from, _to, _step, w) => ({ title: w('woundUpTitle'), detail: w('woundUpDetail') }),
};

/** Said of an event this version does not know (written by an older or newer version). */
export const UNKNOWN_STEP: StepPhrase = { title: 'Et steg i livsløpet', detail: null };

function isKnownEvent(type: string): type is CooperationEventType {
  return (COOPERATION_EVENT_TYPES as readonly string[]).includes(type);
}

/** The history's phrase for one recorded step; `words` is the `historikk.steg` namespace (bokmål by default). */
export function stepPhrase(step: RecordedStep, words: Words = bokmaalWords('historikk.steg')): StepPhrase {
  if (!isKnownEvent(step.eventType)) return { title: words('unknown'), detail: null };
  return PHRASES[step.eventType](where(step.fromState), where(step.toState), step, words);
}

/**
 * What each round of member decisions was about, for the steps that end one: the step that
 * opened the round says it (sent from etablering or from redesign). Keyed by seq; steps in
 * any order; null where no opening step is on record.
 */
export function decisionPurposes(steps: readonly { seq: number; eventType: string; fromState: unknown }[]): Map<number, DecisionPurpose | null> {
  const purposes = new Map<number, DecisionPurpose | null>();
  let open: DecisionPurpose | null = null;
  for (const s of [...steps].sort((a, b) => a.seq - b.seq)) {
    purposes.set(s.seq, open);
    if (s.eventType === 'SEND_TIL_MEDLEMSVEDTAK') {
      const from = where(s.fromState).state;
      open = from === 'redesign' ? 'redesign' : from === 'etablering' ? 'etablering' : null;
    }
  }
  return purposes;
}
