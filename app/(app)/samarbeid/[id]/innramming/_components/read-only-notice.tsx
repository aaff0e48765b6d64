// Why a phase form cannot be changed, shown above the disabled form. Shared by the
// innramming and design pages.
import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { LifecycleState } from '@/lib/domain/dossier';
import { NOT_EDITABLE_MESSAGE, phasesEditable } from '@/lib/domain/editable';

/** Null when the user may edit the phase now; otherwise the sentence that explains why not. */
export function readOnlyReason(canEdit: boolean, state: LifecycleState): string | null {
  if (!phasesEditable(state)) return NOT_EDITABLE_MESSAGE;
  if (!canEdit) return 'Det er rådmannsteamet i deltakerkommunene og operativ leder som kan endre denne fasen.';
  return null;
}

export function ReadOnlyNotice({ reason }: { reason: string }) {
  return (
    <Alert data-color="info" className="mb-6">
      <Heading level={2} data-size="xs">
        Du kan lese, men ikke endre
      </Heading>
      <Paragraph className="mt-1">{reason}</Paragraph>
    </Alert>
  );
}
