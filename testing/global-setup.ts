// Once, at the top of the test run: say which database the *.db.test.ts files use, and for the
// embedded one make a migrated template. Every test file starts its own in-memory PGlite; from
// the template's dump that takes about half the time of migrating from scratch (2.1 s against
// 4.7 s each, on this 2-core machine), which is what kept the files' setup inside their time
// budget when the machine is loaded. The dump is kept in the temporary folder under a hash of
// the migrations, so it is made again only when they change.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const TEMPLATE_ENV = 'BROBYGGER_TEST_TEMPLATE';

function migrationsHash(folder: string): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else hash.update(entry.name).update(fs.readFileSync(full));
    }
  };
  walk(folder);
  return hash.digest('hex').slice(0, 16);
}

async function makeTemplate(): Promise<string> {
  const folder = path.join(process.cwd(), 'db', 'migrations');
  const file = path.join(os.tmpdir(), `brobygger-test-template-${migrationsHash(folder)}.tar`);
  if (fs.existsSync(file)) return file;
  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  const { migrate } = await import('drizzle-orm/pglite/migrator');
  const client = new PGlite('memory://');
  try {
    await migrate(drizzle({ client }), { migrationsFolder: folder });
    const dump = await client.dumpDataDir('none');
    // Written under another name first: a parallel run never reads half a file.
    const partial = `${file}.${process.pid}`;
    fs.writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
    fs.renameSync(partial, file);
  } finally {
    await client.close();
  }
  return file;
}

export default async function setup() {
  const target = process.env.TEST_DATABASE_URL
    ? `PostgreSQL-server (TEST_DATABASE_URL, ${new URL(process.env.TEST_DATABASE_URL).host})`
    : 'innebygd PGlite i minnet';
  console.log(`\nDatabasetestene (*.db.test.ts) kjører mot: ${target}\n`);
  if (!process.env.TEST_DATABASE_URL) process.env[TEMPLATE_ENV] = await makeTemplate();
}
