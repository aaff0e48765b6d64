// The architecture's boundaries, checked by eslint-plugin-boundaries on every import (the
// README's "Arkitektur" has the table). The plugin resolves each import (relative, the @/
// alias, packages, node: modules) and classifies both ends; a policy later in the list
// overrides an earlier one. Tests (*.test.ts) set up their data across layers and are exempt
// from the layer policies, but not from the zod one.
import boundaries from 'eslint-plugin-boundaries';

/** Packages that do I/O or belong to the server framework: not in the pure layers. */
const IO_PACKAGES = ['next', 'next-auth', 'postgres', '@electric-sql/pglite', 'drizzle-orm', 'drizzle-kit', 'server-only', 'nodemailer', 'proper-lockfile', 'rate-limiter-flexible', '@node-rs/argon2'];

const elements = [
  { type: 'domain', pattern: 'lib/pure/domain', partialMatch: false },
  { type: 'validation', pattern: 'lib/pure/validation', partialMatch: false },
  { type: 'actions', pattern: 'lib/server/actions', partialMatch: false },
  { type: 'lib', pattern: 'lib', partialMatch: false },
  { type: 'workflow', pattern: 'workflows', partialMatch: false },
  { type: 'db', pattern: 'db', partialMatch: false },
  { type: 'app', pattern: 'app', partialMatch: false },
  { type: 'scripts', pattern: ['scripts', 'bench', 'e2e'], partialMatch: false },
];

const files = [
  { category: 'test', pattern: ['**/*.test.ts', '**/*.test.tsx'] },
  // The request's and the server's side of lib: sessions, the clock, mail, jobs, the action wrapper.
  { category: 'server', pattern: ['lib/server/**', 'lib/server/jobs/**', 'lib/server/mail.ts', 'lib/server/clock.ts', 'lib/server/route.ts', 'lib/server/action.ts', 'lib/server/authed-action.ts', 'lib/server/auth/session.ts', 'lib/server/auth/options.ts'] },
  // The workflow's door to the database: it may call db/queries, but writes no SQL itself.
  { category: 'runner', pattern: ['workflows/*/runner.ts', 'workflows/*/runner-bulk.ts', 'workflows/*/effects.ts', 'workflows/*/consistency.ts'] },
  // Every file has a category, so "none of these" holds for an ordinary module (a file with no
  // category at all would match no category query).
  { category: 'source', pattern: '**/*' },
];

const notTest = { categories: { noneOf: ['test'] } };
const pureCode = { element: { type: ['domain', 'workflow'] }, file: { categories: { noneOf: ['test', 'runner'] } } };
const io = [{ module: { origin: 'core' } }, { module: { origin: 'external', source: IO_PACKAGES } }];

const policies = [
  {
    from: pureCode,
    disallow: { to: [{ element: { type: ['db', 'app', 'actions', 'scripts'] } }, { file: { categories: 'server' } }, ...io] },
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
    // lib is below the routes. The registry of every action and route handler imports them for
    // the fuzz test (testing/security/registry.ts), which is test support.
    from: { element: { type: ['domain', 'validation', 'actions', 'lib'] }, file: notTest },
    disallow: { to: { element: { type: 'app' } } },
    message: 'lib/ ligger under rutene og importerer ikke fra app/ ({{ dependency.source }}).',
  },
  { from: { file: { path: 'testing/security/registry.ts' } }, allow: { to: { element: { type: 'app' } } } },
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
    'boundaries/include': ['app/**', 'lib/**', 'db/**', 'workflows/**', 'scripts/**', 'bench/**', 'e2e/**', 'lint/**'],
  },
  rules: {
    'boundaries/dependencies': ['error', { default: 'allow', checkAllOrigins: true, policies }],
  },
};
