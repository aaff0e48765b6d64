// `npm run audit:verify`: checks the audit log's hash chain and names every row that was
// edited or deleted. Exit code 0 = intact, 1 = tampered, 2 = could not check.
// `--forvent=SEQ:HASH` also checks that a head noted earlier (from this command's output) is
// still there, which catches removal of the newest rows. With the embedded database the
// server must be stopped first (PGlite allows one process).
import { openDb } from '../db/client';
import { verifyAuditLog } from '../lib/server/audit/verify';

const expectArg = process.argv.find((a) => a.startsWith('--forvent='));
let expectHead: { seq: number; hash: string } | undefined;
if (expectArg) {
  const match = /^--forvent=(\d+):([0-9a-f]{64})$/.exec(expectArg);
  if (!match) {
    console.error('Bruk --forvent=NUMMER:HASH, for eksempel --forvent=1200:9f86d0…');
    process.exit(2);
  }
  expectHead = { seq: Number(match[1]), hash: match[2]! };
}

let handle;
try {
  handle = await openDb({ url: process.env.DATABASE_URL || undefined });
} catch (err) {
  console.error(`Kunne ikke åpne databasen: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(2);
}
try {
  const result = await verifyAuditLog(handle.db, { expectHead });
  if (result.problems.length === 0) {
    console.log(`Revisjonsloggen er intakt: ${result.rows} rader.`);
    if (result.head) console.log(`Siste rad: --forvent=${result.head.seq}:${result.head.hash}`);
  } else {
    console.error(`Revisjonsloggen er endret (${result.rows} rader lest):`);
    for (const p of result.problems) console.error(`  rad ${p.seq}: ${p.message}`);
    process.exitCode = 1;
  }
} finally {
  await handle.close();
}
