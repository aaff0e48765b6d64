// Shared e2e helpers: the `test` every spec uses (it fails a test on any Content-Security-
// Policy violation in any page it opened), demo accounts, signing in, and the accessibility check.
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { expect, test as base, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { DEMO_PASSWORD, DEMO_USERS, type DemoUser } from '../scripts/seed/demo-users';

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

/**
 * Signs in through next-auth's credentials endpoint with the context's request client (the
 * same cookie jar as its pages). The sign-in form itself is tested in auth.spec; elsewhere this
 * spares each test a page load and the hydration of the sign-in page.
 */
async function postCredentials(page: Page, email: string, password: string) {
  const request = page.context().request;
  const { csrfToken } = (await (await request.get('/api/auth/csrf')).json()) as { csrfToken: string };
  const response = await request.post('/api/auth/callback/credentials', {
    form: { csrfToken, email, password, callbackUrl: '/oversikt', json: 'true' },
  });
  expect(response.ok(), `innlogging som ${email}`).toBe(true);
}

/** Signs in as someone and opens `path` (the sign-in form's landing page unless told). */
export async function signInTo(page: Page, user: { email: string; password: string; name: string }, path = '/oversikt') {
  await postCredentials(page, user.email, user.password);
  await page.goto(path);
  await expect(page.getByTestId('innlogget-bruker')).toHaveText(user.name);
}

/** Signs in as a demo role and lands on /oversikt, as the sign-in form does. */
export async function signInAs(page: Page, role: DemoUser['role']) {
  const user = demoUser(role);
  await signInTo(page, { ...user, password: DEMO_PASSWORD });
  return user;
}

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

type AxeViolation = { id: string; impact?: string | null; help: string; nodes: { target: unknown[] }[] };

/** One axe run over the page: its serious and critical violations, one line each. */
async function axeSummary(page: Page): Promise<string[]> {
  let violations: AxeViolation[];
  if (page.frames().length > 1) {
    violations = (await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()).violations;
  } else {
    if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
    violations = await page.evaluate(
      (tags) =>
        (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: AxeViolation[] }> } }).axe
          .run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'], iframes: false })
          .then((r) => r.violations.map(({ id, impact, help, nodes }) => ({ id, impact, help, nodes: nodes.map((n) => ({ target: n.target })) }))),
      AXE_TAGS,
    );
  }
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  return bad.map((v) => `${v.id} (${v.impact}): ${v.help} – ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

/**
 * WCAG 2.1 A/AA checks; fails on any serious or critical violation, listing them.
 *
 * axe-core runs straight in the page, and is injected once per document (a client-side
 * navigation keeps it). @axe-core/playwright's default mode re-injects axe into every frame and
 * opens a blank page to merge the frames' results, which tripled the cost of each check; it is
 * kept for the rare page with frames, where the merge is needed.
 */
export async function expectAccessible(page: Page) {
  // Metadata streams in after the body: wait for the title so axe does not see a page without one.
  await expect(page).toHaveTitle(/\S/);
  // A dialog or a message that is still fading in has a colour between its own and the page's:
  // axe would measure the contrast of that moment. Wait for the finite animations to end.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  let summary = await axeSummary(page);
  // React owns the <title>: an update that replaces the page's metadata (the refresh after a
  // server action) removes the old title before it adds the new one. A check that fell into that
  // moment saw no title at all; wait for it and check the settled page again.
  if (summary.some((line) => line.startsWith('document-title'))) {
    await expect(page).toHaveTitle(/\S/);
    summary = await axeSummary(page);
  }
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

/** Screenshots for issue notes and reviews are taken only when BB_SHOTS=1: each costs a second. */
export const NOTES_SCREENSHOTS = process.env.BB_SHOTS === '1';

/**
 * Where a spec's screenshots for the notes go: test-results/notes/<name> (ignored by git,
 * beside Playwright's own output), never /tmp. BB_SHOTS_DIR moves the notes folder.
 */
export function shotsDir(name: string): string {
  return path.join(process.env.BB_SHOTS_DIR ?? path.join('test-results', 'notes'), name);
}

export async function notesScreenshot(target: Page | Locator, options: { path: string; fullPage?: boolean }) {
  if (!NOTES_SCREENSHOTS) return;
  mkdirSync(path.dirname(options.path), { recursive: true });
  if ('goto' in target) await target.screenshot(options);
  else await target.screenshot({ path: options.path });
}
