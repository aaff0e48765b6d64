import 'server-only';
// Importing a municipality's list of cooperations from a spreadsheet. The preview reads the
// file and says, row by row, what will be imported, what is already registered and what
// must be fixed. The import reads the file again (the server trusts no preview), refuses
// it whole if any row has an error, and otherwise writes every new cooperation and
// registers it into drift through the runner's bulk door, all in one transaction.
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '@/db/client';
import type { AuditEntry } from '@/db/queries/audit';
import { findExistingMatches, insertExistingCooperations } from '@/db/queries/existing-cooperations';
import { listMunicipalities, listTaskAreas } from '@/db/queries/municipalities';
import { ActionError, refusedStep, type ActionContext } from '@/lib/server/action-core';
import { digestOf } from '@/lib/server/audit/digest';
import { formatDateNb, type IsoDate } from '@/lib/pure/domain/iso-date';
import { organisationTitle } from '@/lib/pure/domain/municipality';
import { memberKey } from '@/lib/pure/import/keys';
import { readSpreadsheet } from '@/lib/pure/import/read';
import { BOKMAAL_IMPORT_WORDS, interpretSheet, type ImportedCooperation, type ImportReportWords, type ImportRow } from '@/lib/pure/import/rows';
import { importFileSchema } from '@/lib/pure/validation/import';
import { ConflictError, isSerializationFailure } from '@/workflows/cooperation/runner';
import { registerExistingInBulk } from '@/workflows/cooperation/runner-bulk';

type Input = z.output<typeof importFileSchema>;

export const importSpec = {
  schema: importFileSchema,
  action: 'cooperation.register' as const,
  resource: (input: Input) => ({ kind: 'municipality' as const, kommunenummer: input.kommunenummer }),
};

export type PreviewStatus = 'ny' | 'finnes' | 'feil';

export interface PreviewRow extends Omit<ImportRow, 'value'> {
  status: PreviewStatus;
  /** The registered cooperation this row is, when it already exists. */
  existing: { name: string; by: 'organisasjonsnummer' | 'navn_og_deltakere' } | null;
}

export interface ImportPreview {
  fileName: string;
  fileErrors: string[];
  rows: PreviewRow[];
  counts: Record<PreviewStatus, number>;
}

export interface ImportSummary {
  imported: number;
  existing: number;
}

interface Plan {
  preview: ImportPreview;
  /** The rows to write: valid and not registered yet. */
  fresh: { line: number; value: ImportedCooperation }[];
}

async function plan(db: Db, input: Input, today: IsoDate, words?: ImportReportWords): Promise<Plan> {
  const fileName = input.file.name || 'regneark';
  const sheet = await readSpreadsheet(Buffer.from(await input.file.arrayBuffer()), fileName, words?.t);
  if (!sheet.ok) return { preview: { fileName, fileErrors: [sheet.message], rows: [], counts: { ny: 0, finnes: 0, feil: 0 } }, fresh: [] };
  const [municipalities, taskAreas] = await Promise.all([listMunicipalities(db), listTaskAreas(db)]);
  const interpreted = interpretSheet(
    sheet.rows,
    {
      municipalities: new Map(municipalities.map((m) => [m.kommunenummer, organisationTitle(m)])),
      taskAreas: new Map(taskAreas.map((a) => [a.name.toLocaleLowerCase('nb'), a.id])),
    },
    { registeringKommunenummer: input.kommunenummer, today, words },
  );
  const valid = interpreted.rows.filter((r) => r.value !== null);
  const matches = await findExistingMatches(
    db,
    valid.map((r) => ({ name: r.value!.name, organisationNumber: r.value!.organisationNumber, memberKeys: r.value!.members.map(memberKey) })),
  );
  const matchOf = new Map(valid.map((r, i) => [r.line, matches[i] ?? null]));
  const rows = interpreted.rows.map(({ value, ...row }): PreviewRow => {
    const match = matchOf.get(row.line) ?? null;
    const status: PreviewStatus = value === null ? 'feil' : match ? 'finnes' : 'ny';
    return { ...row, status, existing: match ? { name: match.name, by: match.by } : null };
  });
  const counts = { ny: 0, finnes: 0, feil: 0 };
  for (const r of rows) counts[r.status]++;
  const fresh = valid.filter((r) => !matchOf.get(r.line)).map((r) => ({ line: r.line, value: r.value! }));
  return { preview: { fileName, fileErrors: interpreted.fileErrors, rows, counts }, fresh };
}

/** A read through the action door (it checks the role and validates the file): nothing to audit. */
export async function previewImport(input: Input, ctx: ActionContext): Promise<ImportPreview> {
  return previewImportIn(input, ctx, undefined);
}

/** previewImport with the rows' errors in the reader's language (`words`; bokmål when undefined). */
export async function previewImportIn(input: Input, { db, audit, today }: ActionContext, words: ImportReportWords | undefined): Promise<ImportPreview> {
  audit?.skip();
  return (await plan(db, input, today, words)).preview;
}

export async function runImport(input: Input, ctx: ActionContext): Promise<ImportSummary> {
  return runImportIn(input, ctx, undefined);
}

/** runImport with its refusals and the file's errors in the reader's language (`words`; bokmål when undefined). */
export async function runImportIn(input: Input, { db, user, audit, now, today }: ActionContext, words: ImportReportWords | undefined): Promise<ImportSummary> {
  const t = (words ?? BOKMAAL_IMPORT_WORDS).t;
  try {
    return await db.transaction(async (tx) => {
      // One import at a time, so two uploads of the same list cannot both find a row new.
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext('brobygger:import'))`);
      const { preview, fresh } = await plan(tx, input, today, words);
      if (preview.fileErrors.length > 0) throw new ActionError('invalid', preview.fileErrors.join(' '));
      if (preview.counts.feil > 0) {
        throw new ActionError('invalid', t('rowsWithErrors', { count: preview.counts.feil }));
      }
      const ids = await insertExistingCooperations(tx, fresh.map((f) => ({ ...f.value, createdBy: user.id })));
      const result = await registerExistingInBulk(
        tx,
        fresh.map((f, i) => ({
          cooperationId: ids[i]!,
          comment: `Importert fra «${preview.fileName}», rad ${f.line}. I drift siden ${formatDateNb(f.value.startDate)}.`,
          details: { startDate: f.value.startDate, kilde: 'import', fil: preview.fileName, rad: String(f.line) },
        })),
        { id: user.id, name: user.name },
        user,
        now,
      );
      if (!result.ok) throw refusedStep(result);
      // A file with nothing new wrote nothing, so there is nothing to log.
      if (ids.length === 0) audit?.skip();
      else audit?.set(await importAudit(input, preview, fresh, ids));
      return { imported: result.registered, existing: preview.counts.finnes };
    });
  } catch (err) {
    if (err instanceof ConflictError || isSerializationFailure(err)) throw new ActionError('conflict', t('simultaneous'));
    throw err;
  }
}

/**
 * The audit row of an import: the input digest covers the file's bytes (a File has no JSON
 * form, so the wrapper's own digest could not tell two files apart), the after digest the
 * cooperations as written, and the details name the file and every cooperation created.
 */
async function importAudit(input: Input, preview: ImportPreview, fresh: Plan['fresh'], ids: readonly string[]): Promise<Partial<AuditEntry>> {
  const fileSha256 = createHash('sha256').update(Buffer.from(await input.file.arrayBuffer())).digest('hex');
  return {
    operation: 'runImport',
    inputDigest: digestOf({ kommunenummer: input.kommunenummer, fileSha256 }),
    afterDigest: digestOf(fresh.map((f, i) => ({ id: ids[i], ...f.value }))),
    details: { fil: preview.fileName, filSha256: fileSha256, importert: ids.length, finnes: preview.counts.finnes, opprettet: ids },
  };
}
