// A save that gets no answer (the connection drops while the server action is on its way) is
// said at the top of the page in words, and the form keeps what was typed. Before, the button
// stopped spinning and nothing else happened. The request is aborted in the browser, so nothing
// reaches the server.
import { expect } from '@playwright/test';
import { test, expectAccessible, signInAs } from './fixtures';

test('en lagring uten svar sier fra øverst på siden, og skjemaet beholder det som er skrevet', async ({ page }) => {
  await signInAs(page, 'medlemsrepresentant');
  await page.goto('/profil/passord');
  const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Bytt passord' }) });
  await form.getByLabel('Passordet du har nå').fill('det gamle passordet mitt');
  await form.getByLabel('Nytt passord', { exact: true }).fill('en lang og ny setning som passord');
  await form.getByLabel('Gjenta nytt passord').fill('en lang og ny setning som passord');

  // Server actions are POSTs with a Next-Action header: cut the connection on the way there.
  let aborted = 0;
  await page.route('**/*', async (route) => {
    const request = route.request();
    if (request.method() === 'POST' && (await request.headerValue('next-action'))) {
      aborted += 1;
      return route.abort('connectionreset');
    }
    return route.fallback();
  });
  await form.getByRole('button', { name: 'Bytt passord' }).click();

  const flash = page.getByTestId('flash');
  await expect(flash).toHaveAttribute('role', 'alert');
  await expect(flash).toContainText('Vi fikk ikke svar da du lagret. Sjekk nettforbindelsen og prøv igjen');
  expect(aborted).toBe(1);
  await expect(form.getByRole('button', { name: 'Bytt passord' })).toBeEnabled();
  await expect(form.getByLabel('Passordet du har nå')).toHaveValue('det gamle passordet mitt');
  await expect(form.getByLabel('Nytt passord', { exact: true })).toHaveValue('en lang og ny setning som passord');
  await expectAccessible(page);
});
