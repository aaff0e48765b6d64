'use client';
// Removes a person's account link (and the role it gave), after a confirmation.
import { ActionButton } from '@/app/_components/feedback/action-button';
import { unlinkPersonAction } from '../personer/actions';

export function UnlinkButton({ cooperationId, linkId, personName }: { cooperationId: string; linkId: string; personName: string }) {
  return (
    <ActionButton
      wrapperClassName="flex flex-col items-start"
      variant="tertiary"
      data-size="sm"
      data-color="danger"
      aria-label={`Fjern kontokoblingen for ${personName}`}
      confirm={`Fjerne kontokoblingen for ${personName}? Personen mister tilgangen koblingen ga.`}
      run={() => unlinkPersonAction({ cooperationId, linkId })}
      done={() => `Kontokoblingen for ${personName} er fjernet.`}
    >
      Fjern kobling
    </ActionButton>
  );
}
