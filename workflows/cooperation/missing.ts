// The list of what is missing before a guarded event can be sent: shown next to a disabled
// button and returned with a not_ready refusal. In the caller's words (the `livslop`
// namespace, bokmål by default). The readiness rules' and the exit checklist's own sentences
// are bokmål unless the caller gives their words too (lib/pure/domain/missing-words.ts);
// missingItemsFor says which are still bokmål, so a page can mark them.
import type { Dossier } from '@/lib/pure/domain/dossier';
import { memberDecisionStatus, phaseReadiness } from '@/lib/pure/domain/readiness';
import { PHASES } from '@/lib/pure/domain/dossier';
import type { CooperationEventType } from './events';
import { bokmaalWords, type Words } from '@/lib/pure/i18n/loose-words';
import type { MissingRuleWords } from '@/lib/pure/domain/missing-words';

export interface MissingItem {
  /** The phase the item belongs to, in the caller's words; null when none. */
  phase: string | null;
  text: string;
  /** The text is in the caller's language; false for sentences that are still bokmål. */
  translated: boolean;
}

/** `exitMissing`: the exit checklist's sentences, already in `rules`' language when `rules` is given. */
export function missingItemsFor(
  type: CooperationEventType,
  dossier: Dossier,
  decisionRound: number,
  exitMissing: string[],
  words: Words = bokmaalWords('livslop'),
  rules?: MissingRuleWords,
): MissingItem[] {
  const own = (text: string): MissingItem => ({ phase: null, text, translated: true });
  switch (type) {
    case 'SEND_TIL_MEDLEMSVEDTAK': {
      if (rules) return PHASES.flatMap((phase) => rules.phase(phase, dossier).map((text) => ({ phase: words(`fase.${phase}`), text, translated: true })));
      const readiness = phaseReadiness(dossier);
      return PHASES.flatMap((phase) => readiness[phase].missing.map((text) => ({ phase: words(`fase.${phase}`), text, translated: false })));
    }
    case 'ALLE_VEDTAK_FATTET': {
      const status = memberDecisionStatus(dossier, decisionRound);
      if (status.anyRejected) return [own(words('mangler.anyRejected'))];
      return status.pending.map((name) => own(words('mangler.pending', { name })));
    }
    case 'VEDTAK_AVSLAG_TIL_DESIGN':
    case 'VEDTAK_AVSLAG_AVBRYT':
      return [own(words('mangler.noRejection'))];
    case 'AVSLUTT_EVALUERING':
      return [own(words('mangler.evaluationOpen'))];
    case 'AVVIKLING_FULLFORT':
      return exitMissing.map((text) => ({ phase: null, text, translated: rules !== undefined }));
    default:
      return [];
  }
}

/** The same as sentences: "Innramming: Mangler …". */
export function missingFor(...args: Parameters<typeof missingItemsFor>): string[] {
  const words = args[4] ?? bokmaalWords('livslop');
  return missingItemsFor(...args).map((item) => (item.phase === null ? item.text : words('mangler.phase', { phase: item.phase, item: item.text })));
}
