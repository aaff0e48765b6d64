// The municipal register: who may open it, filtering through the URL, and the CSV that
// Norwegian Excel opens (byte order mark, semicolons) holding exactly the rows on screen.
import { readFile } from 'node:fs/promises';
import { expect, type Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { test, expectAccessible, signInAs } from './fixtures';

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const table = (page: Page) => page.getByTestId('register-tabell');
const rowNames = (page: Page) => table(page).locator('tbody tr td:first-child a').allTextContents();
/** Designsystemet ties labels to fields once hydrated; axe before that would see bare inputs. */
const expectFormReady = (page: Page) => expect(page.getByLabel('Søk i navn, deltakere og sponsorer')).toBeVisible();

test('rådmannsteam ser Kristiansands register, filtrerer og laster ned CSV', async ({ page }) => {
  await signInAs(page, 'radmannsteam');
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Register' }).click();
  await expect(page).toHaveURL(/\/register\/4204$/);
  await expect(heading(page)).toHaveText('Samarbeidsregister for Kristiansand kommune');
  await expect(table(page).getByRole('link', { name: 'Interkommunal legevakt i Kristiansandsregionen' })).toBeVisible();
  expect((await rowNames(page)).length).toBeGreaterThanOrEqual(3);
  await expectFormReady(page);
  // Each light carries its verdict in words for screen readers, not only a colour.
  await expect(table(page).getByText(/^Input: (grønn|gul|rød|ukjent) \(/).first()).toBeAttached();
  await expectAccessible(page);

  await page.getByLabel('Tilstand', { exact: true }).selectOption('drift');
  await page.getByRole('button', { name: 'Vis' }).click();
  await expect(page).toHaveURL(/tilstand=drift/);
  const states = await table(page).locator('tbody tr td:nth-child(4) .ds-tag').allTextContents();
  expect(states.length).toBeGreaterThan(0);
  for (const state of states) expect(state).toBe('Drift');
  await expectFormReady(page);
  await expectAccessible(page);

  // Searching, across all states (other tests move the legevakt on through its lifecycle).
  await page.getByLabel('Tilstand', { exact: true }).selectOption('');
  await page.getByLabel('Søk i navn, deltakere og sponsorer').fill('legevakt');
  await page.getByRole('button', { name: 'Vis' }).click();
  await expect(page).toHaveURL(/q=legevakt/);
  const shown = await rowNames(page);
  const shownStates = await table(page).locator('tbody tr td:nth-child(4) .ds-tag').allTextContents();
  expect(shown).toContain('Interkommunal legevakt i Kristiansandsregionen');
  for (const name of shown) expect(name.toLowerCase()).toContain('legevakt');

  // The CSV repeats the filtered view.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Last ned CSV (Excel)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^samarbeidsregister-kristiansand-\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = await readFile((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8');
  expect(text.split('\r\n')[0]).toMatch(/^\ufeffSamarbeid;Organisasjonsnummer;Organisasjonsform;Oppgavefelt;/);
  const records = parse(text, { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
  expect(records.map((r) => r.Samarbeid)).toEqual(shown);
  expect(records.map((r) => r.Tilstand)).toEqual(shownStates);
  for (const r of records) {
    expect(r['Siste evaluering']).toMatch(/^(\d{2}\.\d{2}\.\d{4}|Ikke evaluert)$/);
  }
});

test('folkevalgt ser sin egen kommunes register, men ikke andres', async ({ page }) => {
  await signInAs(page, 'folkevalgt');
  await page.goto('/register');
  await expect(page).toHaveURL(/\/register\/4223$/);
  await expect(heading(page)).toHaveText('Samarbeidsregister for Vennesla kommune');
  expect((await rowNames(page)).length).toBeGreaterThan(0);
  await expectFormReady(page);
  await expectAccessible(page);

  await page.goto('/register/4204');
  await expect(heading(page)).toHaveText('Du har ikke tilgang til denne siden');
  expect((await page.request.get('/api/register/4204')).status()).toBe(403);
  const own = await page.request.get('/api/register/4223');
  expect(own.status()).toBe(200);
  expect(own.headers()['content-type']).toContain('text/csv');
});

test('administrator velger blant kommunene, og registeret har data for minst tre kommuner', async ({ page }) => {
  await signInAs(page, 'administrator');
  await page.goto('/register');
  await expect(heading(page)).toHaveText('Samarbeidsregister');
  await expectAccessible(page);
  for (const [kommunenummer, name] of [
    ['4204', 'Kristiansand'],
    ['3301', 'Drammen'],
    ['5501', 'Tromsø'],
  ]) {
    await page.goto('/register');
    await page.getByRole('link', { name: `${name} kommune` }).click();
    await expect(page).toHaveURL(new RegExp(`/register/${kommunenummer}$`));
    expect((await rowNames(page)).length, name).toBeGreaterThan(0);
    await expectFormReady(page);
    await expectAccessible(page);
  }
  expect((await page.request.get('/api/register/9999')).status()).toBe(404);
});

test('roller uten registertilgang og utloggede får ikke registeret', async ({ page }) => {
  expect((await page.request.get('/api/register/4204')).status()).toBe(401);
  await page.goto('/register/4204');
  await expect(page).toHaveURL(/\/logg-inn/);

  await signInAs(page, 'operativ_leder');
  await expect(page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Register' })).toHaveCount(0);
  await page.goto('/register');
  await expect(heading(page)).toHaveText('Du har ikke tilgang til denne siden');
  expect((await page.request.get('/api/register/4204')).status()).toBe(403);
});
