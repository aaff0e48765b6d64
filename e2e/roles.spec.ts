import { expect } from '@playwright/test';
import { test, DEMO_USERS, expectAccessible, signInAs } from './fixtures';

// Each role's landing page, the tasks it may show there, and the pages each role can open;
// axe runs on every one of them.
const COMMON = ['/om', '/tilgjengelighet'];
const ADMIN = ['/admin/brukere', '/admin/kommuner', '/admin/kommuner?q=kristian'];

// The dashboard tasks each role can act on (TASK_ACTIONS in lib/pure/dashboard/tasks.ts, decided by can()); any other
// task of a cooperation the role reads is shown under "Venter på andre".
const TASKS: Record<string, string[]> = {
  radmannsteam: ['sponsor', 'vedtak', 'evaluering', 'informasjon', 'fullfor'],
  folkevalgt: [],
  politisk_sponsor: ['informasjon'],
  administrativ_sponsor: ['informasjon'],
  operativ_leder: ['sponsor', 'evaluering', 'informasjon', 'fullfor'],
  medlemsrepresentant: ['vedtak'],
};

for (const user of DEMO_USERS) {
  test(`${user.role} logger inn, ser sin oversikt, og hver side er tilgjengelig`, async ({ page }) => {
    // axe on every page a role can open: on a busy 2-core runner this takes longer than one page.
    test.slow();
    await signInAs(page, user.role);
    if (user.role === 'administrator') {
      // No cooperations of their own: the administration overview, not every cooperation in the country.
      await expect(page).toHaveURL(/\/admin$/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Administrasjon');
      await expect(page.getByTestId('admin-oversikt')).toContainText('i arbeid');
      await expect(page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Oversikt' })).toHaveCount(0);
    } else {
      await expect(page).toHaveURL(/\/oversikt$/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Hei, ${user.name.split(' ')[0]}`);
      await expect(page.getByRole('heading', { name: 'Dine roller' })).toBeVisible();
      // Only tasks the role can act on; drafts and ended cooperations carry no lights.
      const shown = await page.locator('[data-oppgave]').evaluateAll((items) => items.map((i) => i.getAttribute('data-oppgave')));
      expect(shown.filter((kind) => !TASKS[user.role]!.includes(kind!)), 'oppgaver rollen ikke kan utføre').toEqual([]);
      await expect(page.locator('[data-testid^="oversikt-gruppe-"] [data-testid="trafikklys"]')).toHaveCount(0);
    }
    await expectAccessible(page);
    // On a phone too: nothing scrolls sideways (WCAG 1.4.10 reflow) and axe is clean.
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth), 'sidebredde på 390 px').toBeLessThanOrEqual(390);
    await expectAccessible(page);
    await page.setViewportSize({ width: 1280, height: 720 });
    // The header on each role's landing page is checked above; the shared pages once, signed in as the administrator.
    const pages = user.role === 'administrator' ? [...COMMON, ...ADMIN] : [];
    for (const path of pages) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectAccessible(page);
      await page.setViewportSize({ width: 390, height: 844 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `sidebredde på 390 px: ${path}`).toBeLessThanOrEqual(390);
      await page.setViewportSize({ width: 1280, height: 720 });
    }
    if (user.role !== 'administrator') {
      expect((await page.goto('/admin/brukere'))?.status()).toBe(403);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Du har ikke tilgang til denne siden');
      // The role form's cooperation search is the administrator's too.
      expect((await page.request.get('/api/samarbeid/sok?q=legevakt')).status()).toBe(403);
    } else {
      const search = await page.request.get('/api/samarbeid/sok?q=legevakt');
      expect(search.status()).toBe(200);
      expect(((await search.json()) as { treff: { name: string }[] }).treff.length).toBeGreaterThan(0);
      expect((await page.request.get('/api/samarbeid/sok?q=l')).status()).toBe(400);
    }
  });
}

test('forsiden og de åpne sidene er tilgjengelige uten innlogging, også på telefon', async ({ page }) => {
  for (const path of ['/', ...COMMON]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectAccessible(page);
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `sidebredde på 390 px: ${path}`).toBeLessThanOrEqual(390);
    await expectAccessible(page);
    await page.setViewportSize({ width: 1280, height: 720 });
  }
});
