// "Mine samarbeid" as a table (?visning=tabell): the row of a cooperation with a serious warning
// says so in words beside the counts and the lights, the page passes axe, and the switch leads
// back to the cards with the same cooperation. The user is the scenario's own, with one
// cooperation, so the default stays cards and no other spec's data shows.
import { expect } from '@playwright/test';
import { test, expectAccessible, setClock, signInTo, notesScreenshot, shotsDir } from './fixtures';
import { seedScenario } from './scenarios';

const TODAY = '2027-03-15';
const SHOTS = shotsDir('oversikt-tabell');

test('oversikten som tabell: tellinger, lys og alvorlige varsler i ord, og tilbake til kortene', async ({ page, browser }) => {
  const seeded = await seedScenario(browser, 'understyring', 'Legevakt i tabellen', TODAY);
  await setClock(page, `${TODAY}T10:00:00.000Z`);
  await signInTo(page, seeded, '/oversikt');
  // One cooperation: cards unless the reader asks for the table.
  await expect(page.getByTestId(`samarbeidskort-${seeded.id}`)).toBeVisible();
  const views = page.getByTestId('oversikt-visning');
  await views.getByRole('link', { name: 'Vis samarbeidene som tabell' }).click();
  await expect(page).toHaveURL(/\/oversikt\?visning=tabell$/);

  const table = page.getByRole('table', { name: 'Samarbeidene i arbeid, de med flest forfalte forankringer først' });
  const row = table.getByTestId(`samarbeidsrad-${seeded.id}`);
  await expect(row.getByRole('link', { name: /^Legevakt i tabellen / })).toHaveAttribute('href', `/samarbeid/${seeded.id}`);
  await expect(row.getByTestId('varsler')).toContainText(/\d+ varsl?er?/);
  await expect(row.getByTestId('varsler')).toContainText('med høy alvorlighet');
  await expect(row.getByRole('list', { name: /^Legitimitet for Legevakt i tabellen / }).getByRole('listitem')).toHaveCount(3);
  await expect(page.getByTestId(`samarbeidskort-${seeded.id}`)).toHaveCount(0);
  await expect(views.locator('[aria-current="true"]')).toContainText('Vis samarbeidene som tabell');
  await expectAccessible(page);
  await notesScreenshot(page, { path: `${SHOTS}/tabell.png`, fullPage: true });

  await views.getByRole('link', { name: 'Vis samarbeidene som kort' }).click();
  await expect(page).toHaveURL(/\/oversikt\?visning=kort$/);
  await expect(page.getByTestId(`samarbeidskort-${seeded.id}`)).toBeVisible();
  await expect(page.getByTestId('oversikt-tabell')).toHaveCount(0);
});
