import { Alert, Paragraph } from '@digdir/designsystemet-react';
import type { LifecycleState } from '@/lib/domain/dossier';
import { NOT_EDITABLE_MESSAGE, phasesEditable } from '@/lib/domain/editable';

/** Why a phase form is read-only, or nothing when the user may edit it now. */
export function PhaseEditNotice({ canEdit, state }: { canEdit: boolean; state: LifecycleState }) {
  if (!canEdit) {
    return (
      <Alert data-color="info" className="mb-6">
        <Paragraph data-size="sm">Du kan se denne fasen, men ikke endre den. Rådmannsteamet i en deltakerkommune eller den operative lederen kan gjøre endringer.</Paragraph>
      </Alert>
    );
  }
  if (!phasesEditable(state)) {
    return (
      <Alert data-color="warning" className="mb-6">
        <Paragraph data-size="sm">{NOT_EDITABLE_MESSAGE}</Paragraph>
      </Alert>
    );
  }
  return null;
}

/** True when the signed-in user may change the phase data now. */
export function phaseWritable(canEdit: boolean, state: LifecycleState): boolean {
  return canEdit && phasesEditable(state);
}
