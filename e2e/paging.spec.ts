// Paging long lists through the URL (?side=N): the national /innsyn list has more than 50
// municipalities in the reference data, so it has pages whatever other specs add. The pager
// is a navigation landmark of real links, usable by mouse and keyboard, and a page past the
// end says so and links back instead of showing an empty table.
import { expect, type Page } from '@playwright/test';
import { test, expectAccessible, signInAs, notesScreenshot, shotsDir } from './fixtures';

const SHOTS = shotsDir('paging');
const pager = (page: Page, name: string) => page.getByRole('navigation', { name });
const firstMunicipality = (page: Page) => page.locator('table tbody tr td:first-child a').first().textContent();

test('den nasjonale listen blas i med pageren: side 2 med mus, side 3 med tastatur', async ({ page }) => {
  await page.goto('/innsyn');
  await expect(page.getByTestId('innsyn-utvalg')).toHaveText(/^Viser 1–50 av \d{3}$/);
  await expect(page.locator('table tbody tr')).toHaveCount(50);
  const nav = pager(page, 'Sider med kommuner');
  await expect(nav.getByRole('link', { name: 'Side 1' })).toHaveAttribute('aria-current', 'true');
  await expect(nav.getByRole('link', { name: 'Forrige side' })).toHaveCount(0);
  await expect(nav.getByRole('button')).toHaveCount(0); // the hidden placeholder keeps the arrow's place only
  await expectAccessible(page);
  const onFirst = await firstMunicipality(page);

  await nav.getByRole('link', { name: 'Neste side' }).click();
  await expect(page).toHaveURL(/\/innsyn\?side=2$/);
  await expect(page.getByTestId('innsyn-utvalg')).toHaveText(/^Viser 51–100 av \d{3}$/);
  await expect(nav.getByRole('link', { name: 'Side 2' })).toHaveAttribute('aria-current', 'true');
  expect(await firstMunicipality(page)).not.toBe(onFirst);
  await expectAccessible(page);
  await nav.scrollIntoViewIfNeeded();
  await notesScreenshot(page, { path: `${SHOTS}/innsyn-side-2.png` });

  // Keyboard only: Tab through the pager from "Forrige side" until "Side 3" has focus, then Enter.
  await nav.getByRole('link', { name: 'Forrige side' }).focus();
  for (let i = 0; i < 8; i++) {
    if (await nav.getByRole('link', { name: 'Side 3' }).evaluate((a) => a === document.activeElement)) break;
    await page.keyboard.press('Tab');
  }
  await expect(nav.getByRole('link', { name: 'Side 3' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/innsyn\?side=3$/);
  await expect(page.getByTestId('innsyn-utvalg')).toHaveText(/^Viser 101–150 av \d{3}$/);
});

test('søket følger med når man blar, og en side etter slutten lenker tilbake', async ({ page }) => {
  await page.goto('/innsyn?q=a');
  const nav = pager(page, 'Sider med kommuner');
  await nav.getByRole('link', { name: 'Side 2' }).click();
  await expect(page).toHaveURL(/\/innsyn\?q=a&side=2$/);
  await expect(page.getByLabel('Søk etter kommune')).toHaveValue('a');

  await page.goto('/innsyn?side=999');
  await expect(page.getByText('Det er ingen kommuner på denne siden. Gå tilbake til en av sidene nedenfor.')).toBeVisible();
  await expect(page.getByTestId('innsyn-utvalg')).toHaveText(/^Side 999 finnes ikke: listen har \d+ sider$/);
  await expect(page.locator('table')).toHaveCount(0);
  await expectAccessible(page);
  await nav.getByRole('link', { name: 'Forrige side' }).click();
  await expect(page.locator('table tbody tr').first()).toBeVisible();
  await expect(page.getByTestId('innsyn-utvalg')).toHaveText(/^Viser \d+–\d+ av \d{3}$/);

  // Nonsense in ?side= is page 1, not an error.
  await page.goto('/innsyn?side=abc');
  await expect(page.getByTestId('innsyn-utvalg')).toHaveText(/^Viser 1–50 av/);
});

test('registeret sier fra om en side etter slutten og beholder filteret i lenkene', async ({ page }) => {
  await signInAs(page, 'radmannsteam');
  await page.goto('/register/4204?tilstand=drift&side=40');
  await expect(page.getByText('Det er ingen samarbeid på denne siden. Gå tilbake til en av sidene nedenfor.')).toBeVisible();
  await expect(page.getByTestId('register-utvalg')).toHaveText(/^Side 40 finnes ikke: listen har \d+ sider?$/);
  await expect(page.getByLabel('Søk i navn, deltakere og sponsorer')).toBeVisible();
  await expectAccessible(page);
  await notesScreenshot(page, { path: `${SHOTS}/register-forbi-slutten.png`, fullPage: true });
  await pager(page, 'Sider i registeret').getByRole('link', { name: 'Forrige side' }).click();
  await expect(page).toHaveURL(/\/register\/4204\?tilstand=drift(&side=\d+)?$/);
  await expect(page.getByTestId('register-tabell')).toBeVisible();
  await expect(page.getByTestId('register-utvalg')).toHaveText(/^Viser 1–\d+ av \d+$/);
});
