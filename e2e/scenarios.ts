// Test-only cooperations for e2e specs: the e2e server creates one per call (its own name,
// its own rådmannsteam user), so no spec depends on or changes another spec's data.
import { expect, type Browser } from '@playwright/test';
import { signInAs } from './fixtures';

export type Scenario = 'styrt' | 'understyring' | 'vertskommune_uten_godtgjoring' | 'ingen_nytte' | 'etter_valg';

export interface SeededScenario {
  id: string;
  email: string;
  password: string;
  name: string;
}

/** Creates the scenario's cooperation, in drift as of `today`, through the administrator-only test route. */
export async function seedScenario(browser: Browser, scenario: Scenario, name: string, today: string): Promise<SeededScenario> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, 'administrator');
  const response = await page.request.post('/api/test/samarbeid', { data: { scenario, name: `${name} (${crypto.randomUUID().slice(0, 6)})`, today } });
  expect(response.status(), await response.text()).toBe(200);
  const seeded = (await response.json()) as SeededScenario;
  await context.close();
  return seeded;
}
