// Importing a municipality's list from Excel: a 40-row file with 3 bad rows is previewed
// with the three errors named by row, nothing is imported; the corrected file imports all
// 40 into drift and the register shows them; the same file again imports 0.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { BAD_ROWS, importFixture } from '../testing/fixtures/import';
import { importWorkbook } from '../lib/pure/import/template';
import { expectAccessible, signInAs, test, notesScreenshot } from './fixtures';

async function workbook(name: string, withErrors: boolean, seed: number): Promise<string> {
  const dir = test.info().outputPath('filer');
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, name);
  // Not shown in Innsyn: the public register, statistics and networks other specs check against
  // the demo data (e2e/open-register.spec.ts) stay as they are.
  const records = importFixture(40, { seed, withErrors }).map((r) => ({ ...r, innsyn: 'Nei' }));
  await writeFile(file, await importWorkbook(records, []));
  return file;
}

async function preview(page: Page, file: string) {
  await page.getByLabel('Regneark (.xlsx eller .csv)').setInputFiles(file);
  await page.getByRole('button', { name: 'Forhåndsvis' }).click();
  await expect(page.getByTestId('forhandsvisning')).toBeVisible({ timeout: 60_000 });
}

test('rådmannsteam importerer 40 samarbeid fra Excel, retter tre feil, og en ny opplasting gir ingen nye', async ({ page }) => {
  // Three uploads, an import of 40 and a register search: a long flow on a busy machine.
  test.setTimeout(300_000);
  const seed = 100 + (Date.now() % 800);
  await signInAs(page, 'radmannsteam');
  await page.goto('/samarbeid');
  await page.getByRole('link', { name: 'Importer fra regneark' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Importer samarbeid fra regneark');
  await expect(page.getByText('Samarbeidene importeres for')).toContainText('Kristiansand kommune');
  await expectAccessible(page);

  // The template is there to download, with the documented columns.
  const template = await page.request.get('/samarbeid/importer/mal.xlsx');
  expect(template.status()).toBe(200);
  expect(template.headers()['content-type']).toContain('spreadsheetml');
  await expect(page.getByRole('table', { name: 'Kolonnene importen leser' }).getByText('Organisasjonsnummer', { exact: true })).toBeVisible();

  // 40 rows, 3 of them bad: the preview names each, and nothing can be imported.
  await preview(page, await workbook('samarbeid-med-feil.xlsx', true, seed));
  await expect(page.getByText('40 rader: 37 nye, 0 finnes fra før, 3 med feil.')).toBeVisible();
  const errors = page.getByTestId('importfeil');
  await expect(errors.getByRole('heading')).toHaveText('3 rader må rettes før noe kan importeres');
  await expect(errors.getByRole('listitem')).toHaveCount(3);
  await expect(errors.getByRole('listitem').nth(0)).toContainText(`Rad ${BAD_ROWS.unknownMunicipality + 2}`);
  await expect(errors.getByRole('listitem').nth(0)).toContainText('Ukjent kommunenummer: 4299.');
  await expect(errors.getByRole('listitem').nth(1)).toContainText(`Rad ${BAD_ROWS.badDate + 2}`);
  await expect(errors.getByRole('listitem').nth(1)).toContainText('Ugyldig startdato «31.02.2009».');
  await expect(errors.getByRole('listitem').nth(2)).toContainText(`Rad ${BAD_ROWS.badOrganisationNumber + 2}`);
  await expect(errors.getByRole('listitem').nth(2)).toContainText('kontrollsifferet stemmer ikke');
  await expect(page.getByRole('button', { name: /^Importer \d+ samarbeid$/ })).toHaveCount(0);
  await expectAccessible(page);
  await notesScreenshot(page, { path: test.info().outputPath('forhandsvisning-med-feil.png'), fullPage: true });

  // The corrected file: all 40 new, imported in one go.
  const corrected = await workbook('samarbeid-rettet.xlsx', false, seed);
  await preview(page, corrected);
  await expect(page.getByText('40 rader: 40 nye, 0 finnes fra før, 0 med feil.')).toBeVisible();
  await notesScreenshot(page, { path: test.info().outputPath('forhandsvisning-klar.png'), fullPage: true });
  await page.getByRole('button', { name: 'Importer 40 samarbeid' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'importert' })).toContainText('40 samarbeid er importert og satt i drift.', { timeout: 60_000 });
  await expectAccessible(page);

  // The register shows all 40, in drift.
  await page.getByRole('link', { name: 'Se registeret for Kristiansand kommune' }).click();
  await page.getByLabel('Søk i navn, deltakere og sponsorer').fill(`Samarbeid ${seed}-`);
  await page.getByRole('button', { name: 'Vis' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /^40 av \d+ samarbeid$/ })).toBeVisible();
  const states = await page.getByTestId('register-tabell').locator('tbody tr td:nth-child(4) .ds-tag').allTextContents();
  expect(states).toEqual(Array(40).fill('Drift'));

  // The same file again: everything is already there, nothing new to import.
  await page.goto('/samarbeid/importer');
  await preview(page, corrected);
  await expect(page.getByText('40 rader: 0 nye, 40 finnes fra før, 0 med feil.')).toBeVisible();
  await expect(page.getByText('Alle radene finnes allerede i registeret. Det er ingenting nytt å importere.')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Importer \d+ samarbeid$/ })).toHaveCount(0);
  await expectAccessible(page);
  await notesScreenshot(page, { path: test.info().outputPath('forhandsvisning-finnes.png'), fullPage: true });
});
