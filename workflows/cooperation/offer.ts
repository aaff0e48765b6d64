// What the lifecycle offers one user now: each possible step with whether the user may take
// it, whether the cooperation is ready for it, and what is missing. Pure; the page renders it.
import { can, type Resource } from '@/lib/pure/auth/can';
import type { SessionUser } from '@/lib/pure/auth/roles';
import type { Dossier } from '@/lib/pure/domain/dossier';
import { exitChecklistMissing, type ExitChecklistState } from '@/lib/pure/domain/exit-checklist';
import { readinessFacts } from '@/lib/pure/domain/readiness';
import { bokmaalWords, type Words } from '@/lib/pure/i18n/loose-words';
import type { MissingRuleWords } from '@/lib/pure/domain/missing-words';
import { availableEvents, cooperationEvent, type CooperationEventType } from './machine';
import { missingItemsFor, type MissingItem } from './missing';
import { eventPermission } from './permissions';
import { restorableSnapshot, type StoredLifecycle } from './snapshots';

export interface OfferedStep {
  type: CooperationEventType;
  label: string;
  ready: boolean;
  /** What is missing, as sentences ("Innramming: Mangler …"). */
  missing: string[];
  /** The same in parts, saying which texts are still bokmål. */
  missingItems: MissingItem[];
  /** Ends or reverses something: the UI asks for confirmation. */
  destructive: boolean;
}

export interface LifecycleOffer {
  steps: OfferedStep[];
  /** Steps exist in this state but the user's roles allow none of them. */
  hiddenByRole: boolean;
  /**
   * The user may conclude the evaluation. The decision is taken with its summary and
   * recommendation in a form on the evaluation page, never as a bare button, so the
   * BESLUTT_* steps are not among `steps`.
   */
  decisionForm: boolean;
  decisionRound: number;
}

const DESTRUCTIVE: readonly CooperationEventType[] = ['AVBRYT', 'VEDTAK_AVSLAG_AVBRYT', 'FORKAST_ENDRINGER', 'AVVIKLING_FULLFORT'];
const DECISION_STEPS: readonly CooperationEventType[] = ['BESLUTT_OPPRETTHOLDE', 'BESLUTT_REDESIGN', 'BESLUTT_AVVIKLE'];
/** Taken with the real start date on the registration form or by import, never as a bare button. */
const FORM_ONLY_STEPS: readonly CooperationEventType[] = ['REGISTRER_EKSISTERENDE'];

/**
 * `words`: the `livslop` namespace in the reader's language (bokmål by default); `rules`: the
 * readiness rules' and the exit checklist's words in that language (else those stay bokmål).
 */
export function lifecycleOffer(
  stored: StoredLifecycle & { exitChecklist: unknown },
  dossier: Dossier,
  user: SessionUser,
  resource: Resource,
  words: Words = bokmaalWords('livslop'),
  rules?: MissingRuleWords,
): LifecycleOffer {
  const snapshot = restorableSnapshot(stored);
  const exitMissing = exitChecklistMissing(stored.exitChecklist as ExitChecklistState | null, rules?.exit);
  const facts = readinessFacts(dossier, { decisionRound: snapshot.context.decisionRound, exitChecklistComplete: exitMissing.length === 0 });
  // Choosing a phase is navigation in the UI, not a button.
  const possible = availableEvents(snapshot).filter((t) => t !== 'VELG_FASE' && !FORM_ONLY_STEPS.includes(t));
  const permitted = possible.filter((t) => can(user, eventPermission(t), resource));
  const steps = permitted.filter((t) => !DECISION_STEPS.includes(t)).map((type): OfferedStep => {
    const ready = snapshot.can(cooperationEvent(type, { facts }));
    const missingItems = ready ? [] : missingItemsFor(type, dossier, snapshot.context.decisionRound, exitMissing, words, rules);
    return {
      type,
      label: words(`hendelse.${type}`),
      ready,
      missing: missingItems.map((item) => (item.phase === null ? item.text : words('mangler.phase', { phase: item.phase, item: item.text }))),
      missingItems,
      destructive: DESTRUCTIVE.includes(type),
    };
  });
  // A rejection step only makes sense when someone rejected; hide it when not ready.
  const visible = steps.filter((s) => s.ready || !(s.type === 'VEDTAK_AVSLAG_TIL_DESIGN' || s.type === 'VEDTAK_AVSLAG_AVBRYT'));
  return {
    steps: visible,
    hiddenByRole: possible.length > 0 && permitted.length === 0,
    decisionForm: permitted.some((t) => DECISION_STEPS.includes(t)),
    decisionRound: snapshot.context.decisionRound,
  };
}
