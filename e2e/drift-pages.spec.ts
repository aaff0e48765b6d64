// The pages issue 10 added or changed, read-only on the demo data (nothing is saved, so no
// other spec is affected): "Slik regnes det ut", the election form's refusal of a date that
// is no election day, the instruments matrix derived from the phases, the bodies' meetings,
// published minutes on /innsyn, and an overview with perceived and structural lights. axe on
// each; full-page screenshots for the issue note.
import { expect, type Page } from '@playwright/test';
import { test, expectAccessible, signInAs, notesScreenshot, NOTES_SCREENSHOTS, shotsDir } from './fixtures';

const SHOTS = shotsDir('issue10');
const LEGEVAKT = 'Interkommunal legevakt i Kristiansandsregionen';

test.use({ viewport: { width: 1366, height: 900 } });
test.describe.configure({ timeout: 180_000 });

async function shoot(page: Page, name: string) {
  if (!NOTES_SCREENSHOTS) return;
  await notesScreenshot(page, { path: `${SHOTS}/${name}.png`, fullPage: true });
}

async function openTab(page: Page, cooperation: string, tab: string) {
  await page.goto(`/samarbeid?q=${encodeURIComponent(cooperation)}`);
  await page.getByRole('link', { name: cooperation, exact: true }).click();
  if (tab !== 'Oversikt') await page.getByRole('navigation', { name: 'Samarbeidets sider' }).getByRole('link', { name: tab, exact: true }).click();
}

test('«Slik regnes det ut» viser vekter og terskler fra koden', async ({ page }) => {
  await page.goto('/om/slik-regnes-det-ut');
  await expect(page.getByRole('heading', { level: 1, name: 'Slik regnes det ut' })).toBeVisible();
  const input = page.getByTestId('vekter-input');
  await expect(input.getByRole('row', { name: /Formell forankring holdt hos hver deltaker/ })).toContainText('3');
  await expect(page.getByText('får demokratisk forankring høyst 69 poeng')).toBeVisible();
  await expect(page.getByTestId('varselregler')).toContainText('Ujevn nytte mellom deltakerne');
  await expectAccessible(page);
  await shoot(page, 'slik-regnes-det-ut');
});

test('kommunevalg: bare en ekte valgdag, eller en ekstraordinær hendelse med begrunnelse', async ({ page }) => {
  await signInAs(page, 'administrator');
  await page.goto('/admin/valg');
  const form = page.getByRole('form', { name: 'Registrer et valg' });
  await form.getByLabel('Valgdag').fill('2025-09-08');
  page.once('dialog', (d) => void d.dismiss());
  await form.getByRole('button', { name: 'Registrer kommunevalg' }).click();
  await expect(form.getByText('Det var ikke kommunevalg i 2025.', { exact: false })).toBeVisible();
  await form.getByLabel('Dette er en ekstraordinær hendelse, ikke et ordinært kommunevalg').check();
  await form.getByRole('button', { name: 'Registrer kommunevalg' }).click();
  await expect(form.getByText('Skriv hvorfor datoen skal regnes som et valg.')).toBeVisible();
  await expectAccessible(page);
  await shoot(page, 'admin-valg');
});

test('virkemidler fra fasene, møter i organene og publiserte referater', async ({ page, browser }) => {
  await signInAs(page, 'operativ_leder');
  await openTab(page, LEGEVAKT, 'Virkemidler');
  await expect(page.getByRole('heading', { level: 2, name: 'Virkemidler', exact: true })).toBeVisible();
  const matrix = page.getByRole('table', { name: 'Metastyringsmatrisen' });
  // Most of the legevakt's instruments were entered by hand; the phases add the rest, saying from where.
  await expect(matrix).toContainText('Fra design: 8 deltakere');
  await expect(matrix).not.toContainText('Ingen virkemidler i bruk');
  await expectAccessible(page);
  await shoot(page, 'virkemidler');

  await openTab(page, LEGEVAKT, 'Møter');
  await expect(page.getByRole('heading', { level: 3, name: /Samarbeidsutvalget for legevakten/ })).toBeVisible();
  await expect(page.getByText('Ny bemanningsplan for helgene')).toBeVisible();
  await expectAccessible(page);
  await shoot(page, 'moter-legevakt');

  const citizen = await (await browser.newContext()).newPage();
  await citizen.goto('/innsyn/kommune/4204');
  await citizen.getByRole('link', { name: LEGEVAKT, exact: true }).click();
  const minutes = citizen.getByTestId('publiserte-referater');
  await expect(minutes.getByRole('heading', { name: 'Fra møter i samarbeidets egne organer' })).toBeVisible();
  await expect(minutes.getByRole('link', { name: /Samarbeidsutvalget for legevakten/ })).toBeVisible();
  await expectAccessible(citizen);
  await shoot(citizen, 'innsyn-referater');
  await citizen.context().close();
});

test('oversikten viser varsler og lysene med opplevd legitimitet fra siste evaluering', async ({ page }) => {
  await signInAs(page, 'radmannsteam');
  await openTab(page, 'Region Kristiansand', 'Oversikt');
  await expect(page.getByTestId('samarbeid-varsler')).toBeVisible();
  const lights = page.getByRole('region', { name: 'Legitimitet' }).getByTestId('trafikklys');
  await expect(lights.getByTestId('opplevd')).toHaveCount(3);
  await expect(page.getByText(/«Opplevd» er svarene i evalueringsrunde \d+ /)).toBeVisible();
  await expectAccessible(page);
  await shoot(page, 'oversikt-region-kristiansand');
});
