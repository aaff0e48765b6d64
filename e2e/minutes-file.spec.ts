// A meeting's minutes as a file, in a cooperation of the spec's own: a file over the limit is
// stopped in the browser, a file whose bytes are not what it claims is refused by the server
// with its message, a body a little under the request limit gets the route's own 413 (not the
// request guard's), a real PDF is uploaded, downloaded and removed. All under the CSP guard.
import { expect } from '@playwright/test';
import { test, expectAccessible, setClock, notesScreenshot, signInTo, shotsDir } from './fixtures';
import { seedScenario } from './scenarios';

const TODAY = '2027-03-15';
const SHOTS = shotsDir('issue10');
const PDF = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const MB = 1024 * 1024;

test.use({ viewport: { width: 1366, height: 900 } });

test('referatfil: for stor, feil innhold, lastes opp, lastes ned og fjernes', async ({ page, browser }) => {
  test.setTimeout(180_000);
  const seeded = await seedScenario(browser, 'styrt', 'Legevakt med referatfil', TODAY);
  await setClock(page, `${TODAY}T10:00:00.000Z`);
  await signInTo(page, seeded, `/samarbeid/${seeded.id}/moter`);

  const meetingForm = page.getByRole('form', { name: 'Registrer møte' });
  await meetingForm.getByLabel('Organ', { exact: true }).selectOption({ label: 'Felles folkevalgt nemnd for legevakt' });
  await meetingForm.getByLabel('Møtedato').fill('2027-03-01');
  await meetingForm.getByLabel('Saksdokumentene sendt ut').fill('2027-02-20');
  await meetingForm.getByRole('button', { name: 'Registrer møtet' }).click();
  await expect(meetingForm.getByRole('status')).toContainText('Møtet er registrert.');

  const files = page.getByRole('form', { name: 'Referatfil' });
  const picker = files.getByLabel('Last opp referatet som fil');
  const upload = files.getByRole('button', { name: 'Last opp', exact: true });

  // Over 8 MB: the browser says so before sending anything.
  await picker.setInputFiles({ name: 'stor.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(8 * MB + 1, 0x25) });
  await upload.click();
  await expect(files.getByRole('alert')).toHaveText('Filen er for stor. Største tillatte størrelse er 8 MB.');

  // A program renamed to .pdf: the server reads the bytes and refuses it.
  await picker.setInputFiles({ name: 'protokoll.pdf', mimeType: 'application/pdf', buffer: Buffer.from('MZ\x90\x00 not a pdf') });
  await upload.click();
  await expect(files.getByRole('alert')).toHaveText('Last opp referatet som PDF, Word (.docx) eller OpenDocument-tekst (.odt).');

  await picker.setInputFiles({ name: 'Protokoll 01.03.2027.pdf', mimeType: 'application/pdf', buffer: PDF });
  await upload.click();
  await expect(files.getByRole('status')).toHaveText('Referatet «Protokoll 01.03.2027.pdf» er lastet opp.');
  const link = files.getByRole('link', { name: 'Protokoll 01.03.2027.pdf' });
  await expect(link).toBeVisible();
  const href = (await link.getAttribute('href'))!;
  const download = await page.request.get(href);
  expect(download.status()).toBe(200);
  expect(download.headers()['content-type']).toBe('application/pdf');
  expect(Buffer.from(await download.body()).equals(PDF)).toBe(true);

  // Sent past the form (9 MB, under the 10 MB request limit): the route's own message, not the guard's.
  const tooLarge = await page.request.post(href, { multipart: { fil: { name: 'stor.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(9 * MB, 0x25) } } });
  expect(tooLarge.status()).toBe(413);
  expect(await tooLarge.json()).toEqual({ error: 'Filen er for stor. Største tillatte størrelse er 8 MB.' });

  await expectAccessible(page);
  await notesScreenshot(page, { path: `${SHOTS}/moter-referatfil.png`, fullPage: true });

  await files.getByRole('button', { name: 'Fjern filen' }).click();
  await expect(files.getByRole('status')).toHaveText('Referatfilen er fjernet.');
  await expect(files.getByRole('link')).toHaveCount(0);
  expect((await page.request.get(href)).status()).toBe(404);
});
