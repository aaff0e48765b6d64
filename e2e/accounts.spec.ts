// People linked to accounts (issue 9.6): a rådmannsteam registers a cooperation with a
// political sponsor, invites the sponsor by e-mail from Støtte, the sponsor opens the link
// from the mail outbox, chooses a password, signs in and sees the cooperation, and the link
// shows as linked. Then the rådmannsteam's own user administration: invite a user to the
// municipality (the role is given when the person accepts), grant and revoke a role there,
// and be refused another municipality's page.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { expectAccessible, signIn, signInAs, test, notesScreenshot, shotsDir } from './fixtures';
import { pickMunicipality } from './pages/municipality-picker';

const SHOTS = shotsDir('accounts');

/** The newest password link mailed to `to`, from the outbox the e2e server writes. */
function latestLink(to: string): string | null {
  const outbox = process.env.E2E_MAIL_OUTBOX!;
  let files: string[];
  try {
    files = readdirSync(outbox).sort();
  } catch {
    return null;
  }
  for (const file of files.reverse()) {
    const mail = JSON.parse(readFileSync(path.join(outbox, file), 'utf8')) as { to: string; text: string };
    if (mail.to === to) return /https?:\/\/\S+\/nytt-passord\/\S+/.exec(mail.text)?.[0] ?? null;
  }
  return null;
}

async function registerCooperation(page: Page, name: string, sponsor: string): Promise<string> {
  await page.goto('/samarbeid/registrer');
  await expect(page.getByLabel('Navn på samarbeidet')).toBeEditable();
  await page.getByLabel('Navn på samarbeidet').fill(name);
  await page.getByLabel('Oppgavefelt').selectOption({ label: 'Renovasjon' });
  await page.getByLabel('Startdato').fill('01.01.2015');
  await page.getByLabel('Organisasjonsform').selectOption('iks');
  await pickMunicipality(page, 'Kommune eller fylkeskommune', 'Vennesla');
  await page.getByRole('button', { name: 'Legg til kommune' }).click();
  await page.getByLabel('Politisk sponsor for Kristiansand').fill(sponsor);
  await page.getByRole('button', { name: 'Registrer samarbeidet' }).click();
  await expect(page).toHaveURL(/\/samarbeid\/[0-9a-f-]{36}$/, { timeout: 60_000 });
  return page.url().split('/').pop()!;
}

test('en sponsor inviteres på e-post, velger passord med lenken og ser samarbeidet', async ({ page, browser }) => {
  test.setTimeout(300_000); // a registration, an invitation, a second browser and a sign-in
  const run = `${Date.now() % 100_000}`;
  const name = `Kontotest renovasjon ${run}`;
  const sponsor = `Olga Ordfører ${run}`;
  const email = `olga.${run}@example.no`;
  await signInAs(page, 'radmannsteam');
  const id = await registerCooperation(page, name, sponsor);

  await page.goto(`/samarbeid/${id}/stotte`);
  const row = page.getByTestId(`person-${sponsor}`);
  await expect(row.getByText('Ikke koblet')).toBeVisible();
  await expectAccessible(page);
  await row.getByRole('link', { name: `Koble ${sponsor}` }).click();
  await expect(page.getByRole('heading', { level: 2, name: `Koble ${sponsor} til en brukerkonto` })).toBeVisible();
  // The picker lists only users of Kristiansand: the demo rådmannsteam is there, Vennesla's folkevalgt is not.
  await expect(page.getByTestId('brukervalg')).toContainText('radmannsteam@demo.brobygger.no');
  await expect(page.getByTestId('brukervalg')).not.toContainText('folkevalgt@demo.brobygger.no');
  await expectAccessible(page);
  await expect(page.getByLabel('Fullt navn', { exact: true })).toHaveValue(sponsor);
  await page.getByLabel('E-post', { exact: true }).fill('ikke-en-adresse');
  await page.getByRole('button', { name: 'Send invitasjon' }).click();
  await expect(page.getByText('Skriv inn en gyldig e-postadresse.')).toBeVisible();
  await page.getByLabel('E-post', { exact: true }).fill(email);
  await page.getByRole('button', { name: 'Send invitasjon' }).click();
  await expect(page.getByRole('status')).toContainText(`Invitasjonen er sendt til ${email}.`);
  await notesScreenshot(page, { path: `${SHOTS}/01-koble-sponsor.png`, fullPage: true });
  await page.getByRole('status').getByRole('link', { name: 'Tilbake til Støtte' }).click();
  await expect(page.getByTestId(`person-${sponsor}`).getByText('Invitasjon sendt')).toBeVisible();
  await expect(page.getByTestId(`person-${sponsor}`)).toContainText(`til ${email}, utløper`);
  await page.getByTestId('brukerkontoer').scrollIntoViewIfNeeded();
  await notesScreenshot(page, { path: `${SHOTS}/02-stotte-invitert.png`, fullPage: true });

  // The sponsor, in a browser of their own, opens the link from the e-mail.
  await expect.poll(() => latestLink(email)).toBeTruthy();
  const link = new URL(latestLink(email)!).pathname;
  const guest = await (await browser.newContext()).newPage();
  await guest.goto(link);
  await expect(guest.getByRole('heading', { level: 1 })).toHaveText('Velkommen til Brobygger');
  await expect(guest.getByText(email)).toBeVisible();
  await expectAccessible(guest);
  await notesScreenshot(guest, { path: `${SHOTS}/03-invitasjon-velg-passord.png`, fullPage: true });
  const password = `olga velger et eget passord ${run}`;
  await guest.getByLabel('Nytt passord', { exact: true }).fill(password);
  await guest.getByLabel('Gjenta nytt passord').fill(password);
  await guest.getByRole('button', { name: 'Lagre passord' }).click();
  await expect(guest).toHaveURL(/\/logg-inn\?passord=valgt/);
  await signIn(guest, email, password);
  await expect(guest.getByTestId('innlogget-bruker')).toHaveText(sponsor);
  await guest.goto(`/samarbeid/${id}`);
  await expect(guest.getByRole('heading', { level: 1 })).toContainText(name);
  await expectAccessible(guest);
  // The link is single-use: a second visit gets the clear Norwegian message.
  await guest.goto(link);
  await expect(guest.getByText('Lenken er brukt, utløpt eller ugyldig.')).toBeVisible();
  await guest.context().close();

  await page.goto(`/samarbeid/${id}/stotte`);
  await expect(page.getByTestId(`person-${sponsor}`).getByText('Koblet til konto')).toBeVisible();
  await expect(page.getByTestId(`person-${sponsor}`)).toContainText(`${sponsor} (${email})`);
});

test('rådmannsteamet inviterer en bruker til egen kommune og gir og fjerner en rolle', async ({ page, browser }) => {
  test.setTimeout(180_000);
  const run = `${Date.now() % 100_000}`;
  const name = `Frank Folkevalgt ${run}`;
  const email = `frank.${run}@example.no`;
  await signInAs(page, 'radmannsteam');
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Brukere' }).click();
  await expect(page).toHaveURL(/\/kommune\/4204\/brukere$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Brukere i Kristiansand kommune');
  await expectAccessible(page);

  const invite = page.getByRole('region', { name: 'Inviter en bruker' });
  await invite.getByLabel('Fullt navn').fill(name);
  await invite.getByLabel('E-post').fill(email);
  await invite.getByLabel('Rolle').selectOption('folkevalgt');
  await invite.getByRole('button', { name: 'Send invitasjon' }).click();
  await expect(invite.getByRole('status')).toContainText(`Invitasjonen er sendt til ${email}.`);
  // Waiting for an answer: shown as typed, and the role is not given yet.
  await expect(page.getByTestId(`invitasjon-${email}`)).toContainText(name);
  await expect(page.getByTestId(`invitasjon-${email}`).getByText('Invitasjon sendt')).toBeVisible();
  await expect(page.getByTestId(`bruker-${email}`)).toHaveCount(0);
  await expectAccessible(page);

  // Frank accepts by choosing a password with the link.
  await expect.poll(() => latestLink(email)).toBeTruthy();
  const guest = await (await browser.newContext()).newPage();
  await guest.goto(new URL(latestLink(email)!).pathname);
  await expect(guest.getByRole('heading', { level: 1 })).toHaveText('Velkommen til Brobygger');
  const password = `frank sitt eget passord ${run}`;
  await guest.getByLabel('Nytt passord', { exact: true }).fill(password);
  await guest.getByLabel('Gjenta nytt passord').fill(password);
  await guest.getByRole('button', { name: 'Lagre passord' }).click();
  await expect(guest).toHaveURL(/\/logg-inn\?passord=valgt/);
  await guest.context().close();

  await page.reload();
  await expect(page.getByTestId(`invitasjon-${email}`)).toHaveCount(0);
  await page.getByLabel('Søk på navn eller e-post').fill(email);
  await page.getByRole('button', { name: 'Søk' }).click();
  const row = page.getByTestId(`bruker-${email}`);
  await expect(row.getByText('Aktiv')).toBeVisible();
  const roles = row.getByRole('listitem');
  await expect(roles.filter({ hasText: 'Folkevalgt' })).toHaveCount(1);
  await row.getByLabel(`Rolle å gi ${name}`).selectOption('radmannsteam');
  await row.getByRole('button', { name: `Gi ${name} rollen` }).click();
  await expect(roles.filter({ hasText: 'Rådmannsteam' })).toHaveCount(1);
  await expectAccessible(page);
  await notesScreenshot(page, { path: `${SHOTS}/04-kommunens-brukere.png`, fullPage: true });
  page.once('dialog', (d) => d.accept());
  await row.getByRole('button', { name: `Fjern rollen Rådmannsteam for ${name}` }).click();
  await expect(roles.filter({ hasText: 'Rådmannsteam' })).toHaveCount(0);
  await expect(roles.filter({ hasText: 'Folkevalgt' })).toHaveCount(1);

  // Another municipality's users are not this rådmannsteam's to administer.
  const other = await page.goto('/kommune/4223/brukere');
  expect(other?.status()).toBe(403);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Du har ikke tilgang til denne siden');
});
