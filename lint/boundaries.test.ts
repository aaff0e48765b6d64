// The boundaries are enforced, not a convention: fixture sources are linted at real paths with
// the project's own ESLint config, and each forbidden import must be reported. Dropping the
// plugin, a policy or the route rule from eslint.config.mjs fails here, not silently.
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const RULES = new Set(['boundaries/dependencies', 'brobygger/route-components']);
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: process.cwd() });
});

/** The boundary errors for `code` placed at `filePath`. */
async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport {};\n`, { filePath });
  return result!.messages.filter((m) => m.ruleId !== null && RULES.has(m.ruleId) && m.severity === 2).map((m) => m.message);
}

describe('lib/pure/domain and the workflow are pure', () => {
  it.each([
    ["import { getDb } from '@/db/client';", 'database'],
    ["import { loadDossier } from '../../../db/queries/dossier';", 'database, by a relative path'],
    ["import { applyFieldErrors } from '@/lib/client/forms';", 'the browser side of lib'],
    ["import { redirect } from 'next/navigation';", 'Next'],
    ["import { readFileSync } from 'node:fs';", 'the file system'],
    ["import postgres from 'postgres';", 'a database driver'],
    ["import { requestNow } from '@/lib/server/clock';", 'the server side of lib'],
    ["import { logOccurrence } from '@/lib/server/actions/follow-up';", 'an action'],
  ])('lib/pure/domain refuses %s (%s)', async (code) => {
    expect(await boundaryErrors('lib/pure/domain/boundary-fixture.ts', code)).toEqual([expect.stringContaining('lib/pure/domain og workflows er rene')]);
  });

  it('the workflow refuses the database', async () => {
    expect(await boundaryErrors('workflows/cooperation/boundary-fixture.ts', "import { loadDossier } from '@/db/queries/dossier';")).toHaveLength(1);
  });

  it('allows what is pure', async () => {
    const code = "import { addDays } from '@/lib/pure/domain/iso-date';\nimport { z } from '@/lib/pure/validation/zod';\nimport { createActor } from 'xstate';";
    expect(await boundaryErrors('lib/pure/domain/boundary-fixture.ts', code)).toEqual([]);
    expect(await boundaryErrors('workflows/cooperation/boundary-fixture.ts', code)).toEqual([]);
  });
});

describe('lib/pure does no I/O', () => {
  const file = 'lib/pure/register/boundary-fixture.ts';
  it.each([
    ["import { getDb } from '@/db/client';", 'the database'],
    ["import { loadDossier } from '../../../db/queries/dossier';", 'a query, by a relative path'],
    ["import { requestNow } from '@/lib/server/clock';", 'a server module'],
    ["import { logOccurrence } from '@/lib/server/actions/follow-up';", 'an action'],
    ["import { applyFieldErrors } from '@/lib/client/forms';", 'a client module'],
    ["import { useUnsavedChanges } from '../../client/hooks/use-unsaved-changes';", 'a client module, by a relative path'],
    ["import { transition } from '@/workflows/cooperation/runner';", "the workflow's door to the database"],
    ["import { createHash } from 'node:crypto';", 'a node: module'],
    ["import { cookies } from 'next/headers';", 'Next'],
    ["import 'server-only';", 'the server-only marker'],
  ])('refuses %s (%s)', async (code) => {
    expect(await boundaryErrors(file, code)).toEqual([expect.stringContaining('lib/pure er ren')]);
  });

  it('allows pure modules, the pure workflow and a type from the database (erased before it runs)', async () => {
    const code =
      "import type { PublicListRow } from '@/db/queries/public-list';\nimport type { Metadata } from 'next';\nimport { osloDateOf } from '@/lib/pure/domain/iso-date';\nimport { can } from '../auth/can';\nimport { stateLabel } from '@/workflows/cooperation/states';";
    expect(await boundaryErrors(file, code)).toEqual([]);
  });
});

describe('lib/client is the browser side', () => {
  const file = 'lib/client/boundary-fixture.ts';
  it.each([
    ["import { authedAction } from '@/lib/server/authed-action';", 'a server module'],
    ["import { logOccurrence } from '../server/actions/follow-up';", 'an action, by a relative path'],
    ["import type { SessionUserRow } from '@/lib/server/auth/session';", 'even a type from a server module'],
    ["import { loadDossier } from '@/db/queries/dossier';", 'a query'],
    ["import type { Db } from '@/db/client';", 'even a type from the database'],
    ["import { readFileSync } from 'node:fs';", 'a node: module'],
    ["import 'server-only';", 'the server-only marker'],
  ])('refuses %s (%s)', async (code) => {
    expect(await boundaryErrors(file, code)).toEqual([expect.stringContaining('lib/client kjører i nettleseren')]);
  });

  it('allows pure modules, React and the browser side of Next', async () => {
    const code = "import { z } from '@/lib/pure/validation/zod';\nimport type { ActionResult } from '../pure/action-result';\nimport { useEffect } from 'react';\nimport { useRouter } from 'next/navigation';";
    expect(await boundaryErrors(file, code)).toEqual([]);
  });
});

describe('test support stays out of the production code', () => {
  it.each([
    ['app/(app)/oversikt/boundary-fixture.tsx', "import { createTestDb } from '@/testing/db';"],
    ['lib/pure/register/boundary-fixture.ts', "import { createTestDb } from '@/testing/db';"],
    ['lib/client/boundary-fixture.ts', "import { createTestDb } from '../../testing/db';"],
    ['lib/server/boundary-fixture.ts', "import { readyDossier } from '@/testing/fixtures/domain';"],
    ['db/queries/boundary-fixture.ts', "import { countQueries } from '../../testing/query-count';"],
    ['workflows/cooperation/boundary-fixture.ts', "import { readyDossier } from '@/testing/fixtures/domain';"],
  ])('%s refuses %s', async (file, code) => {
    expect(await boundaryErrors(file, code)).toEqual([expect.stringContaining('testing/ er teststøtte')]);
  });

  it("allows the e2e specs' data route, tests, scripts and benchmarks", async () => {
    expect(await boundaryErrors('app/api/test/samarbeid/route.ts', "import { seedScenario } from '@/testing/e2e-seed';")).toEqual([]);
    expect(await boundaryErrors('lib/server/actions/boundary-fixture.db.test.ts', "import { createTestDb } from '@/testing/db';")).toEqual([]);
    expect(await boundaryErrors('bench/boundary-fixture.ts', "import { readyDossier } from '@/testing/fixtures/domain';")).toEqual([]);
  });
});

describe("the runner is the workflow's door to the database", () => {
  it('calls db/queries and takes the Db type', async () => {
    const code = "import type { Db } from '@/db/client';\nimport { loadDossier } from '@/db/queries/dossier';";
    expect(await boundaryErrors('workflows/cooperation/runner.ts', code)).toEqual([]);
  });

  it.each([["import { sql } from 'drizzle-orm';"], ["import { cooperations } from '@/db/schema';"], ["import { getDb } from '@/db/client';"]])('writes no SQL itself: %s', async (code) => {
    expect(await boundaryErrors('workflows/cooperation/runner.ts', code)).toEqual([expect.stringContaining('db/queries')]);
  });
});

describe('db/ is the database alone', () => {
  it.each([["import { transition } from '@/workflows/cooperation/runner';"], ["import { logOccurrence } from '@/lib/server/actions/follow-up';"], ["import OverviewPage from '@/app/(app)/oversikt/page';"]])('refuses %s', async (code) => {
    expect(await boundaryErrors('db/queries/boundary-fixture.ts', code)).toEqual([expect.stringContaining('db/ er databasen alene')]);
  });
});

describe('zod only through lib/pure/validation/zod.ts', () => {
  it('refuses zod itself, and its subpaths', async () => {
    expect(await boundaryErrors('lib/pure/validation/boundary-fixture.ts', "import { z } from 'zod';")).toEqual([expect.stringContaining('lib/pure/validation/zod.ts')]);
    expect(await boundaryErrors('app/(app)/boundary-fixture.tsx', "import { z } from 'zod/v4';")).toHaveLength(1);
  });

  it('allows a type import (erased before it runs) and the configuring module itself', async () => {
    expect(await boundaryErrors('lib/server/actions/boundary-fixture.ts', "import type { z } from 'zod';")).toEqual([]);
    expect(await boundaryErrors('lib/pure/validation/zod.ts', "import { z } from 'zod';\nimport no from 'zod/v4/locales/no.js';")).toEqual([]);
  });
});

describe("a route imports only its own and its ancestors' _components", () => {
  it("refuses another route's components", async () => {
    const code = "import { PeoplePanel } from '@/app/(app)/samarbeid/[id]/_components/people-panel';";
    expect(await boundaryErrors('app/(app)/kommune/[kommunenummer]/forankring/page.tsx', code)).toEqual([expect.stringContaining('app/(app)/samarbeid/[id]/')]);
    expect(await boundaryErrors('app/(app)/samarbeid/[id]/personer/_components/fixture.tsx', "import { AnchoringSummary } from '../../forankring/_components/anchoring-summary';")).toHaveLength(1);
  });

  it("allows its own, an ancestor's and the shared ones", async () => {
    const file = 'app/(app)/samarbeid/[id]/design/page.tsx';
    expect(await boundaryErrors(file, "import { PeoplePanel } from '../_components/people-panel';")).toEqual([]);
    expect(await boundaryErrors(file, "import { PageHeader } from '@/app/_components/page-header';")).toEqual([]);
    expect(await boundaryErrors('app/(app)/samarbeid/[id]/_components/fixture.tsx', "import { LinkStateView } from './link-state';")).toEqual([]);
  });

  it('keeps lib out of the app, shared components included', async () => {
    expect(await boundaryErrors('lib/server/boundary-fixture.ts', "import { PageHeader } from '@/app/_components/page-header';")).toEqual([
      expect.stringContaining('hører til ruten app/'),
      expect.stringContaining('lib/ ligger under rutene'),
    ]);
  });
});
