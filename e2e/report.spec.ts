// The evaluation report of Region Kristiansand's closed and decided round 1 (demo data): the
// printable page (accessible, and only the document left when printed) and the PDF, read back
// as text. Read-only: nothing about the cooperation changes.
import { readFile } from 'node:fs/promises';
import { expect } from '@playwright/test';
import { extractText } from 'unpdf';
import { test, expectAccessible, signInAs } from './fixtures';

const COOPERATION = 'Region Kristiansand';
const SUMMARY_START = 'Rådet leverer det det ble etablert for';
const DECISION = 'Opprettholde samarbeidet';

async function pdfText(bytes: Uint8Array): Promise<string> {
  const { text } = await extractText(bytes, { mergePages: true });
  return text.replace(/\s+/g, ' ');
}

test('evalueringsrapporten: utskriftsvennlig side og PDF med oppsummering, poeng og beslutning', async ({ page, browser }) => {
  await signInAs(page, 'radmannsteam');
  await page.goto(`/samarbeid?q=${encodeURIComponent(COOPERATION)}`);
  await page.getByRole('link', { name: COOPERATION, exact: true }).click();
  await page.getByRole('navigation', { name: 'Samarbeidets sider' }).getByRole('link', { name: 'Evaluering' }).click();
  await page.getByRole('link', { name: 'Runde 1', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Resultater fra evalueringsrunde 1' })).toBeVisible();
  await page.getByRole('link', { name: 'Evalueringsrapport for utskrift' }).click();

  // The document: title, summary first, the scores with their traffic-light words, the decision.
  await expect(page.getByRole('heading', { level: 2, name: `Evalueringsrapport: ${COOPERATION} – runde 1` })).toBeVisible();
  await expect(page.getByTestId('rapport-oppsummering')).toContainText(SUMMARY_START);
  const scores = page.getByTestId('rapport-poeng');
  await expect(scores.getByRole('row')).toHaveCount(4);
  const inputScore = (await scores.getByRole('row', { name: /Demokratisk forankring/ }).getByRole('cell').first().innerText()).trim();
  expect(inputScore).toMatch(/^\d+ \((grønn|gul|rød)\)$/);
  await expect(page.getByTestId('rapport-beslutning')).toContainText(DECISION);
  await expectAccessible(page);

  // Printed, only the report is left: no header, menus, tabs, footer or buttons.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Samarbeidets sider' })).toBeHidden();
  await expect(page.getByRole('contentinfo')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Skriv ut' })).toBeHidden();
  await expect(page.getByRole('link', { name: 'Last ned PDF' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
  await expect(page.getByTestId('rapport-oppsummering')).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  // The PDF, downloaded through the link and read back.
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Last ned PDF' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('evalueringsrapport-region-kristiansand-runde-1.pdf');
  const text = await pdfText(new Uint8Array(await readFile(await download.path())));
  expect(text).toContain(`Evalueringsrapport: ${COOPERATION} – runde 1`);
  expect(text).toContain(SUMMARY_START);
  expect(text).toContain(`Demokratisk forankring (input) ${inputScore}`);
  expect(text).toContain(DECISION);
  // Statement-level results and the anonymity note are in the PDF too.
  expect(text).toContain('Svarene på påstandene');
  expect(text).toContain('Grupper med færre enn 3 svar vises ikke hver for seg');

  const pdfUrl = await page.getByRole('link', { name: 'Last ned PDF' }).getAttribute('href');
  const response = await page.request.get(pdfUrl!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('application/pdf');
  expect(response.headers()['content-disposition']).toBe('attachment; filename="evalueringsrapport-region-kristiansand-runde-1.pdf"');

  // The results' own rule: a member's elected representative who was not invited gets neither.
  const other = await (await browser.newContext()).newPage();
  await signInAs(other, 'folkevalgt');
  expect((await other.request.get(pdfUrl!)).status()).toBe(403);
  expect((await other.goto(pdfUrl!.replace(/\.pdf$/, '')))?.status()).toBe(403);
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('Du har ikke tilgang til denne siden');
  await expect(other.getByTestId('tilgang-grunn')).toContainText('Resultatene kan leses av');
  await other.context().close();

  // And nobody signed out.
  const anonymous = await browser.newContext();
  expect((await anonymous.request.get(new URL(pdfUrl!, page.url()).toString())).status()).toBe(401);
  await anonymous.close();
});
