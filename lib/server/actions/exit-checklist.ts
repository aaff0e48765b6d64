import 'server-only';
// The exit checklist while a cooperation is wound down (avvikling): saving what is settled,
// through the one save convention (lib/server/actions/section-save.ts), and completing the winding
// down (AVVIKLING_FULLFORT through the runner, whose guard reads the stored checklist).
// Editable in avvikling only; afterwards it is the record of what was agreed.
import type { z } from 'zod';
import { cooperationOf } from '@/lib/server/actions/cooperation-resource';
import { loadExitChecklist, saveExitChecklist as storeExitChecklist } from '@/db/queries/exit-checklist';
import { refusedStep, type ActionContext } from '@/lib/server/action-core';
import { exitChecklistMissing, type ExitChecklistState } from '@/lib/pure/domain/exit-checklist';
import {
  completeExitSchema,
  describeExitChecklist,
  exitChecklistFormValues,
  exitChecklistSchema,
  storedExitChecklistValues,
  type ExitChecklistFormValues,
  type ExitChecklistValues,
} from '@/lib/pure/validation/exit-checklist';
import { transition } from '@/workflows/cooperation/runner';
import { saveSection, type SectionSaveDef } from './section-save';

export const EXIT_MESSAGES = {
  notWindingDown: 'Sjekklisten kan bare endres mens samarbeidet er under avvikling.',
  alreadyWoundDown: 'Samarbeidet er avviklet, og sjekklisten kan ikke lenger endres.',
  incomplete: 'Avviklingen kan ikke fullføres før alle punktene i sjekklisten er på plass og lagret.',
  notInState: 'Samarbeidet er ikke under avvikling. Last siden på nytt.',
} as const;

// Saving is cooperation.edit (the members' rådmannsteam and the operative leader): the items
// are practical work (staff, agreements, archive) the leader often carries out and documents.
// Declaring the winding down complete stays with the owners (lifecycle.conclude, below).
export const saveExitChecklistSpec = { schema: exitChecklistSchema, action: 'cooperation.edit' as const, resource: cooperationOf };
export const completeExitSpec = { schema: completeExitSchema, action: 'lifecycle.conclude' as const, resource: cooperationOf };

type ExitStored = { exitChecklist: ExitChecklistState | null };

export const exitChecklistSave: SectionSaveDef<ExitChecklistValues, ExitStored, ExitChecklistValues, ExitChecklistFormValues, null> = {
  unit: 'avvikling',
  load: async (db, cooperationId) => {
    const checklist = await loadExitChecklist(db, cooperationId);
    return checklist === undefined ? null : { exitChecklist: checklist };
  },
  storedValues: (stored) => storedExitChecklistValues(stored.exitChecklist),
  complete: (input) => input,
  describe: describeExitChecklist,
  refusal: (state) => (state === 'avviklet' ? EXIT_MESSAGES.alreadyWoundDown : state !== 'avvikling' ? EXIT_MESSAGES.notWindingDown : null),
  async write(db, values, _stored, ctx) {
    await storeExitChecklist(db, values.cooperationId, values.items, ctx.now);
    return null;
  },
  formValues: (stored, version, cooperationId) => exitChecklistFormValues(cooperationId, stored.exitChecklist, version),
};

export async function saveExitChecklist(input: ExitChecklistValues, ctx: ActionContext) {
  const saved = await saveSection(exitChecklistSave, input, ctx);
  const items = saved.values.items;
  return { ...saved, missing: exitChecklistMissing(Object.fromEntries(Object.entries(items).map(([id, item]) => [id, { done: item.done, note: item.note }]))) };
}

export async function completeExit(input: z.output<typeof completeExitSchema>, ctx: ActionContext) {
  const result = await transition(
    ctx.db,
    input.cooperationId,
    { type: 'AVVIKLING_FULLFORT', comment: 'Alle punktene i sjekklisten for avvikling er på plass. Samarbeidet er avviklet.', expectedVersion: input.expectedVersion },
    ctx.user,
    { now: ctx.now },
  );
  if (result.ok) return { cooperationId: input.cooperationId, state: result.state, rowVersion: result.rowVersion };
  throw refusedStep(result, { not_ready: EXIT_MESSAGES.incomplete, not_allowed_in_state: EXIT_MESSAGES.notInState });
}
