'use client';
// Removes a person's account link (and the role it gave), after a confirmation. Its words come
// from the server parent, already in the request's language and naming the person.
import { ActionButton } from '@/app/_components/feedback/action-button';
import { unlinkPersonAction } from '../personer/actions';

export interface UnlinkWords {
  label: string;
  confirm: string;
  done: string;
  button: string;
}

export function UnlinkButton({ cooperationId, linkId, words }: { cooperationId: string; linkId: string; words: UnlinkWords }) {
  return (
    <ActionButton
      wrapperClassName="flex flex-col items-start"
      variant="tertiary"
      data-size="sm"
      data-color="danger"
      aria-label={words.label}
      confirm={words.confirm}
      run={() => unlinkPersonAction({ cooperationId, linkId })}
      done={() => words.done}
    >
      {words.button}
    </ActionButton>
  );
}
