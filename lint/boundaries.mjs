// The architecture's boundaries, checked by eslint-plugin-boundaries on every import (the
// README's "Arkitektur" has the table). The plugin resolves each import (relative, the @/
// alias, packages, node: modules) and classifies both ends; a policy later in the list
// overrides an earlier one. Tests (*.test.ts) set up their data across layers and are exempt
// from the layer policies, but not from the zod one.
//
// lib/ is split by what a module may do, so the path says it: lib/pure does no I/O and runs
// anywhere, lib/server does I/O and runs only on the server (each module imports
// 'server-only'), lib/client is the browser's side. Test support lives in testing/, outside
// the production folders.
import boundaries from 'eslint-plugin-boundaries';

/** Packages that only the server can run: the database, mail, locks, password hashing. */
const SERVER_PACKAGES = ['postgres', '@electric-sql/pglite', 'drizzle-orm', 'drizzle-kit', 'server-only', 'nodemailer', 'proper-lockfile', 'rate-limiter-flexible', '@node-rs/argon2'];
/** ... and the server framework: not in the pure layers. (The browser's side may use next/link.) */
const IO_PACKAGES = ['next', 'next-auth', ...SERVER_PACKAGES];

// An element is the first pattern a file's folder matches, so the narrower folders come first.
const elements = [
  { type: 'domain', pattern: 'lib/pure/domain', partialMatch: false },
  { type: 'pure', pattern: 'lib/pure', partialMatch: false },
  { type: 'actions', pattern: 'lib/server/actions', partialMatch: false },
  { type: 'server', pattern: 'lib/server', partialMatch: false },
  { type: 'client', pattern: 'lib/client', partialMatch: false },
  { type: 'workflow', pattern: 'workflows', partialMatch: false },
  { type: 'db', pattern: 'db', partialMatch: false },
  { type: 'app', pattern: 'app', partialMatch: false },
  { type: 'testing', pattern: 'testing', partialMatch: false },
  { type: 'scripts', pattern: ['scripts', 'bench', 'e2e'], partialMatch: false },
];

const files = [
  { category: 'test', pattern: ['**/*.test.ts', '**/*.test.tsx'] },
  // The workflow's door to the database: it may call db/queries, but writes no SQL itself.
  { category: 'runner', pattern: ['workflows/*/runner.ts', 'workflows/*/runner-bulk.ts', 'workflows/*/effects.ts', 'workflows/*/consistency.ts'] },
  // Every file has a category, so "none of these" holds for an ordinary module (a file with no
  // category at all would match no category query).
  { category: 'source', pattern: '**/*' },
];

const notTest = { categories: { noneOf: ['test'] } };
const LIB = ['domain', 'pure', 'actions', 'server', 'client'];
const io = [{ module: { origin: 'core' } }, { module: { origin: 'external', source: IO_PACKAGES } }];
const serverIo = [{ module: { origin: 'core' } }, { module: { origin: 'external', source: SERVER_PACKAGES } }];

const policies = [
  {
    // lib/pure runs the same on the server, in the browser and in a script. A type import is
    // erased before it runs (a row type from db/queries, say), so only values are refused.
    from: { element: { type: ['domain', 'pure'] }, file: notTest },
    disallow: { to: [{ element: { type: ['db', 'server', 'actions', 'client', 'app', 'scripts'] } }, { element: { type: 'workflow' }, file: { categories: 'runner' } }, ...io], dependency: { kind: 'value' } },
    message: 'lib/pure er ren: ingen database, servermoduler (lib/server), klientmoduler (lib/client), Next eller I/O ({{ dependency.source }}).',
  },
  {
    // The domain and the workflow are stricter still: not even a type from the database.
    from: { element: { type: ['domain', 'workflow'] }, file: { categories: { noneOf: ['test', 'runner'] } } },
    disallow: { to: [{ element: { type: ['db', 'app', 'actions', 'server', 'client', 'scripts'] } }, ...io] },
    message: 'lib/pure/domain og workflows er rene: ingen database, Next eller I/O ({{ dependency.source }}).',
  },
  {
    // The runner: db/queries (and the Db type), never SQL, the schema's values or a route.
    from: { element: { type: 'workflow' }, file: { categories: 'runner' } },
    disallow: { to: [{ element: { type: ['app', 'actions', 'scripts'] } }, { file: { path: 'db/schema/**' } }, { file: { path: 'db/client.ts' } }, ...io] },
    message: 'Livsløpets dør bruker spørringene i db/queries, ikke SQL, skjemaet eller Next ({{ dependency.source }}).',
  },
  {
    from: { element: { type: 'workflow' }, file: { categories: 'runner' } },
    allow: { to: { file: { path: 'db/client.ts' } }, dependency: { kind: 'type' } },
  },
  {
    from: { element: { type: 'db' }, file: notTest },
    disallow: { to: { element: { type: ['workflow', 'actions', 'app', 'scripts'] } } },
    message: 'db/ er databasen alene: den importerer ikke workflows, lib/server/actions, ruter eller skript ({{ dependency.source }}).',
  },
  {
    from: { element: { type: LIB }, file: notTest },
    disallow: { to: { element: { type: 'app' } } },
    message: 'lib/ ligger under rutene og importerer ikke fra app/ ({{ dependency.source }}).',
  },
  {
    // The browser's side: whatever it imports ends up in the browser bundle, so nothing that
    // needs the server, its secrets or the database, not even a type from them.
    from: { element: { type: 'client' }, file: notTest },
    disallow: { to: [{ element: { type: ['server', 'actions', 'db', 'app', 'scripts'] } }, { element: { type: 'workflow' }, file: { categories: 'runner' } }, ...serverIo] },
    message: 'lib/client kjører i nettleseren: ingen servermoduler (lib/server), database eller I/O ({{ dependency.source }}).',
  },
  {
    // Test support stays out of the production code. The one exception is the route e2e specs
    // create their own data through (only with BROBYGGER_E2E=1, and only for an administrator).
    from: { element: { type: [...LIB, 'app', 'db', 'workflow'] }, file: notTest },
    disallow: { to: { element: { type: 'testing' } } },
    message: 'testing/ er teststøtte: produksjonskoden importerer den ikke ({{ dependency.source }}).',
  },
  { from: { file: { path: 'app/api/test/**' } }, allow: { to: { element: { type: 'testing' } } } },
  {
    // zod only through lib/pure/validation/zod.ts, which configures the Norwegian messages first. A
    // type import is erased before it runs, so it cannot load zod unconfigured.
    disallow: { to: { module: { origin: 'external', source: 'zod' } }, dependency: { kind: 'value' } },
    message: 'Importer z fra lib/pure/validation/zod.ts: der får zod norske feilmeldinger før noe skjema brukes.',
  },
  { from: { file: { path: 'lib/pure/validation/zod.ts' } }, allow: { to: { module: { source: 'zod' } } } },
];

export const boundariesConfig = {
  plugins: { boundaries },
  settings: {
    'boundaries/elements': elements,
    'boundaries/files': files,
    'boundaries/include': ['app/**', 'lib/**', 'db/**', 'workflows/**', 'testing/**', 'scripts/**', 'bench/**', 'e2e/**', 'lint/**'],
  },
  rules: {
    'boundaries/dependencies': ['error', { default: 'allow', checkAllOrigins: true, policies }],
  },
};
