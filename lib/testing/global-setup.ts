// Says once, at the top of the test run, which database the *.db.test.ts files use.
export default function setup() {
  const target = process.env.TEST_DATABASE_URL
    ? `PostgreSQL-server (TEST_DATABASE_URL, ${new URL(process.env.TEST_DATABASE_URL).host})`
    : 'innebygd PGlite i minnet';
  console.log(`\nDatabasetestene (*.db.test.ts) kjører mot: ${target}\n`);
}
