// `npm run db:migrate`: apply migrations and seed reference data (and demo data unless BROBYGGER_DEMO=0).
import { prepareDatabase } from './prepare-db';

const result = await prepareDatabase({ url: process.env.DATABASE_URL || undefined, demo: process.env.BROBYGGER_DEMO !== '0' });
console.log(
  `Databasen (${result.kind}) er oppdatert: ${result.migrations} migreringer, ${result.seed.municipalities} nye kommuner, ${result.seed.taskAreas} nye oppgavefelt, ${result.seed.demoUsers} demobrukere.`,
);
