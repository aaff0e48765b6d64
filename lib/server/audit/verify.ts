import 'server-only';
// Checks the audit log's chain from the first row to the last: numbers without gaps, each
// row pointing at the previous row's hash, and each row's own hash recomputed here (not by the
// database function, which an intruder could replace). Reads in pages, so any size works.
import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { rowsOf } from '@/db/queries/rows-of';
import { rowHash, type ChainRow } from './chain';

export interface AuditProblem {
  /** The row the problem is about (for a deleted row: the missing number). */
  seq: number;
  message: string;
}

export interface AuditVerification {
  rows: number;
  head: { seq: number; hash: string } | null;
  problems: AuditProblem[];
}

const PAGE = 1000;
const MAX_PROBLEMS = 100;


async function page(db: Db, afterSeq: number): Promise<ChainRow[]> {
  const result = await db.execute<ChainRow & Record<string, unknown>>(sql`
    select seq::text as "seq",
           to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as "at",
           prev_hash as "prevHash", hash as "hash", actor_id::text as "actorId", actor_email as "actorEmail",
           client_address as "clientAddress", action as "action", operation as "operation",
           resource_kind as "resourceKind", resource_id as "resourceId", input_digest as "inputDigest",
           before_digest as "beforeDigest", after_digest as "afterDigest", details as "details"
    from audit_log where audit_log.seq > ${afterSeq} order by audit_log.seq limit ${PAGE}`);
  return rowsOf<ChainRow>(result);
}

/** `expectHead`: a seq and hash recorded earlier (e.g. printed by a previous run) that must still be there. */
export async function verifyAuditLog(db: Db, options: { expectHead?: { seq: number; hash: string } } = {}): Promise<AuditVerification> {
  const problems: AuditProblem[] = [];
  const report = (seq: number, message: string) => {
    if (problems.length < MAX_PROBLEMS) problems.push({ seq, message });
  };
  let expectedSeq = 1;
  let previousHash = '';
  let count = 0;
  let head: AuditVerification['head'] = null;
  let expectedHeadSeen = false;
  for (let rows = await page(db, 0); rows.length > 0; rows = await page(db, Number(rows.at(-1)!.seq))) {
    for (const row of rows) {
      const seq = Number(row.seq);
      if (seq !== expectedSeq) {
        const missing = seq - expectedSeq === 1 ? `Rad ${expectedSeq} mangler` : `Radene ${expectedSeq}–${seq - 1} mangler`;
        report(expectedSeq, `${missing} (slettet).`);
      } else if (row.prevHash !== previousHash) {
        report(seq - 1, `Rad ${seq - 1} er endret eller erstattet: rad ${seq} peker på en annen hash.`);
      }
      if (rowHash(row) !== row.hash) report(seq, `Rad ${seq} er endret: innholdet stemmer ikke med hashen.`);
      if (options.expectHead && seq === options.expectHead.seq) {
        expectedHeadSeen = true;
        if (row.hash !== options.expectHead.hash) report(seq, `Rad ${seq} har ikke lenger hashen som ble notert tidligere.`);
      }
      expectedSeq = seq + 1;
      previousHash = row.hash;
      count += 1;
      head = { seq, hash: row.hash };
    }
  }
  if (options.expectHead && !expectedHeadSeen) {
    report(options.expectHead.seq, `Rad ${options.expectHead.seq}, som ble notert tidligere, finnes ikke lenger (loggen er kortet av).`);
  }
  return { rows: count, head, problems };
}
