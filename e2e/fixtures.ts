// Shared e2e helpers: demo accounts, signing in, and the accessibility check.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { DEMO_PASSWORD, DEMO_USERS, type DemoUser } from '../db/seed/demo-users';

export { DEMO_PASSWORD, DEMO_USERS };
export type { DemoUser };

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

/** Moves the server's clock for this browser context (honoured only by the e2e server). */
export async function setClock(page: Page, iso: string) {
  const url = new URL(page.url() === 'about:blank' ? 'http://localhost' : page.url());
  await page.context().addCookies([{ name: 'bb-klokke', value: iso, domain: url.hostname, path: '/' }]);
}
