import { expect, type Page } from '@playwright/test';
import { test, expectAccessible, signInAs } from './fixtures';
import { pickMunicipality } from './pages/municipality-picker';

async function createCooperation(page: Page, name: string, members: string[]) {
  await page.goto('/samarbeid/ny');
  await page.getByLabel('Navn på samarbeidet').fill(name);
  await page.getByLabel('Formål', { exact: true }).fill('Et felles tilbud som ingen av kommunene klarer alene.');
  await page.getByLabel('Oppgavefelt', { exact: true }).selectOption({ label: 'Barnevernvakt' });
  for (const m of members) {
    await pickMunicipality(page, 'Kommune', m);
    await page.getByRole('button', { name: 'Legg til kommune' }).click();
  }
  await page.getByRole('button', { name: 'Opprett samarbeidet' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  return page.url();
}

test('livsløpet: steg, historikk, hva som mangler, og samtidige endringer', async ({ page, browser }) => {
  await signInAs(page, 'radmannsteam');
  const url = await createCooperation(page, 'Barnevernvakt for Vennesla og Kristiansand', ['Vennesla']);
  await expect(page.getByTestId('livslop').locator('[aria-current="step"]')).toContainText('Utkast');
  await expectAccessible(page);

  // One request renders the page once: the action's response carries the page as it is after the
  // step (the action revalidates it), so the browser asks for no refresh of the page afterwards.
  const path = new URL(url).pathname;
  const actions: string[] = [];
  const refreshes: string[] = [];
  page.on('request', (request) => {
    const headers = request.headers();
    if (new URL(request.url()).pathname !== path) return;
    if (request.method() === 'POST' && headers['next-action']) actions.push(request.url());
    else if (request.method() === 'GET' && headers['rsc'] === '1' && !headers['next-router-prefetch']) refreshes.push(request.url());
  });
  await page.getByLabel('Kommentar til historikken (valgfritt)').fill('Enige i rådmannsutvalget 3. mars');
  await page.getByRole('button', { name: 'Start etablering' }).click();
  await expect(page.getByTestId('steg-resultat')).toHaveText('Steget «Start etablering» er registrert.');
  await expect(page.getByTestId('livslop').locator('[aria-current="step"]')).toContainText('Etablering');
  await page.waitForLoadState('networkidle');
  expect(actions).toHaveLength(1);
  expect(refreshes).toEqual([]);
  page.removeAllListeners('request');
  const history = page.getByTestId('historikk');
  await expect(history).toContainText('Etableringen startet');
  await expect(history).toContainText('Arbeidet begynte med fasen innramming.');
  await expect(history).toContainText('Rune Rådgiver');
  await expect(history).toContainText('«Enige i rådmannsutvalget 3. mars»');

  // Not ready: the step is shown disabled with exactly what is missing.
  const blocked = page.getByTestId('ikke-klar-SEND_TIL_MEDLEMSVEDTAK');
  await expect(blocked.getByRole('button', { name: 'Send til vedtak i deltakerne' })).toBeDisabled();
  await blocked.getByText('Vis alt som mangler').click();
  await expect(blocked).toContainText('Støtte og tilrettelegging: Mangler politisk sponsor for Vennesla kommune');
  await expectAccessible(page);

  // Two people on the same page: the second to act is told someone else was first.
  const other = await browser.newContext();
  const second = await other.newPage();
  await signInAs(second, 'radmannsteam');
  await second.goto(url);
  page.once('dialog', (d) => d.accept());
  await page.getByRole('button', { name: 'Avbryt etableringen' }).click();
  await expect(page.getByTestId('livslop')).toContainText('Etableringen ble avbrutt.');
  second.once('dialog', (d) => d.accept());
  await second.getByRole('button', { name: 'Avbryt etableringen' }).click();
  await expect(second.getByTestId('steg-resultat')).toHaveText('Noen andre har endret samarbeidet samtidig. Last siden på nytt og prøv igjen.');
  await other.close();
});

test('en folkevalgt kan lese samarbeidet, men ikke ta livsløpssteg', async ({ page }) => {
  await signInAs(page, 'folkevalgt');
  await page.goto(`/samarbeid?q=${encodeURIComponent('Interkommunal legevakt i Kristiansandsregionen')}`);
  await page.getByRole('link', { name: 'Interkommunal legevakt i Kristiansandsregionen' }).click();
  await expect(page.getByText('rollene dine gir ikke lov til å ta livsløpssteg')).toBeVisible();
  await expect(page.getByRole('button', { name: /Start|Send|Avbryt/ })).toHaveCount(0);
  await expectAccessible(page);
});

test('administrator kontrollerer at alle livsløp stemmer med historikken', async ({ page }) => {
  await signInAs(page, 'administrator');
  await page.goto('/admin/diagnostikk');
  await page.getByRole('button', { name: 'Kontroller alle livsløp' }).click();
  await expect(page.getByTestId('konsistens-resultat').getByRole('status')).toContainText(/Alle \d+ samarbeid står der historikken deres sier\./);
  await expectAccessible(page);
});
