import { expect } from '@playwright/test';
import { test, DEMO_USERS, expectAccessible, signInAs } from './fixtures';

// Pages each role can open from its landing page; axe runs on every one of them.
const COMMON = ['/oversikt', '/om', '/tilgjengelighet'];
const ADMIN = ['/admin', '/admin/brukere', '/admin/kommuner', '/admin/kommuner?q=kristian'];

for (const user of DEMO_USERS) {
  test(`${user.role} logger inn, ser sin oversikt, og hver side er tilgjengelig`, async ({ page }) => {
    // axe on every page a role can open: on a busy 2-core runner this takes longer than one page.
    test.slow();
    await signInAs(page, user.role);
    await expect(page).toHaveURL(/\/oversikt$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Hei, ${user.name.split(' ')[0]}`);
    await expect(page.getByRole('heading', { name: 'Dine roller' })).toBeVisible();
    const pages = user.role === 'administrator' ? [...COMMON, ...ADMIN] : COMMON;
    for (const path of pages) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectAccessible(page);
    }
    if (user.role !== 'administrator') {
      expect((await page.goto('/admin/brukere'))?.status()).toBe(403);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Du har ikke tilgang til denne siden');
    }
  });
}

test('forsiden for innbyggere er tilgjengelig uten innlogging', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectAccessible(page);
});
