import 'server-only';
// The one save convention for every phase and section form. Inside one transaction, with the
// cooperation row locked:
//   1. the state must allow saving at all (frozenMessage, or the unit's own rule);
//   2. the form's version must be the unit's stored content version, else the save is a
//      conflict that returns the newer values and what was changed since, and writes nothing;
//   3. checks that need stored data run (field errors keyed like the form);
//   4. the stored values and the values to save are described field by field; the fields
//      that differ are the change, and a change to a section the state does not allow
//      ("krever vedtak i deltakerne" while running) is refused, unless it only fills in a
//      blank that an unmet readiness rule asks for (lib/pure/domain/completion.ts);
//   5. the unit writes, its version goes up by one and the change log gets one row per field.
// A save that changes nothing writes nothing (and leaves no audit row). `now` is the request's clock (ctx.now).
// Revalidation is the caller's, in one place (lib/server/revalidate.ts).
import { randomUUID } from 'node:crypto';
import type { Db } from '@/db/client';
import { appendChanges, changesSince, lockForSave, setContentVersion } from '@/db/queries/change-log';
import { ActionError, MESSAGES, type ActionContext, type FieldErrors } from '@/lib/server/action-core';
import type { ConflictChange } from '@/lib/pure/action-result';
import { diffFields, type FieldView } from '@/lib/pure/domain/change-log';
import { fieldName, wordsIn } from '@/lib/pure/domain/change-log-words';
import { knownLocale } from '@/lib/server/i18n/known-locale';
import { completableSections, isCompletion } from '@/lib/pure/domain/completion';
import type { LifecycleState } from '@/lib/pure/domain/dossier';
import type { IsoDate } from '@/lib/pure/domain/iso-date';
import { frozenMessage, SECTIONS, type SaveUnit, type SectionId } from '@/lib/pure/domain/section-rules';
import { lockedMessage } from '@/lib/pure/domain/section-locked';
import { lockedWords } from '@/lib/server/i18n/action-refusals';

export const CONFLICT_MESSAGE =
  'Noen andre har lagret endringer her etter at du åpnet siden. Det du har skrevet, er ikke lagret, men står fortsatt i skjemaet. Se hva som ble endret, og velg hva du vil beholde.';

export interface VersionedInput {
  cooperationId: string;
  /** The unit's content version the form was loaded with. */
  version: number;
}

export interface SectionSaveDef<I extends VersionedInput, S, F, FV, R> {
  unit: SaveUnit;
  /** The stored data the form edits, read inside the locked transaction (membership judged on `today`); null when missing. */
  load(db: Db, cooperationId: string, today: IsoDate): Promise<S | null>;
  /** What an untouched form would save: the stored data as values to save. */
  storedValues(stored: S): F;
  /** The values to save: the input, completed from `stored` for any section it leaves out. */
  complete(input: I, stored: S): F;
  /** The values as readable fields, for the change log; both sides use this one function. */
  describe(values: F, stored: S): FieldView[];
  /** Checks that need the stored data; field errors keyed like the form. */
  check?(values: F, stored: S, input: I): FieldErrors;
  write(db: Db, values: F, stored: S, ctx: ActionContext): Promise<R>;
  /** What the form needs to show what is stored (returned after a save and with a conflict). */
  formValues(stored: S, version: number, cooperationId: string): FV;
  /** The readiness rules the stored data does not meet (lib/pure/domain/completion.ts openRuleIds); none when absent. */
  openRules?(stored: S): readonly string[];
  /** Refuses saving at all in this state; defaults to frozenMessage (members deciding, ended). */
  refusal?(state: LifecycleState): string | null;
}

export interface SectionSaved<FV, R> {
  cooperationId: string;
  version: number;
  /** Fields changed by this save; 0 when nothing differed (and nothing was written). */
  changed: number;
  values: FV;
  result: R | null;
}

/** The fields someone else changed; their names in the request's language (bokmål outside a request, and in nb byte for byte). */
function conflictChanges(rows: Awaited<ReturnType<typeof changesSince>>): ConflictChange[] {
  const locale = knownLocale() ?? 'nb';
  const words = locale === 'nb' ? null : wordsIn(locale);
  return rows.map((r) => {
    const name = words ? fieldName(r.field, words) : { text: r.field };
    return {
      section: SECTIONS[r.section as SectionId]?.title ?? r.section,
      field: name.text,
      ...(name.lang ? { fieldLang: name.lang } : {}),
      old: r.oldValue,
      new: r.newValue,
      actorName: r.actorName,
      at: r.createdAt.toISOString(),
    };
  });
}

export async function saveSection<I extends VersionedInput, S, F, FV, R>(def: SectionSaveDef<I, S, F, FV, R>, input: I, ctx: ActionContext): Promise<SectionSaved<FV, R>> {
  const id = input.cooperationId;
  return ctx.db.transaction(async (tx) => {
    const lock = await lockForSave(tx, id);
    const stored = lock ? await def.load(tx, id, ctx.today) : null;
    if (!lock || stored === null) throw new ActionError('not_found', MESSAGES.not_found);
    const refused = (def.refusal ?? frozenMessage)(lock.state);
    if (refused) throw new ActionError('invalid', refused);

    const current = lock.versions[def.unit] ?? 0;
    if (input.version !== current) {
      const changes = conflictChanges(await changesSince(tx, id, def.unit, Math.min(input.version, current)));
      throw new ActionError('conflict', CONFLICT_MESSAGE, undefined, { version: current, values: def.formValues(stored, current, id), changes });
    }

    const values = def.complete(input, stored);
    const fieldErrors = def.check?.(values, stored, input) ?? {};
    if (Object.keys(fieldErrors).length > 0) throw new ActionError('invalid', MESSAGES.invalid, fieldErrors);

    const changes = diffFields(def.describe(def.storedValues(stored), stored), def.describe(values, stored));
    const open = def.openRules?.(stored) ?? [];
    const lockedSections = changes.filter((c) => !isCompletion(lock.state, c, open)).map((c) => c.section);
    const completable = completableSections(lock.state, open);
    // Worded in the request's language (settled before the transaction, lib/server/action.ts).
    if (lockedMessage(lock.state, lockedSections, completable)) {
      throw new ActionError('invalid', lockedMessage(lock.state, lockedSections, completable, await lockedWords())!);
    }
    if (changes.length === 0) {
      ctx.audit?.skip(); // nothing written, nothing to audit
      return { cooperationId: id, version: current, changed: 0, values: def.formValues(stored, current, id), result: null };
    }

    const result = await def.write(tx, values, stored, ctx);
    const version = current + 1;
    await setContentVersion(tx, id, def.unit, version, ctx.now);
    await appendChanges(tx, id, { saveId: randomUUID(), unit: def.unit, version, actor: { id: ctx.user.id, name: ctx.user.name }, at: ctx.now, changes });
    const fresh = await def.load(tx, id, ctx.today);
    return { cooperationId: id, version, changed: changes.length, values: def.formValues(fresh ?? stored, version, id), result };
  });
}
