'use client';
// "Endre møtet": the meeting form, opened in place.
import { useState } from 'react';
import { Button } from '@digdir/designsystemet-react';
import { MeetingForm, type BodyOption } from './meeting-form';
import type { MeetingInput } from '@/lib/pure/validation/bodies';
import type { Messages } from '@/lib/pure/i18n/catalogues';
import { fillTemplate } from '@/lib/pure/i18n/template';

export function EditMeeting(props: { cooperationId: string; bodies: BodyOption[]; initial: Omit<MeetingInput, 'cooperationId'> & { bodyName: string }; noticeDays: number; label: string; words: Messages['moter']['skjema']; fixFields: string }) {
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <Button variant="tertiary" data-size="sm" onClick={() => setOpen(true)} aria-label={fillTemplate(props.words.editLabel, { label: props.label })}>
        {props.words.edit}
      </Button>
    );
  }
  return (
    <div className="mt-3 rounded-md border border-[var(--ds-color-neutral-border-subtle)] p-3">
      <MeetingForm cooperationId={props.cooperationId} bodies={props.bodies} initial={props.initial} noticeDays={props.noticeDays}
        onDone={() => setOpen(false)}
        words={props.words}
        fixFields={props.fixFields}
      />
    </div>
  );
}
