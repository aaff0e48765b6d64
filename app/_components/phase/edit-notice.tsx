// What the phase forms share: why a form is wholly or partly read-only (the rule of
// lib/pure/domain/section-rules.ts), how it looks then, and the message shown when the browser's
// own check stops a save.
import { Alert, Paragraph } from '@digdir/designsystemet-react';
import type { LifecycleState } from '@/lib/pure/domain/dossier';
import { CHANGE_RULE_LABELS, editMode, frozenMessage } from '@/lib/pure/domain/section-rules';

const RUNNING_PHRASE: Partial<Record<LifecycleState, string>> = {
  drift: 'i drift',
  evaluering: 'under evaluering',
  beslutning: 'til beslutning etter en evaluering',
  avvikling: 'under avvikling',
};

/** Why a phase form is read-only or partly locked, or nothing when everything may change now. */
export function PhaseEditNotice({ canEdit, state, completing = false }: { canEdit: boolean; state: LifecycleState; completing?: boolean }) {
  if (!canEdit) {
    return (
      <Alert data-color="info" className="mb-6">
        <Paragraph data-size="sm">Du kan se denne fasen, men ikke endre den. Rådmannsteamet i en deltakerkommune eller den operative lederen kan gjøre endringer.</Paragraph>
      </Alert>
    );
  }
  const frozen = frozenMessage(state);
  if (frozen) {
    return (
      <Alert data-color="warning" className="mb-6">
        <Paragraph data-size="sm">{frozen}</Paragraph>
      </Alert>
    );
  }
  if (editMode(state) === 'drift') {
    return (
      <Alert data-color="info" className="mb-6" data-testid="drift-regel">
        <Paragraph data-size="sm">
          Samarbeidet er {RUNNING_PHRASE[state] ?? 'i drift'}. Deler merket «{CHANGE_RULE_LABELS.drift}» endrer du direkte, og endringene kommer i historikken.
          Deler merket «{CHANGE_RULE_LABELS.vedtak}» er låst her og endres gjennom en redesign som deltakerne vedtar.
          {completing ? ' Der det mangler opplysninger om det deltakerne allerede har vedtatt, kan du fylle dem ut; det står ved delen.' : null}
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

/** True when the signed-in user may change at least part of the phase data now. */
export function phaseWritable(canEdit: boolean, state: LifecycleState): boolean {
  return canEdit && editMode(state) !== 'ingen';
}
