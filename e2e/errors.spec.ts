import { expect } from '@playwright/test';
import { test, expectAccessible, signInAs } from './fixtures';

test('ukjent adresse gir norsk 404-side', async ({ page }) => {
  const response = await page.goto('/finnes/ikke/her');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vi fant ikke siden');
  await expectAccessible(page);
});

test('en serverfeil gir norsk feilside uten interne detaljer', async ({ page }) => {
  await signInAs(page, 'administrator');
  const response = await page.goto('/admin/diagnostikk/testfeil');
  expect(response?.status()).toBe(500);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Noe gikk galt');
  await expect(page.getByText(/Referanse:/)).toBeVisible();
  const html = await page.content();
  for (const internal of ['Tvungen testfeil', 'hemmelig', 'DATABASE_URL', 'at async', '.tsx', 'node_modules']) {
    expect(html).not.toContain(internal);
  }
  await expectAccessible(page);
});

test('helsesjekken svarer med databasetype og antall migreringer', async ({ request }) => {
  const res = await request.get('/api/health');
  expect(res.status()).toBe(200);
  const body = await res.json();
  expect(body.status).toBe('ok');
  expect(['pglite', 'postgres']).toContain(body.database);
  expect(body.migrations).toBeGreaterThan(0);
});
