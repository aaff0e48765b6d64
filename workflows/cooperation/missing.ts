// The list of what is missing before a guarded event can be sent: shown next to a disabled
// button and returned with a not_ready refusal. Bokmål unless the caller passes its words
// (the `livslop` namespace); the readiness rules' own sentences are still bokmål.
import type { Dossier } from '@/lib/pure/domain/dossier';
import { memberDecisionStatus, phaseReadiness } from '@/lib/pure/domain/readiness';
import { PHASES } from '@/lib/pure/domain/dossier';
import type { CooperationEventType } from './events';
import { bokmaalWords, type Words } from '@/lib/pure/i18n/loose-words';

export function missingFor(type: CooperationEventType, dossier: Dossier, decisionRound: number, exitMissing: string[], words: Words = bokmaalWords('livslop')): string[] {
  switch (type) {
    case 'SEND_TIL_MEDLEMSVEDTAK': {
      const readiness = phaseReadiness(dossier);
      return PHASES.flatMap((phase) => readiness[phase].missing.map((item) => words('mangler.phase', { phase: words(`fase.${phase}`), item })));
    }
    case 'ALLE_VEDTAK_FATTET': {
      const status = memberDecisionStatus(dossier, decisionRound);
      if (status.anyRejected) return [words('mangler.anyRejected')];
      return status.pending.map((name) => words('mangler.pending', { name }));
    }
    case 'VEDTAK_AVSLAG_TIL_DESIGN':
    case 'VEDTAK_AVSLAG_AVBRYT':
      return [words('mangler.noRejection')];
    case 'AVSLUTT_EVALUERING':
      return [words('mangler.evaluationOpen')];
    case 'AVVIKLING_FULLFORT':
      return exitMissing;
    default:
      return [];
  }
}
