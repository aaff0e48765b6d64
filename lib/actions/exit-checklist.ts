// The exit checklist while a cooperation is wound down (avvikling): saving what is settled,
// and completing the winding down (AVVIKLING_FULLFORT through the runner, whose guard reads
// the stored checklist). Editable in avvikling only; afterwards it is the record of what was
// agreed and stays as it was.
import type { z } from 'zod';
import { cooperationResource } from '@/db/queries/dossier';
import { lockExitChecklist, saveExitChecklist as storeExitChecklist } from '@/db/queries/exit-checklist';
import { ActionError, MESSAGES, type ActionContext } from '@/lib/action-core';
import { checklistFingerprint, exitChecklistMissing } from '@/lib/domain/exit-checklist';
import { completeExitSchema, exitChecklistSchema } from '@/lib/validation/exit-checklist';
import { transition } from '@/workflows/cooperation/runner';

export const EXIT_MESSAGES = {
  notWindingDown: 'Sjekklisten kan bare endres mens samarbeidet er under avvikling.',
  alreadyWoundDown: 'Samarbeidet er avviklet, og sjekklisten kan ikke lenger endres.',
  incomplete: 'Avviklingen kan ikke fullføres før alle punktene i sjekklisten er på plass og lagret.',
  notInState: 'Samarbeidet er ikke under avvikling. Last siden på nytt.',
  savedMeanwhile: 'Noen andre har lagret sjekklisten etter at du åpnet den. Last siden på nytt for å se endringene; det du har skrevet, står i skjemaet til du gjør det.',
} as const;

const cooperationOf = (input: { cooperationId: string }, ctx: ActionContext) => cooperationResource(ctx.db, input.cooperationId);

// Saving is cooperation.edit (the members' rådmannsteam and the operative leader): the items
// are practical work (staff, agreements, archive) the leader often carries out and documents.
// Declaring the winding down complete stays with the owners (lifecycle.conclude, below).
export const saveExitChecklistSpec = { schema: exitChecklistSchema, action: 'cooperation.edit' as const, resource: cooperationOf };
export const completeExitSpec = { schema: completeExitSchema, action: 'lifecycle.conclude' as const, resource: cooperationOf };

export async function saveExitChecklist(input: z.output<typeof exitChecklistSchema>, ctx: ActionContext, now: Date = new Date()) {
  return ctx.db.transaction(async (tx) => {
    const row = await lockExitChecklist(tx, input.cooperationId);
    if (!row) throw new ActionError('not_found', MESSAGES.not_found);
    if (row.state === 'avviklet') throw new ActionError('invalid', EXIT_MESSAGES.alreadyWoundDown);
    if (row.state !== 'avvikling') throw new ActionError('invalid', EXIT_MESSAGES.notWindingDown);
    if (checklistFingerprint(row.exitChecklist) !== input.basis) throw new ActionError('conflict', EXIT_MESSAGES.savedMeanwhile);
    await storeExitChecklist(tx, input.cooperationId, input.items, now);
    return { cooperationId: input.cooperationId, items: input.items, missing: exitChecklistMissing(input.items) };
  });
}

export async function completeExit(input: z.output<typeof completeExitSchema>, ctx: ActionContext, now: Date = new Date()) {
  const result = await transition(
    ctx.db,
    input.cooperationId,
    { type: 'AVVIKLING_FULLFORT', comment: 'Alle punktene i sjekklisten for avvikling er på plass. Samarbeidet er avviklet.', expectedVersion: input.expectedVersion },
    ctx.user,
    { now },
  );
  if (result.ok) return { cooperationId: input.cooperationId, state: result.state, rowVersion: result.rowVersion };
  switch (result.reason) {
    case 'not_ready':
      throw new ActionError('invalid', EXIT_MESSAGES.incomplete, { missing: result.missing });
    case 'not_allowed_in_state':
      throw new ActionError('invalid', EXIT_MESSAGES.notInState);
    default:
      throw new ActionError(result.reason, result.message);
  }
}
