// Shared e2e helpers: the `test` every spec uses (it fails a test on any Content-Security-
// Policy violation in any page it opened), demo accounts, signing in, and the accessibility check.
import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { DEMO_PASSWORD, DEMO_USERS, type DemoUser } from '../db/seed/demo-users';

export { DEMO_PASSWORD, DEMO_USERS };
export type { DemoUser };

const CSP_MESSAGE = /Content Security Policy|CSP-brudd/i;

/** Collects CSP violations from a context: Chromium's console report, and the DOM event as a backstop. */
async function watchCsp(context: BrowserContext, violations: string[]) {
  context.on('console', (message) => {
    if (CSP_MESSAGE.test(message.text())) violations.push(`${message.location().url || message.page()?.url()}: ${message.text()}`);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP-brudd: ${e.violatedDirective} blokkerte ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
}

/**
 * Every spec imports `test` from here (eslint enforces it): an automatic fixture watches the
 * default context and every context the test opens itself, and fails the test on a violation.
 */
export const test = base.extend<{ cspGuard: void }>({
  cspGuard: [
    async ({ browser, context }, use) => {
      const violations: string[] = [];
      await watchCsp(context, violations);
      const original = browser.newContext.bind(browser);
      const patched: Browser['newContext'] = async (options) => {
        const created = await original(options);
        await watchCsp(created, violations);
        return created;
      };
      browser.newContext = patched;
      const run = use; // Playwright's fixture callback (not React's hook, which the linter suspects)
      await run().finally(() => {
        browser.newContext = original;
      });
      expect(violations, 'brudd på Content-Security-Policy i nettleserkonsollen').toEqual([]);
    },
    { auto: true },
  ],
});

export function demoUser(role: DemoUser['role']): DemoUser {
  const user = DEMO_USERS.find((u) => u.role === role);
  if (!user) throw new Error(`No demo user for ${role}`);
  return user;
}

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto('/logg-inn');
  await page.getByLabel('E-post').fill(email);
  await page.getByLabel('Passord').fill(password);
  await page.getByRole('button', { name: 'Logg inn' }).click();
}

export async function signInAs(page: Page, role: DemoUser['role']) {
  const user = demoUser(role);
  await signIn(page, user.email);
  await expect(page.getByTestId('innlogget-bruker')).toHaveText(user.name);
  return user;
}

/** WCAG 2.1 A/AA checks; fails on any serious or critical violation, listing them. */
export async function expectAccessible(page: Page) {
  // Metadata streams in after the body: wait for the title so axe does not see a page without one.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const summary = bad.map((v) => `${v.id} (${v.impact}): ${v.help} – ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

export async function createUserAsAdmin(page: Page, user: { name: string; email: string; password: string; title?: string }) {
  await signInAs(page, 'administrator');
  await page.goto('/admin/brukere');
  await page.getByLabel('Fullt navn').fill(user.name);
  await page.getByLabel('E-post').fill(user.email);
  if (user.title) await page.getByLabel('Stilling (valgfritt)').fill(user.title);
  await page.getByLabel('Førstegangspassord').fill(user.password);
  await page.getByRole('button', { name: 'Opprett bruker' }).click();
  await expect(page.getByRole('heading', { level: 1, name: user.name })).toBeVisible();
}

/** The form's own alert (Next's route announcer also has role=alert). */
export function formAlert(page: Page) {
  return page.locator('form [role="alert"]');
}

/**
 * Moves the server's clock for this browser context (honoured only by the e2e server). The
 * cookie is set for the host of the configured baseURL, so it works before the first page
 * is opened too; reload or navigate afterwards to see pages as of the new time.
 */
export async function setClock(page: Page, iso: string) {
  const baseUrl = test.info().project.use.baseURL ?? (page.url() === 'about:blank' ? 'http://localhost' : page.url());
  await page.context().addCookies([{ name: 'bb-klokke', value: iso, url: new URL('/', baseUrl).toString() }]);
}

/** Back to the real clock for this browser context. */
export async function resetClock(page: Page) {
  await page.context().clearCookies({ name: 'bb-klokke' });
}
