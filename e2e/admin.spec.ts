import { expect } from '@playwright/test';
import { test, createUserAsAdmin, expectAccessible, signIn } from './fixtures';
import { municipalityInput, pickMunicipality } from './pages/municipality-picker';
import { waitForHydration } from './pages/keyboard';
import { seedScenario } from './scenarios';

test('administrator oppretter bruker, gir og fjerner rolle', async ({ page, browser }) => {
  test.slow(); // two users, and the new one must choose her own password first
  await createUserAsAdmin(page, { name: 'Tone Testbruker', email: 'tone.test@example.no', password: 'et-godt-passord-123', title: 'Rådgiver' });
  await expectAccessible(page);
  await page.getByLabel('Rolle', { exact: true }).selectOption({ label: 'Rådmannsteam' });
  await page.getByRole('button', { name: 'Gi rolle' }).click();
  await expect(page.getByText('Velg hvilken kommune rollen gjelder.')).toBeVisible();
  // Stavanger is in none of the demo cooperations: a role there changes no list or invitation
  // another spec (running beside this one) counts.
  await pickMunicipality(page, 'Kommune', '1103', 'Stavanger');
  await page.getByRole('button', { name: 'Gi rolle' }).click();
  await expect(page.getByRole('status')).toHaveText('Rollen Rådmannsteam er gitt.');
  await expect(page.getByRole('cell', { name: 'Stavanger', exact: true })).toBeVisible();

  // The new user signs in and sees her role.
  const other = await browser.newContext();
  const userPage = await other.newPage();
  await signIn(userPage, 'tone.test@example.no', 'et-godt-passord-123');
  // The administrator chose the password: she must pick her own before anything else.
  await expect(userPage).toHaveURL(/\/profil\/passord$/);
  await expect(userPage.getByText('Passordet ditt ble valgt av en administrator.')).toBeVisible();
  await expectAccessible(userPage);
  await userPage.goto('/oversikt');
  await expect(userPage).toHaveURL(/\/profil\/passord$/);
  await userPage.getByLabel('Passordet du har nå').fill('et-godt-passord-123');
  await userPage.getByLabel('Nytt passord', { exact: true }).fill('Password2026!!');
  await userPage.getByLabel('Gjenta nytt passord').fill('Password2026!!');
  await userPage.getByRole('button', { name: 'Bytt passord' }).click();
  await expect(userPage.getByText(/blant de mest brukte/)).toBeVisible();
  await userPage.getByLabel('Nytt passord', { exact: true }).fill('tone sykler til rådhuset hver dag');
  await userPage.getByLabel('Gjenta nytt passord').fill('tone sykler til rådhuset hver dag');
  await userPage.getByRole('button', { name: 'Bytt passord' }).click();
  await expect(userPage.getByRole('heading', { level: 1 })).toHaveText('Hei, Tone');
  await expect(userPage.getByText('Rådmannsteam – Stavanger')).toBeVisible();

  // Revoking takes effect at once, without signing out.
  page.once('dialog', (d) => d.accept());
  await page.getByRole('button', { name: /Fjern rollen Rådmannsteam/ }).click();
  await expect(page.getByText('Brukeren har ingen roller')).toBeVisible();
  await userPage.reload();
  await expect(userPage.getByText('Du har ingen roller ennå. Kontakt systemforvalteren.')).toBeVisible();
  await other.close();
});

test('e-post som finnes fra før gir feltfeil og mister ikke det som er skrevet', async ({ page }) => {
  await createUserAsAdmin(page, { name: 'Dobbel Bruker', email: 'dobbel@example.no', password: 'et-godt-passord-123' });
  await page.goto('/admin/brukere');
  await page.getByLabel('Fullt navn').fill('Dobbel Igjen');
  await page.getByLabel('E-post').fill('dobbel@example.no');
  await page.getByLabel('Førstegangspassord').fill('et-godt-passord-123');
  await page.getByRole('button', { name: 'Opprett bruker' }).click();
  await expect(page.getByText('Det finnes allerede en bruker med denne e-postadressen.').first()).toBeVisible();
  await expect(page.getByLabel('Fullt navn')).toHaveValue('Dobbel Igjen');
});

test('brukerlisten søkes og blas i, og en samarbeidsrolle gis gjennom samarbeidssøket med tastaturet', async ({ page, browser }) => {
  // A cooperation of this test's own (the scenario route), so the role changes nothing another spec reads.
  await seedScenario(browser, 'styrt', 'Rollesøk Brannvesen', '2026-06-01');
  await createUserAsAdmin(page, { name: 'Siri Søkbar', email: 'siri.sokbar@example.no', password: 'et-godt-passord-123' });

  // The list finds her by a part of the e-mail address, and says how many it shows.
  await page.goto('/admin/brukere?q=SOKBAR@example');
  await expect(page.getByTestId('brukere-utvalg')).toHaveText('Viser 1–1 av 1');
  await page.getByRole('link', { name: 'Siri Søkbar' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Siri Søkbar' })).toBeVisible();

  await page.getByLabel('Rolle', { exact: true }).selectOption({ label: 'Operativ leder' });
  // The hits come from the server as the name is typed; chosen by keyboard alone.
  const picker = municipalityInput(page, 'Samarbeid');
  await waitForHydration(picker);
  await picker.focus();
  await picker.pressSequentially('R');
  await expect(page.getByText('Skriv minst 2 tegn av navnet.')).toBeVisible();
  await picker.pressSequentially('ollesøk brann');
  const hit = page.getByRole('option', { name: /^Rollesøk Brannvesen \([0-9a-f]{6}\)/ });
  await expect(hit).toBeVisible();
  await expectAccessible(page);
  const id = await hit.getAttribute('id');
  await expect(async () => {
    await picker.press('ArrowDown');
    await expect(picker).toHaveAttribute('aria-activedescendant', id ?? '', { timeout: 500 });
  }).toPass({ timeout: 15_000 });
  await picker.press('Enter');
  const chosen = await picker.inputValue();
  expect(chosen).toMatch(/^Rollesøk Brannvesen \([0-9a-f]{6}\)$/);
  await page.getByRole('button', { name: 'Gi rolle' }).click();
  await expect(page.getByRole('status')).toHaveText('Rollen Operativ leder er gitt.');
  await expect(page.getByRole('cell', { name: chosen, exact: true })).toBeVisible();
});
