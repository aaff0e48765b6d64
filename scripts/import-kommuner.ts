// `npm run db:import-kommuner -- <fil.csv> [gyldig-fra]`: apply a newer official municipality list.
// Formats: see README ("Kommunelisten"). Municipalities missing from the file are retired, not deleted.
import { readFileSync } from 'node:fs';
import { openDb } from '../db/client';
import { importMunicipalities } from '../db/queries/municipalities';
import { osloDateOf } from '../lib/pure/domain/iso-date';
import { KommuneListError, parseKommuneList } from '../lib/pure/reference/kommuner-csv';

const [file, validFrom = osloDateOf(new Date())] = process.argv.slice(2);
if (!file || !/^\d{4}-\d{2}-\d{2}$/.test(validFrom)) {
  console.error('Bruk: npm run db:import-kommuner -- <fil.csv> [gyldig-fra, ÅÅÅÅ-MM-DD]');
  process.exit(2);
}
let rows;
try {
  rows = parseKommuneList(readFileSync(file, 'utf8'));
} catch (err) {
  console.error(err instanceof KommuneListError ? `Kunne ikke lese ${file}: ${err.message}` : `Kunne ikke lese ${file}.`);
  process.exit(1);
}
const handle = await openDb({ url: process.env.DATABASE_URL || undefined });
try {
  const summary = await importMunicipalities(handle.db, rows.map((r) => ({ ...r, validFrom })), validFrom);
  console.log(`Importert ${rows.length} kommuner gyldige fra ${validFrom}: ${summary.added} nye, ${summary.updated} endret, ${summary.retired} avviklet.`);
} finally {
  await handle.close();
}
