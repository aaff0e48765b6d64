// Issue 12: no route ships more than 200 kB of gzipped JavaScript. Reads the production build
// the e2e server was started from (scripts/js-budget.ts explains what is counted).
import path from 'node:path';
import { expect } from '@playwright/test';
import { FORM_ALLOWANCE_KB, formatWeights, JS_BUDGET_KB, overBudget, routeWeights } from '../scripts/js-budget';
import { test } from './fixtures';

// The form routes listed in scripts/js-budget.ts may still ship up to FORM_ALLOWANCE_KB.
test(`every route ships at most ${JS_BUDGET_KB} kB of gzipped client JavaScript (form routes ${FORM_ALLOWANCE_KB} kB for now)`, () => {
  const weights = routeWeights(path.join(process.cwd(), process.env.NEXT_DIST_DIR || '.next'));
  expect(weights.length, 'fant for få ruter i bygget').toBeGreaterThan(20);
  const over = overBudget(weights);
  expect(over, `Ruter over budsjettet:\n${formatWeights(over)}`).toEqual([]);
});
