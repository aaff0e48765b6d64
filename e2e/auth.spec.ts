import { expect } from '@playwright/test';
import { test, createUserAsAdmin, formAlert, demoUser, expectAccessible, signIn } from './fixtures';

test.describe('innlogging', () => {
  test('innloggingssiden er norsk og tilgjengelig', async ({ page }) => {
    await page.goto('/logg-inn');
    await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
    await expect(page.getByRole('heading', { name: 'Logg inn' })).toBeVisible();
    await expectAccessible(page);
  });

  test('feil passord og ukjent bruker gir samme melding', async ({ page }) => {
    const known = demoUser('radmannsteam');
    await signIn(page, known.email, 'feil-passord-her');
    await expect(formAlert(page)).toHaveText('E-postadressen eller passordet er feil.');
    await signIn(page, 'finnes.ikke@example.no', 'feil-passord-her');
    await expect(formAlert(page)).toHaveText('E-postadressen eller passordet er feil.');
  });

  test('skjemaet viser feltfeil på norsk', async ({ page }) => {
    await page.goto('/logg-inn');
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await expect(page.getByText('Skriv inn e-postadressen din.')).toBeVisible();
    await expect(page.getByText('Skriv inn passordet ditt.')).toBeVisible();
  });

  test('etter flere feil på rad må kontoen vente før neste forsøk herfra, også med riktig passord', async ({ browser }) => {
    test.slow(); // an account made by the administrator, then six sign-ins
    // A fresh account (made by the administrator), so the throttle spills into no other test.
    const email = 'sperres@example.no';
    const password = 'et-helt-riktig-passord';
    const admin = await browser.newContext();
    await createUserAsAdmin(await admin.newPage(), { name: 'Sperre Testesen', email, password });
    await admin.close();
    const context = await browser.newContext();
    const page = await context.newPage();
    for (let i = 0; i < 5; i++) {
      await signIn(page, email, `feil-${i}-passord`);
      await expect(formAlert(page)).toHaveText('E-postadressen eller passordet er feil.');
    }
    // The sixth attempt is not checked at all, even with the right password.
    await signIn(page, email, password);
    await expect(formAlert(page)).toContainText('For mange mislykkede innloggingsforsøk');
    await expect(formAlert(page)).toContainText(/vente \d+ sekunder/);
    await expect(page).toHaveURL(/\/logg-inn/);
    await context.close();
  });

  test('utlogging tar deg tilbake til innloggingssiden', async ({ page }) => {
    await signIn(page, demoUser('operativ_leder').email);
    await expect(page).toHaveURL(/\/oversikt/);
    await page.getByRole('button', { name: 'Logg ut' }).click();
    await expect(page).toHaveURL(/\/logg-inn\?utlogget=1/);
    await expect(page.getByText('Du er logget ut.')).toBeVisible();
    await page.goto('/oversikt');
    await expect(page).toHaveURL(/\/logg-inn\?callbackUrl=%2Foversikt/);
  });
});
