import { expect } from '@playwright/test';
import { test, expectAccessible, signInAs } from './fixtures';

test('operativ leder finner kalenderadressen på profilen, abonnerer og lager ny adresse', async ({ page, request }) => {
  const user = await signInAs(page, 'operativ_leder');
  await page.getByTestId('innlogget-bruker').click();
  await expect(page).toHaveURL(/\/profil$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Min profil' })).toBeVisible();
  const main = page.getByRole('main');
  await expect(main.getByText(user.email)).toBeVisible();
  await expect(main.getByText('Operativ leder', { exact: true })).toBeVisible();

  const address = page.getByLabel('Kalenderadresse');
  const oldUrl = await address.inputValue();
  expect(oldUrl).toMatch(/^http:\/\/localhost:\d+\/api\/kalender\/[A-Za-z0-9_-]{43}\.ics$/);
  await expect(page.getByRole('link', { name: 'Åpne i kalenderprogrammet' })).toHaveAttribute('href', oldUrl.replace(/^http:/, 'webcal:'));

  const feed = await page.request.get(oldUrl);
  expect(feed.status()).toBe(200);
  expect(feed.headers()['content-type']).toBe('text/calendar; charset=utf-8');
  expect(await feed.text()).toContain('BEGIN:VCALENDAR');
  // A calendar program has no session: the address alone is enough, with or without .ics.
  expect((await request.get(oldUrl.replace(/\.ics$/, ''))).status()).toBe(200);

  await page.getByText('Slik legger du kalenderen inn i Outlook').click();
  await expect(page.getByText('Abonner fra nettet', { exact: false })).toBeVisible();
  await expectAccessible(page);

  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: 'Lag ny adresse' }).click();
  await expect(page.getByText('Ny kalenderadresse er laget.')).toBeVisible();
  await expect(address).not.toHaveValue(oldUrl);
  const newUrl = await address.inputValue();

  const gone = await page.request.get(oldUrl);
  expect(gone.status()).toBe(404);
  expect((await gone.json()).error).toMatch(/^Fant ikke kalenderen/);
  expect((await page.request.get(newUrl)).status()).toBe(200);

  // The page shows the new address after a reload too.
  await page.reload();
  await expect(page.getByLabel('Kalenderadresse')).toHaveValue(newUrl);
});
