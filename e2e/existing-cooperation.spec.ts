// Registering a cooperation that already runs: an IKS from 2009 goes straight into drift,
// its history says it was registered as existing (by whom), a follow-up leads to the part of
// the design where its blank (the rationale) is filled in without a council vote and the
// history shows it, and the register, the county
// municipality's register and /innsyn show the real start date 01.01.2009. The public CSV
// links to the configured public address even when the request came in on the bind address.
import { expect } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { organisationNumbers } from '../testing/fixtures/import';
import { expectAccessible, signInAs, test, notesScreenshot, shotsDir } from './fixtures';
import { pickMunicipality } from './pages/municipality-picker';

const SHOTS = shotsDir('issue9');

test('rådmannsteam registrerer et eksisterende IKS fra 2009 rett i drift', async ({ page, baseURL }) => {
  // A form, the overview, two registers and /innsyn, each checked with axe: a long flow.
  test.setTimeout(300_000);
  const run = Date.now() % 997;
  const name = `Agder Miljøverk IKS ${run}`;
  const [orgnr] = organisationNumbers(70_000_000 + run * 1000, 1);
  const user = await signInAs(page, 'radmannsteam');

  await page.goto('/samarbeid');
  await page.getByRole('link', { name: 'Registrer eksisterende samarbeid' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Registrer eksisterende samarbeid');
  await expect(page.getByLabel('Navn på samarbeidet')).toBeEditable();
  await expectAccessible(page);

  await page.getByLabel('Navn på samarbeidet').fill(name);
  await page.getByLabel('Formål (valgfritt)').fill('Felles innsamling og behandling av avfall for eierne.');
  await page.getByLabel('Oppgavefelt').selectOption({ label: 'Renovasjon' });
  await page.getByLabel('Startdato').fill('01.01.2009');
  await page.getByLabel('Organisasjonsform').selectOption('iks');
  await page.getByLabel('Organisasjonsnummer (valgfritt)').fill('974 760 674');
  await page.getByLabel('Operativ leder (valgfritt)').fill('Dagny Daglig');
  await pickMunicipality(page, 'Kommune eller fylkeskommune', 'Vennesla');
  await page.getByRole('button', { name: 'Legg til kommune' }).click();
  await pickMunicipality(page, 'Kommune eller fylkeskommune', 'Agder fylkeskommune');
  await page.getByRole('button', { name: 'Legg til kommune' }).click();
  await page.getByLabel('Politisk sponsor for Kristiansand').fill('Ola Ordfører');

  // A mistyped organisation number is caught before anything is saved, in Norwegian.
  await page.getByRole('button', { name: 'Registrer samarbeidet' }).click();
  await expect(page.getByText(/kontrollsifferet stemmer ikke/)).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Organisasjonsnummer (valgfritt)').fill(orgnr!);
  await page.getByRole('button', { name: 'Registrer samarbeidet' }).click();

  await expect(page).toHaveURL(/\/samarbeid\/[0-9a-f-]{36}$/, { timeout: 60_000 });
  const id = page.url().split('/').pop()!;
  await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
  const history = page.getByTestId('historikk');
  await expect(history.getByText('Registrert som eksisterende')).toBeVisible();
  await expect(history.getByText(new RegExp(` · ${user.name}$`))).toBeVisible();
  await expect(history.getByText('Samarbeidet var etablert før det ble registrert i Brobygger, og ble registrert rett i drift.')).toBeVisible();
  await expect(page.getByTestId('flash')).toHaveText(`Samarbeidet «${name}» er registrert og står i drift.`);
  await expect(history.getByText('«I drift siden 01.01.2009.»')).toBeVisible();
  // Nothing from the phases blocks it; what is missing becomes follow-up tasks.
  const followUps = page.getByTestId('fullstendighet');
  await expect(followUps.getByRole('link', { name: 'Fullfør: forankringsplan mangler' })).toBeVisible();
  await expect(followUps.getByRole('heading', { name: /^Fullstendighet: \d+ %$/ })).toBeVisible();
  await expect(followUps.getByRole('link', { name: 'Fullfør: forankringsplan mangler' })).toHaveAttribute('href', `/samarbeid/${id}/deltakelse#seksjon-deltakelse-forankring`);
  await expectAccessible(page);

  // A follow-up in a part that needs member decisions leads to where its blank may be filled
  // in while running: the rationale for the legal form, beside the recorded form.
  await notesScreenshot(page, { path: `${SHOTS}/06-registrert-oversikt.png`, fullPage: true });
  await followUps.getByRole('link', { name: 'Fullfør: begrunnelse for organisasjonsformen mangler' }).click();
  await expect(page).toHaveURL(`/samarbeid/${id}/design#seksjon-design-organisasjonsform`);
  const legalFormPart = page.locator('fieldset[data-section="design.organisasjonsform"]');
  await expect(legalFormPart).toHaveAttribute('data-completing', 'true');
  await expect(legalFormPart.getByTestId('valgt-organisasjonsform')).toContainText('Interkommunalt selskap');
  await expect(legalFormPart.getByTestId('fyll-design.organisasjonsform')).toContainText('Fullfør her: begrunnelse for organisasjonsformen mangler.');
  await expect(page.locator('fieldset[data-section="design.roller"]')).toHaveAttribute('data-locked', 'true');
  await expectAccessible(page);
  await notesScreenshot(page, { path: `${SHOTS}/05-registrert-design-fullfor.png`, fullPage: true });
  const rationale = 'Selskapet eier anleggene; et IKS gir eierne styring gjennom representantskapet.';
  await legalFormPart.getByLabel('Begrunnelse for valget').fill(rationale);
  await page.getByRole('button', { name: 'Lagre designet' }).click();
  await expect(page.getByText('Designet er lagret.')).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('fieldset[data-section="design.organisasjonsform"]')).not.toHaveAttribute('data-completing', 'true');
  await page.goto(`/samarbeid/${id}`);
  const filledIn = page.getByTestId('historikk').locator('li[data-kind="changes"]').filter({ hasText: 'Designet ble endret' });
  await expect(filledIn.getByTestId('endringer')).toContainText(`Begrunnelse for valget: fra (tomt) → til ${rationale}`);
  await expect(page.getByTestId('fullstendighet').getByRole('link', { name: 'Fullfør: begrunnelse for organisasjonsformen mangler' })).toHaveCount(0);

  // The register shows the real start date and the organisation number.
  await page.goto(`/register/4204?q=${encodeURIComponent(name)}`);
  const row = page.getByTestId('register-tabell').locator('tbody tr', { hasText: name });
  await expect(row.getByText('Startet 01.01.2009')).toBeVisible();
  await expect(row.getByText(`${orgnr!.slice(0, 3)} ${orgnr!.slice(3, 6)} ${orgnr!.slice(6)}`)).toBeVisible();
  await expect(row.locator('.ds-tag').first()).toHaveText('Drift');
  await expectAccessible(page);

  // /innsyn shows it too, and so does the county municipality's public register.
  await page.goto(`/innsyn/samarbeid/${id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await expect(page.getByText('I drift siden').locator('..')).toContainText('01.01.2009');
  await expectAccessible(page);
  await page.goto('/innsyn/kommune/42');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Interkommunale samarbeid i Agder fylkeskommune');
  await expect(page.getByTestId('innsyn-tabell').locator('tbody tr', { hasText: name }).getByText('Startet 01.01.2009')).toBeVisible();
  await expectAccessible(page);

  // The CSV links to the public address even when asked through the bind address.
  const port = new URL(baseURL!).port;
  const csv = await page.request.get(`/innsyn/kommune/4204/samarbeid.csv`, { headers: { host: `0.0.0.0:${port}` } });
  expect(csv.status()).toBe(200);
  const records = parse(await csv.text(), { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
  const ours = records.find((r) => r.Samarbeid === name)!;
  expect(ours.Startdato).toBe('01.01.2009');
  expect(ours.Nettside).toBe(`${baseURL}/innsyn/samarbeid/${id}`);
  for (const r of records) expect(r.Nettside).not.toContain('0.0.0.0');
});
