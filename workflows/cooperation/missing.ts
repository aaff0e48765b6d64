// The Norwegian list of what is missing before a guarded event can be sent: shown next to
// a disabled button and returned with a not_ready refusal.
import type { Dossier } from '@/lib/pure/domain/dossier';
import { memberDecisionStatus, phaseReadiness } from '@/lib/pure/domain/readiness';
import { PHASES } from '@/lib/pure/domain/dossier';
import type { CooperationEventType } from './events';
import { STATE_LABELS } from './states';

export function missingFor(type: CooperationEventType, dossier: Dossier, decisionRound: number, exitMissing: string[]): string[] {
  switch (type) {
    case 'SEND_TIL_MEDLEMSVEDTAK': {
      const readiness = phaseReadiness(dossier);
      return PHASES.flatMap((phase) => readiness[phase].missing.map((m) => `${STATE_LABELS[phase]}: ${m}`));
    }
    case 'ALLE_VEDTAK_FATTET': {
      const status = memberDecisionStatus(dossier, decisionRound);
      if (status.anyRejected) return ['Minst én deltaker har vedtatt avslag. Velg hva som skal skje videre.'];
      return status.pending.map((name) => `Mangler vedtak om tilslutning fra ${name}`);
    }
    case 'VEDTAK_AVSLAG_TIL_DESIGN':
    case 'VEDTAK_AVSLAG_AVBRYT':
      return ['Ingen deltaker har vedtatt avslag i denne vedtaksrunden.'];
    case 'AVSLUTT_EVALUERING':
      return ['Evalueringsrunden er ikke lukket ennå.'];
    case 'AVVIKLING_FULLFORT':
      return exitMissing;
    default:
      return [];
  }
}
