// Which authorisation action each lifecycle event needs (decided by lib/pure/auth/can.ts).
import type { Action } from '@/lib/pure/auth/can';
import type { CooperationEventType } from './events';

const PERMISSIONS: Record<CooperationEventType, Action> = {
  START_ETABLERING: 'lifecycle.establish',
  REGISTRER_EKSISTERENDE: 'lifecycle.register',
  VELG_FASE: 'lifecycle.establish',
  SEND_TIL_MEDLEMSVEDTAK: 'lifecycle.establish',
  AVBRYT: 'lifecycle.establish',
  ENDRINGSFORSLAG: 'lifecycle.establish',
  FORKAST_ENDRINGER: 'lifecycle.establish',
  ALLE_VEDTAK_FATTET: 'lifecycle.decide',
  VEDTAK_AVSLAG_TIL_DESIGN: 'lifecycle.decide',
  VEDTAK_AVSLAG_AVBRYT: 'lifecycle.decide',
  START_EVALUERING: 'lifecycle.evaluate',
  AVSLUTT_EVALUERING: 'lifecycle.evaluate',
  BESLUTT_OPPRETTHOLDE: 'lifecycle.conclude',
  BESLUTT_REDESIGN: 'lifecycle.conclude',
  BESLUTT_AVVIKLE: 'lifecycle.conclude',
  AVVIKLING_FULLFORT: 'lifecycle.conclude',
};

export function eventPermission(type: CooperationEventType): Action {
  return PERMISSIONS[type];
}
