// After an election each sponsor is confirmed or replaced from the overview, one step each,
// in a cooperation of the spec's own (an election recorded for the demo would touch them all).
import { expect } from '@playwright/test';
import { test, expectAccessible, setClock, signInTo } from './fixtures';
import { seedScenario } from './scenarios';

const TODAY = '2027-10-05';

test('sponsor etter valget: fortsetter, eller erstattes i ett steg', async ({ page, browser }) => {
  test.setTimeout(180_000);
  const seeded = await seedScenario(browser, 'etter_valg', 'Legevakt etter valget', TODAY);
  await setClock(page, `${TODAY}T10:00:00.000Z`);
  await signInTo(page, seeded, `/samarbeid/${seeded.id}`);
  const panel = page.getByRole('region', { name: 'Sponsorer må bekreftes etter valget' });
  await expect(panel.getByRole('listitem')).toHaveCount(2);
  await expect(page.locator('[data-varsel="valg.sponsorer_ikke_bekreftet"]')).toBeVisible();
  await expectAccessible(page);

  // The political sponsor is replaced: name and title, one step, confirmed at once.
  await panel.getByRole('button', { name: 'Ordfører i Arendal erstattes som politisk sponsor' }).click();
  const form = panel.getByRole('form', { name: 'Erstatt Ordfører i Arendal' });
  await form.getByRole('button', { name: 'Erstatt og bekreft' }).click();
  await expect(form.getByText('Skriv navnet på den nye sponsoren.')).toBeVisible();
  await form.getByLabel('Ny politisk sponsor i stedet for Ordfører i Arendal').fill('Guri Gundersen');
  await form.getByLabel('Tittel eller verv (valgfritt)').fill('ordfører');
  await expectAccessible(page);
  await form.getByRole('button', { name: 'Erstatt og bekreft' }).click();
  await expect(panel.getByRole('listitem')).toHaveCount(1);

  // The administrative sponsor continues.
  await panel.getByRole('button', { name: 'Kommunalsjef helse i Arendal fortsetter som administrativ sponsor' }).click();
  await expect(panel).toHaveCount(0);
  await expect(page.locator('[data-varsel="valg.sponsorer_ikke_bekreftet"]')).toHaveCount(0);

  // The new sponsor is the one the support page now lists, already in the page the server
  // sends (the form's fields carry their values before any script has run).
  const html = await (await page.request.get(`/samarbeid/${seeded.id}/stotte`)).text();
  expect(html).toContain('value="Guri Gundersen"');
  await page.goto(`/samarbeid/${seeded.id}/stotte`);
  const names = page.getByLabel('Navn', { exact: true });
  await expect(names.first()).toBeVisible();
  expect(await names.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))).toContain('Guri Gundersen');
});
