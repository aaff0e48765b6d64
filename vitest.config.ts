import { defineConfig } from 'vitest/config';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';

// Unit tests sit next to the code; *.db.test.ts run against PGlite, or TEST_DATABASE_URL when set.
export default defineConfig({
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./', import.meta.url)),
      // 'server-only' throws outside React server components; tests import query modules directly.
      'server-only': fileURLToPath(new URL('./testing/server-only-stub.ts', import.meta.url)),
    },
  },
  test: {
    include: ['**/*.test.ts', '**/*.test.tsx'],
    exclude: ['node_modules/**', 'e2e/**', '.next/**', '.next-*/**', '.data/**'],
    environment: 'node',
    globalSetup: ['./testing/global-setup.ts'],
    // Vitest's default is one worker fewer than there are cores: a single worker on CI's two,
    // which then waits on the database server much of the time. One per core keeps both busy.
    maxWorkers: availableParallelism(),
    // Generous, for a loaded 2-core machine. Beside a CPU hog (issue 15's stability run) three
    // files' beforeAll, which seed cooperations through the actions, took more than 60 s while the
    // build ran in parallel; the database files now start from a migrated template
    // (testing/global-setup.ts) and the hooks get twice the time of a test.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    coverage: {
      provider: 'v8',
      include: ['workflows/**/*.ts', 'lib/pure/domain/**/*.ts'],
      exclude: ['**/*.test.ts', '**/__fixtures__/**'],
      reporter: ['text-summary'],
      // The lifecycle and readiness are the spine of the product: keep them fully tested.
      thresholds: {
        'workflows/**/*.ts': { lines: 95, branches: 95 },
        'lib/pure/domain/readiness*.ts': { lines: 95, branches: 95 },
      },
    },
  },
});
