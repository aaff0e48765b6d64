// What the phase forms share: why a form is read-only, how it looks then, and the message
// shown when the browser's own check stops a save.
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
        <Paragraph data-size="sm">
          {state === 'medlemsvedtak'
            ? 'Saken er sendt til vedtak i deltakerne. Fasene kan ikke endres mens kommunene behandler den samme saken.'
            : NOT_EDITABLE_MESSAGE}
        </Paragraph>
      </Alert>
    );
  }
  return null;
}

/**
 * For the disabled fieldset of a read-only form: Designsystemet fades disabled fields to
 * about 30 % opacity, too faint to read, so the fields keep full opacity and show the
 * tinted background of a read-only field instead. Not on checkboxes and radios: their
 * background is the check itself, so a tinted one would show a ticked box as empty.
 */
export const READ_ONLY_FIELDS_CLASS =
  '[--ds-opacity-disabled:1] [&_.ds-input:disabled:not([type=checkbox]):not([type=radio])]:bg-[var(--ds-color-neutral-background-tinted)]';

export const FIX_FIELDS_MESSAGE = 'Noen av feltene må rettes før du kan lagre. Se meldingene ved feltene.';

/** True when the signed-in user may change the phase data now. */
export function phaseWritable(canEdit: boolean, state: LifecycleState): boolean {
  return canEdit && phasesEditable(state);
}
