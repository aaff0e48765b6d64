// Issue 9, parts 3 and 4: keeping a running cooperation current without a council vote, and
// one save convention that is safe when two people save the same form. Demo data: the
// Glitrevannverket IKS (in drift since 2019; no other spec changes it). Each test makes its
// own users (rådmannsteam in a member municipality) through the administrator's pages.
import { expect, type Browser, type Page } from '@playwright/test';
import { expectAccessible, signIn, signInAs, test, notesScreenshot, NOTES_SCREENSHOTS, shotsDir } from './fixtures';
import { expectTitle } from './pages/cooperation';
import { pickMunicipality } from './pages/municipality-picker';
import { Deltakelse, group, Stotte } from './pages/phases';

const SHOTS = shotsDir('issue9');
const COOPERATION = 'Glitrevannverket IKS';
const PASSWORD = 'et-godt-passord-123';

test.use({ viewport: { width: 1366, height: 900 } });
// Several people in their own browsers, each made by the administrator first: more than the
// default minute on a busy machine.
test.describe.configure({ timeout: 240_000 });

/** Full page at 1366 px; scrolled to the end first, so the sticky save bar sits in its own place. */
async function shoot(page: Page, name: string) {
  if (!NOTES_SCREENSHOTS) return;
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await notesScreenshot(page, { path: `${SHOTS}/${name}.png`, fullPage: true });
}

interface Person {
  name: string;
  email: string;
  kommunenummer: string;
  /** The municipality's name, as the picker lists it. */
  kommune: string;
}

/**
 * New users with the rådmannsteam role in a member municipality, each signed in in a browser of
 * its own, having replaced the password the administrator chose (as they must before anything else).
 */
async function rådmannsteam(browser: Browser, people: Person[]): Promise<Page[]> {
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signInAs(admin, 'administrator');
  for (const person of people) {
    await admin.goto('/admin/brukere');
    await admin.getByLabel('Fullt navn').fill(person.name);
    await admin.getByLabel('E-post').fill(person.email);
    await admin.getByLabel('Førstegangspassord').fill(PASSWORD);
    await admin.getByRole('button', { name: 'Opprett bruker' }).click();
    await expect(admin.getByRole('heading', { level: 1, name: person.name })).toBeVisible();
    await admin.getByLabel('Rolle', { exact: true }).selectOption({ label: 'Rådmannsteam' });
    await pickMunicipality(admin, 'Kommune', person.kommunenummer, person.kommune);
    await admin.getByRole('button', { name: 'Gi rolle' }).click();
    await expect(admin.getByRole('status')).toHaveText('Rollen Rådmannsteam er gitt.');
  }
  await adminContext.close();
  const pages: Page[] = [];
  for (const person of people) {
    const page = await (await browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
    await signIn(page, person.email, PASSWORD);
    await expect(page).toHaveURL(/\/profil\/passord$/);
    const own = `${person.name.toLowerCase()} holder samarbeidet oppdatert i drift`;
    await page.getByLabel('Passordet du har nå').fill(PASSWORD);
    await page.getByLabel('Nytt passord', { exact: true }).fill(own);
    await page.getByLabel('Gjenta nytt passord').fill(own);
    await page.getByRole('button', { name: 'Bytt passord' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Hei, ${person.name.split(' ')[0]}`);
    await expect(page.getByTestId('innlogget-bruker')).toHaveText(person.name);
    pages.push(page);
  }
  return pages;
}

async function openCooperation(page: Page): Promise<string> {
  await page.goto(`/samarbeid?q=${encodeURIComponent(COOPERATION)}`);
  await page.getByRole('link', { name: COOPERATION, exact: true }).click();
  await page.waitForURL(/\/samarbeid\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name: COOPERATION })).toBeVisible();
  return /\/samarbeid\/([0-9a-f-]{36})$/.exec(page.url())![1]!;
}

/** Drammen's political sponsor row on the Støtte page. */
function politicalSponsor(page: Page) {
  return group(page, 'Drammen kommune')
    .getByRole('listitem')
    .filter({ has: page.locator('select[name$=".kind"] option[value="politisk"]:checked') });
}

test('i drift: bytt politisk sponsor og legg til informasjonstiltak uten vedtak; historikken viser gammelt → nytt, og innsyn viser den offentlige endringen', async ({ browser }) => {
  const page = (await rådmannsteam(browser, [{ name: 'Dina Drammen', email: 'dina.drammen@example.no', kommunenummer: '3301', kommune: 'Drammen' }]))[0]!;
  const id = await openCooperation(page);

  // --- Støtte: the rule beside each section, and a sponsor replaced directly ---
  const support = new Stotte(page, id);
  await support.goto();
  await expect(page.getByTestId('drift-regel')).toContainText('Samarbeidet er i drift.');
  await expect(page.getByTestId('regel-stotte.sponsorer')).toHaveText('Kan endres i drift');
  await expect(page.getByTestId('regel-stotte.praktisk')).toHaveText('Kan endres i drift');
  const sponsor = politicalSponsor(page);
  // The form's values arrive with hydration (react-hook-form sets them on mount): until then every
  // kind select shows its first option, «Politisk», and every name is empty.
  await expect(sponsor).toHaveCount(1);
  await expect(sponsor.getByLabel('Navn', { exact: true })).not.toHaveValue('');
  const oldName = await sponsor.getByLabel('Navn', { exact: true }).inputValue();
  const oldTitle = await sponsor.getByLabel('Tittel eller verv').inputValue();
  await sponsor.getByLabel('Navn', { exact: true }).fill('Per Hansen');
  await sponsor.getByLabel('Tittel eller verv').fill('Varaordfører');
  await expectAccessible(page);
  await shoot(page, '01-stotte-i-drift');
  await support.save('Lagre', 'Støtte og tilrettelegging er lagret.');
  await expect(politicalSponsor(page).getByText(/Bekreftet \d{2}\.\d{2}\.\d{4}/)).toBeVisible();

  // --- Deltakelse: a new information item, and Drammen's contact person made public ---
  const participation = new Deltakelse(page, id);
  await participation.goto();
  await expect(page.getByTestId('regel-deltakelse.informasjon')).toHaveText('Kan endres i drift');
  const items = await page.getByRole('group', { name: /^Tiltak \d+:/ }).count();
  await participation.addInformationItem(items + 1, 'Innbyggere', {
    content: 'Varsel om kokeanbefaling og avbrudd',
    timing: 'Ved hendelser',
    channel: 'SMS-varsling',
    responsible: 'Vaktsjef',
  });
  const drammen = group(page, 'Drammen kommune');
  await drammen.getByLabel('Kontaktperson').fill('Kari Nordmann');
  await drammen.getByRole('checkbox', { name: 'Kontaktopplysningene kan vises på de offentlige sidene' }).check();
  await participation.save('Lagre', 'Deltakelse er lagret.');
  await expectAccessible(page);

  // --- Design: what needs member decisions is read-only, with how to propose it ---
  await page.goto(`/samarbeid/${id}/design`);
  await expectTitle(page, 'Design');
  const legal = group(page, 'Organisasjonsform');
  await expect(legal).toHaveAttribute('data-locked', 'true');
  await expect(page.getByTestId('regel-design.organisasjonsform')).toHaveText('Krever vedtak i deltakerne');
  await expect(legal.getByTestId('valgt-organisasjonsform')).toContainText('Interkommunalt selskap');
  await expect(legal.getByRole('radio')).toHaveCount(0);
  await expect(page.getByTestId('last-design.organisasjonsform')).toContainText('Foreslå endringen som en redesign fra oversikten.');
  await expect(group(page, 'Mandat for operativ leder')).toHaveAttribute('data-locked', 'true');
  const leader = group(page, 'Operativ leder');
  await expect(page.getByTestId('regel-design.leder')).toHaveText('Kan endres i drift');
  await expect(leader.getByLabel('Navn', { exact: true })).toBeEnabled();
  await expectAccessible(page);
  await shoot(page, '02-design-i-drift');

  // The link under a locked section opens the change proposal with its kind chosen.
  await group(page, 'Deltakernes roller').getByRole('link', { name: 'Foreslå en endring' }).click();
  await expect(page).toHaveURL(/endring=bytte_vertskommune/);
  await expect(page.getByLabel('Hva slags endring?')).toHaveValue('bytte_vertskommune');
  await expectAccessible(page);

  // --- The history shows both changes, old → new, with who ---
  const history = page.getByTestId('historikk');
  const supportSave = history.locator('li[data-kind="changes"]').filter({ hasText: 'Støtte og tilrettelegging ble endret' }).first();
  await expect(supportSave).toContainText('Dina Drammen');
  await expect(supportSave).toContainText(`Politisk sponsor for Drammen kommune: fra ${oldName}, ${oldTitle} → til Per Hansen, Varaordfører`);
  const participationSave = history.locator('li[data-kind="changes"]').filter({ hasText: 'Deltakelsen ble endret' }).first();
  await expect(participationSave).toContainText('Tiltak i informasjonsplanen: fra (tomt) → til Innbyggere: Varsel om kokeanbefaling og avbrudd – Ved hendelser – SMS-varsling – ansvar: Vaktsjef');
  await expect(participationSave).toContainText('Kontaktperson for Drammen kommune vises på innsyn: fra Nei → til Ja');
  await expect(participationSave.getByText('Offentlig').first()).toBeVisible();
  await shoot(page, '03-historikk');

  // --- The public change is on /innsyn at once ---
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/innsyn/samarbeid/${id}`);
  await expect(visitor.getByRole('region', { name: 'Deltakere' }).getByRole('row', { name: /Drammen kommune/ })).toContainText('Kari Nordmann');
  await expectAccessible(visitor);

  // --- Hiding from /innsyn is a direct change too, after a confirmation ---
  const publicity = page.getByTestId('offentlighet');
  await expect(page.getByTestId('regel-samarbeid.offentlighet')).toHaveText('Kan endres i drift');
  await publicity.getByRole('button', { name: 'Skjul i det offentlige registeret' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading', { name: 'Skjule samarbeidet i det offentlige registeret?' })).toBeVisible();
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Ja, skjul samarbeidet' }).click();
  await expect(publicity.getByRole('status')).toHaveText('Samarbeidet er nå skjult i det offentlige registeret.');
  await visitor.reload();
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText('Vi fant ikke siden');
  await publicity.getByRole('button', { name: 'Vis i det offentlige registeret' }).click();
  await dialog.getByRole('button', { name: 'Ja, vis samarbeidet' }).click();
  await expect(publicity.getByRole('status')).toHaveText('Samarbeidet vises nå i det offentlige registeret.');
  await visitor.reload();
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(COOPERATION);
  await expect(history).toContainText('Vises i det offentlige registeret (innsyn): fra Nei → til Ja');
});

test('lagringskonflikt: to nettlesere lagrer samme side; den andre får vite det, ser de nye verdiene og mister ingenting', async ({ browser }) => {
  const people = await rådmannsteam(browser, [
    { name: 'Even Asker', email: 'even.asker@example.no', kommunenummer: '3203', kommune: 'Asker' },
    { name: 'Lise Lier', email: 'lise.lier@example.no', kommunenummer: '3312', kommune: 'Lier' },
  ]);
  const first = people[0]!;
  const second = people[1]!;
  const id = await openCooperation(first);
  const pageOf = (page: Page) => new Stotte(page, id);
  await pageOf(first).goto();
  await pageOf(second).goto();

  const practical = 'Drammen stiller driftssentral og møterom; Asker har reserveanlegget.';
  const funding = 'Direktørstillingen finansieres fullt over selskapets budsjett.';
  await first.getByLabel('Praktisk støtte', { exact: true }).fill(practical);
  await pageOf(first).save('Lagre', 'Støtte og tilrettelegging er lagret.');

  await second.getByLabel('Minimumsfinansiering', { exact: true }).fill(funding);
  await second.getByRole('button', { name: 'Lagre', exact: true }).click();
  const conflict = second.getByTestId('lagringskonflikt');
  await expect(conflict.getByRole('heading', { name: 'Noen andre har lagret endringer' })).toBeVisible();
  await expect(conflict).toContainText('Det du har skrevet, er ikke lagret, men står fortsatt i skjemaet.');
  await expect(conflict.getByRole('list', { name: 'Endringer gjort av andre' })).toContainText(`Praktisk støtte: `);
  await expect(conflict).toContainText(practical);
  await expect(conflict).toContainText('Even Asker');
  // Nothing is lost: the second person's own input is still in the form.
  await expect(second.getByLabel('Minimumsfinansiering', { exact: true })).toHaveValue(funding);
  await expect(second.getByText('Du har endringer som ikke er lagret.')).toBeVisible();
  await expectAccessible(second);
  await shoot(second, '04-lagringskonflikt');

  // Keep mine: the newer values fill what this person did not touch; then save.
  await conflict.getByRole('button', { name: 'Behold endringene mine og ta inn de nye' }).click();
  await expect(conflict).toHaveCount(0);
  await expect(second.getByLabel('Praktisk støtte', { exact: true })).toHaveValue(practical);
  await expect(second.getByLabel('Minimumsfinansiering', { exact: true })).toHaveValue(funding);
  await pageOf(second).save('Lagre', 'Støtte og tilrettelegging er lagret.');

  // Both saves are kept, and both show in the history.
  await first.reload();
  await expect(first.getByLabel('Praktisk støtte', { exact: true })).toHaveValue(practical);
  await expect(first.getByLabel('Minimumsfinansiering', { exact: true })).toHaveValue(funding);
  await first.goto(`/samarbeid/${id}`);
  const history = first.getByTestId('historikk');
  await expect(history.locator('li[data-kind="changes"]').filter({ hasText: 'Even Asker' }).first()).toContainText(practical);
  await expect(history.locator('li[data-kind="changes"]').filter({ hasText: 'Lise Lier' }).first()).toContainText(funding);
});
