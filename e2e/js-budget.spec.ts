// Issue 12: no route ships more than 200 kB of gzipped JavaScript. Reads the production build
// the e2e server was started from (scripts/js-budget.ts explains what is counted).
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { formatWeights, JS_BUDGET_KB, routeWeights } from '../scripts/js-budget';

test('every route ships at most 200 kB of gzipped client JavaScript', () => {
  const weights = routeWeights(path.join(process.cwd(), process.env.NEXT_DIST_DIR || '.next'));
  expect(weights.length, 'fant for få ruter i bygget').toBeGreaterThan(20);
  const over = weights.filter((w) => w.gzipBytes > JS_BUDGET_KB * 1024);
  expect(over, `Ruter over ${JS_BUDGET_KB} kB:\n${formatWeights(over)}`).toEqual([]);
});
