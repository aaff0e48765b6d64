// The exit checklist for winding a cooperation down: for each item of EXIT_ITEMS whether it
// is done and a note (what was agreed, who is responsible, where it is documented). One
// schema for the form and the server; an item ticked off must say where it is settled, so
// the checklist can be audited afterwards. Unknown item ids are dropped.
import { z } from '@/lib/pure/validation/zod';
import { joinParts, yesNo, type FieldView } from '@/lib/pure/domain/change-log';
import { EXIT_ITEMS, type ExitChecklistState } from '@/lib/pure/domain/exit-checklist';
import { cooperationIdField, optionalText, versionField } from './phases/common';
import { FORM_UNREADABLE } from '@/lib/pure/validation/messages';
import { msg } from '@/lib/pure/validation/reference';

export const EXIT_NOTE_MAX = 2000;

export const EXIT_VALIDATION_MESSAGES = {
  noteRequired: msg('exitNoteRequired'),
} as const;

const itemSchema = z
  .object({ done: z.boolean({ error: FORM_UNREADABLE }), note: optionalText(EXIT_NOTE_MAX) }, FORM_UNREADABLE)
  .refine((item) => !item.done || item.note !== null, { path: ['note'], error: EXIT_VALIDATION_MESSAGES.noteRequired })
  .prefault({ done: false, note: '' });

export const exitChecklistSchema = z.object(
  {
    cooperationId: cooperationIdField(),
    items: z.object(Object.fromEntries(EXIT_ITEMS.map((item) => [item.id, itemSchema])), FORM_UNREADABLE).prefault({}),
    version: versionField(),
  },
  FORM_UNREADABLE,
);

export const completeExitSchema = z.object(
  {
    cooperationId: cooperationIdField(),
    /** The cooperation's row version the page showed; a different one is a conflict. */
    expectedVersion: z.int({ error: FORM_UNREADABLE }).min(0, FORM_UNREADABLE),
  },
  FORM_UNREADABLE,
);

export type ExitChecklistInput = z.input<typeof exitChecklistSchema>;
export type ExitChecklistValues = z.output<typeof exitChecklistSchema>;

/** What the form holds: every item, with the note as text. */
export interface ExitChecklistFormValues {
  cooperationId: string;
  items: Record<string, { done: boolean; note: string }>;
  version: number;
}

/** The stored checklist (or none yet) as form values, with every item present. */
export function exitChecklistFormValues(cooperationId: string, stored: ExitChecklistState | null | undefined, version = 0): ExitChecklistFormValues {
  return {
    cooperationId,
    items: Object.fromEntries(EXIT_ITEMS.map((item) => [item.id, { done: stored?.[item.id]?.done === true, note: stored?.[item.id]?.note ?? '' }])),
    version,
  };
}

/** What is stored, as the values a save would send. */
export function storedExitChecklistValues(stored: ExitChecklistState | null | undefined): ExitChecklistValues {
  return {
    cooperationId: '',
    version: 0,
    items: Object.fromEntries(EXIT_ITEMS.map((item) => [item.id, { done: stored?.[item.id]?.done === true, note: stored?.[item.id]?.note?.trim() || null }])),
  };
}

/** Each item as a readable field for the change log: done or not, and the note. */
export function describeExitChecklist(values: ExitChecklistValues): FieldView[] {
  return EXIT_ITEMS.map((item) => {
    const entry = values.items[item.id];
    return { key: `exit:${item.id}`, section: 'avvikling.sjekkliste', field: item.label, value: joinParts([yesNo(entry?.done === true), entry?.note]) };
  });
}
