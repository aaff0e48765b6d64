// Following up a cooperation in drift (demo: the legevakt). The server's clock is moved with
// setClock (a cookie the e2e server honours), never by waiting: first past the due date of
// one of Lillesand's anchoring points, which then shows as overdue; the operative leader
// records it as held with a case number, and the sponsor's dashboard and the register follow.
import { expect, type Locator, type Page } from '@playwright/test';
import { addDays, formatDateNb } from '../lib/pure/domain/iso-date';
import { test, expectAccessible, setClock, signInAs } from './fixtures';

const LEGEVAKT = 'Interkommunal legevakt i Kristiansandsregionen';

async function openCooperationTab(page: Page, tab: 'Forankring' | 'Informasjon') {
  await page.goto(`/samarbeid?q=${encodeURIComponent(LEGEVAKT)}`);
  await page.getByRole('link', { name: LEGEVAKT }).click();
  await page.getByRole('navigation', { name: 'Samarbeidets sider' }).getByRole('link', { name: tab, exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: tab })).toBeVisible();
}


/** "3 forfalte forankringer" on the legevakt's dashboard card; 0 when the tag is absent. */
async function overdueOnCard(card: Locator): Promise<number> {
  const tag = card.getByText(/^\d+ forfalte? forankring(er)?$/);
  return (await tag.count()) === 0 ? 0 : Number((await tag.textContent())!.split(' ')[0]);
}

/** The legevakt's input score in a municipality's register, e.g. 78 from "Input: gul (78 av 100)". */
async function registerInput(page: Page): Promise<number> {
  await page.goto('/register/4204');
  const row = page.getByRole('row').filter({ hasText: LEGEVAKT });
  const text = (await row.textContent()) ?? '';
  const match = /Input: \S+ \((\d+) av 100\)/.exec(text);
  expect(match, `input light in the register row: ${text}`).not.toBeNull();
  return Number(match![1]);
}

test('forankring: forfalt når klokka flyttes, registrert som holdt med saksnummer, synlig for sponsoren og i registeret', async ({ page, browser }) => {
  // Three signed-in contexts and axe on the sponsor's dashboard, whose high-severity warnings are open: more than a minute on a busy machine.
  test.setTimeout(150_000);
  await signInAs(page, 'operativ_leder');
  await openCooperationTab(page, 'Forankring');
  await page.getByLabel('Vis deltaker').selectOption({ label: 'Lillesand kommune' });
  await page.getByRole('button', { name: 'Vis', exact: true }).click();
  await expect(page).toHaveURL(/deltaker=/);
  const next = page.locator('tr[data-status="planlagt"]').first();
  const rowId = (await next.getAttribute('data-testid'))!;
  const due = (await next.getAttribute('data-frist'))!;
  await expectAccessible(page);

  // Past the grace period of the legitimacy indicator too, so the register counts it as missed.
  const moved = `${addDays(due, 31)}T10:00:00.000Z`;
  await setClock(page, moved);
  const sponsorContext = await browser.newContext();
  const sponsor = await sponsorContext.newPage();
  await setClock(sponsor, moved);
  await signInAs(sponsor, 'politisk_sponsor');
  // The cards, whatever the size of the demo sponsor's portfolio by the time this spec runs.
  await sponsor.goto('/oversikt?visning=kort');
  const card = sponsor.getByRole('listitem').filter({ has: sponsor.getByRole('heading', { name: LEGEVAKT }) });
  await expect(card).toBeVisible();
  const overdueBefore = await overdueOnCard(card);
  expect(overdueBefore).toBeGreaterThan(0);

  // The register (Kristiansand's, a member) reads the same data: with the clock moved, the
  // unheld points past their due date pull the legevakt's input light down.
  const register = await browser.newContext();
  const registerPage = await register.newPage();
  await signInAs(registerPage, 'radmannsteam');
  const inputNow = await registerInput(registerPage);
  await setClock(registerPage, moved);
  const inputBefore = await registerInput(registerPage);
  expect(inputBefore).toBeLessThan(inputNow);

  await page.reload();
  const row = page.getByTestId(rowId);
  await expect(row).toHaveAttribute('data-status', 'forfalt');
  await expect(row).toContainText('Forfalt');
  await expect(row).toContainText('Lillesand kommune');
  await expectAccessible(page);

  await row.getByRole('button', { name: /^Registrer:/ }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading', { name: /Lillesand kommune/ })).toBeVisible();
  await expectAccessible(page);
  await dialog.getByLabel('Holdt', { exact: true }).check();
  await dialog.getByLabel('Dato holdt').fill(addDays(due, -2));
  await dialog.getByLabel(/^Saksnummer/).fill('26/4711');
  await dialog.getByLabel(/Lenke til referat/).fill('https://innsyn.lillesand.kommune.no/sak/26-4711');
  await dialog.getByRole('button', { name: 'Lagre' }).click();
  await expect(page.getByTestId('forankring-melding')).toContainText('er registrert som holdt');
  await expect(row).toHaveAttribute('data-status', 'holdt');
  await expect(row).toContainText('Saksnr. 26/4711');
  await expect(row).toContainText('Registrert av Ola Operativ');

  // The sponsor's dashboard: the point is the last one held, and one fewer is overdue.
  await sponsor.reload();
  const lastHeld = card.getByTestId('sist-holdt');
  await expect(lastHeld).toContainText(`${formatDateNb(addDays(due, -2))}:`);
  await expect(lastHeld).toContainText('i Lillesand kommune (saksnr. 26/4711)');
  expect(await overdueOnCard(card)).toBe(overdueBefore - 1);
  await expectAccessible(sponsor);

  // One more point held on time can only raise the light (by less than a point when the year
  // holds many points, so the rounded score may stay as it was).
  expect(await registerInput(registerPage)).toBeGreaterThanOrEqual(inputBefore);
  await sponsorContext.close();
  await register.close();
});

test('informasjonsplanen og kommunens forankringskalender', async ({ page }) => {
  await signInAs(page, 'operativ_leder');
  await openCooperationTab(page, 'Informasjon');
  await expectAccessible(page);
  const item = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /Status, økonomi og måloppnåelse/ }) });
  await item.getByRole('button', { name: /^Registrer gjennomføring/ }).click();
  await item.getByLabel('Hva ble gjort').fill('');
  await item.getByRole('button', { name: 'Lagre' }).click();
  await expect(item.getByText('Beskriv kort hva som ble gjort.')).toBeVisible();
  await item.getByLabel('Hva ble gjort').fill('Orientering om økonomi og ventetider i formannskapene');
  await item.getByLabel('Lenke (valgfritt)').fill('https://legevakt.kristiansand.kommune.no/orientering');
  await item.getByRole('button', { name: 'Lagre' }).click();
  await expect(item.getByText('Gjennomføringen er registrert.')).toBeVisible();
  await expect(item).toContainText('I rute');
  await item.getByText(/^Logg \(\d+\)/).click();
  await expect(item).toContainText('Orientering om økonomi og ventetider i formannskapene');
  await expectAccessible(page);

  const radmann = await page.context().browser()!.newContext();
  const calendar = await radmann.newPage();
  await signInAs(calendar, 'radmannsteam');
  await calendar.getByRole('link', { name: 'Forankringskalender for Kristiansand' }).click();
  await expect(calendar.getByRole('heading', { level: 1, name: 'Forankringskalender for Kristiansand' })).toBeVisible();
  await expect(calendar.getByRole('table').getByRole('link', { name: LEGEVAKT }).first()).toBeVisible();
  await expectAccessible(calendar);
  await radmann.close();
});
