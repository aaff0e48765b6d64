// How the history tells a lifecycle step: a short Norwegian title and one sentence on what the
// step meant, for every transition the machine can make. A user never reads a state name,
// a state path or an event code here: an unknown event or a foreign state value (data from an
// older machine) reads as a neutral phrase instead.
import type { LifecycleState, Phase } from '@/lib/pure/domain/dossier';
import { COOPERATION_EVENT_TYPES, type CooperationEventType } from './events';
import type { DecisionPurpose } from './machine';
import { currentPhase, lifecycleState } from './states';

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

/** The phase names as they read inside a sentence ("fasen støtte og tilrettelegging"). */
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

const inPhase = (w: Where, fallback: string) => (w.phase ? `fasen ${PHASE_IN_SENTENCE[w.phase]}` : fallback);
const process = (w: Where) => (w.state === 'redesign' ? 'Redesignen' : 'Etableringen');
const redesignStart = (to: Where) => `Redesignen startet i ${inPhase(to, 'fasene')}. Endringene må vedtas i deltakerne før de gjelder.`;

type Phraser = (from: Where, to: Where, step: RecordedStep) => StepPhrase;

const PHRASES: Record<CooperationEventType, Phraser> = {
  START_ETABLERING: (_from, to) => ({ title: 'Etableringen startet', detail: `Arbeidet begynte med ${inPhase(to, 'fasene')}.` }),
  REGISTRER_EKSISTERENDE: () => ({
    title: 'Registrert som eksisterende samarbeid',
    detail: 'Samarbeidet var etablert før det ble registrert i Brobygger, og ble registrert rett i drift.',
  }),
  VELG_FASE: (from, to) => ({
    title: to.phase ? `Gikk til fasen ${PHASE_IN_SENTENCE[to.phase]}` : 'Gikk til en annen fase',
    detail:
      from.phase && to.phase && from.phase !== to.phase
        ? `${process(to)} gikk fra fasen ${PHASE_IN_SENTENCE[from.phase]} til fasen ${PHASE_IN_SENTENCE[to.phase]}.`
        : `${process(to)} fortsatte i ${inPhase(to, 'samme fase')}.`,
  }),
  SEND_TIL_MEDLEMSVEDTAK: (from, _to, step) => ({
    title: 'Sendt til vedtak i deltakerne',
    detail: `${from.state === 'redesign' ? 'Endringene' : 'Etableringen'} ble lagt fram for hver deltaker${step.round ? ` i vedtaksrunde ${step.round}` : ''}. Hver deltaker behandler saken i sitt eget organ.`,
  }),
  ALLE_VEDTAK_FATTET: (_from, _to, step) =>
    step.purpose === 'redesign'
      ? { title: 'Alle deltakerne sluttet seg til endringene', detail: 'Endringene gjelder, og samarbeidet fortsetter i drift.' }
      : { title: 'Alle deltakerne sluttet seg til', detail: step.purpose === 'etablering' ? 'Samarbeidet er etablert og gikk i drift.' : 'Samarbeidet gikk i drift.' },
  VEDTAK_AVSLAG_TIL_DESIGN: (_from, to) => ({
    title: 'En deltaker sa nei – tilbake til design',
    detail:
      to.state === 'redesign'
        ? 'Redesignen gikk tilbake til fasen design, så endringene kan justeres før en ny vedtaksrunde.'
        : 'Etableringen gikk tilbake til fasen design, så deltakelsen kan endres før en ny vedtaksrunde.',
  }),
  VEDTAK_AVSLAG_AVBRYT: () => ({ title: 'En deltaker sa nei – etableringen ble avbrutt', detail: 'Samarbeidet ble ikke etablert.' }),
  FORKAST_ENDRINGER: (from) => ({
    title: 'Endringene ble forkastet',
    detail: from.state === 'medlemsvedtak' ? 'Saken ble trukket fra deltakerne, og samarbeidet fortsetter i drift som før.' : 'Samarbeidet fortsetter i drift som før.',
  }),
  AVBRYT: (from) =>
    from.state === 'utkast'
      ? { title: 'Utkastet ble avbrutt', detail: 'Etableringen ble aldri startet.' }
      : {
          title: 'Etableringen ble avbrutt',
          detail: from.state === 'medlemsvedtak' ? 'Saken ble trukket fra deltakerne, og samarbeidet ble ikke etablert.' : 'Samarbeidet ble ikke etablert.',
        },
  START_EVALUERING: () => ({ title: 'Evalueringen startet', detail: 'Samarbeidet drives som før mens det evalueres.' }),
  AVSLUTT_EVALUERING: () => ({
    title: 'Evalueringen ble avsluttet',
    detail: 'Deretter skal det besluttes om samarbeidet skal opprettholdes, redesignes eller avvikles.',
  }),
  BESLUTT_OPPRETTHOLDE: () => ({ title: 'Besluttet å opprettholde samarbeidet', detail: 'Samarbeidet fortsetter i drift som før.' }),
  BESLUTT_REDESIGN: (_from, to) => ({ title: 'Besluttet å redesigne samarbeidet', detail: redesignStart(to) }),
  BESLUTT_AVVIKLE: () => ({
    title: 'Besluttet å avvikle samarbeidet',
    detail: 'Avviklingen startet. Sjekklisten for avvikling må fullføres før samarbeidet er avviklet.',
  }),
  ENDRINGSFORSLAG: (_from, to) => ({ title: 'Endring foreslått', detail: redesignStart(to) }),
  AVVIKLING_FULLFORT: () => ({ title: 'Avviklingen ble fullført', detail: 'Samarbeidet er avviklet.' }),
};

/** Said of an event this version does not know (written by an older or newer version). */
export const UNKNOWN_STEP: StepPhrase = { title: 'Et steg i livsløpet', detail: null };

function isKnownEvent(type: string): type is CooperationEventType {
  return (COOPERATION_EVENT_TYPES as readonly string[]).includes(type);
}

/** The history's phrase for one recorded step. */
export function stepPhrase(step: RecordedStep): StepPhrase {
  if (!isKnownEvent(step.eventType)) return UNKNOWN_STEP;
  return PHRASES[step.eventType](where(step.fromState), where(step.toState), step);
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
