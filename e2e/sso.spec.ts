// Single sign-on through a real OpenID Connect provider on loopback (e2e/oidc/provider.ts,
// started by playwright.config.ts): the authorization code flow with PKCE for an invited user,
// an unknown user's first sign-in, a tampered state and an expired code. The matching,
// the no-escalation rule and the session rules are tested in lib/server/auth/sso-sign-in.db.test.ts.
import { expect, type Page } from '@playwright/test';
import { EXPIRED_CODE_LOGIN, oidcIssuer } from './oidc/config';
import { expectAccessible, notesScreenshot, signInAs, test, shotsDir } from './fixtures';

const SHOTS = shotsDir('sso');
const SSO_BUTTON = 'Fortsett med kommunens innlogging';
const FLOW_FAILED = 'Innloggingen gjennom identitetsleverandøren ble ikke fullført. Start innloggingen på nytt.';
const run = () => `${Date.now() % 1_000_000}${Math.floor(Math.random() * 100)}`;

/** From Brobygger's sign-in page to the provider's, then signs in there as `email`. */
async function signInThroughProvider(page: Page, email: string) {
  await page.goto('/logg-inn');
  await page.getByRole('button', { name: SSO_BUTTON }).click();
  await expect(page).toHaveURL((url) => url.href.startsWith(`${oidcIssuer()}/interaction/`));
  await page.getByLabel('E-post hos leverandøren').fill(email);
  await page.getByRole('button', { name: 'Logg inn hos leverandøren' }).click();
}

async function expectSignedOut(page: Page) {
  await page.goto('/oversikt');
  await expect(page).toHaveURL(/\/logg-inn\?callbackUrl=%2Foversikt/);
}

test('en invitert bruker logger inn gjennom kommunens identitetsleverandør (kode med PKCE) og får rollen hen ble invitert til', async ({ page, browser }) => {
  const id = run();
  const name = `Ingrid Invitert ${id}`;
  const email = `ingrid.${id}@example.no`;
  await signInAs(page, 'radmannsteam');
  await page.goto('/kommune/4204/brukere');
  const invite = page.getByRole('region', { name: 'Inviter en bruker' });
  await invite.getByLabel('Fullt navn').fill(name);
  await invite.getByLabel('E-post').fill(email);
  await invite.getByLabel('Rolle').selectOption('folkevalgt');
  await invite.getByRole('button', { name: 'Send invitasjon' }).click();
  await expect(invite.getByRole('status')).toContainText(`Invitasjonen er sendt til ${email}.`);

  const guest = await (await browser.newContext()).newPage();
  await guest.goto('/logg-inn');
  await expect(guest.getByRole('button', { name: SSO_BUTTON })).toBeVisible();
  await expect(guest.getByRole('button', { name: 'Logg inn', exact: true })).toBeVisible();
  await expectAccessible(guest);
  await notesScreenshot(guest, { path: `${SHOTS}/01-innlogging-to-valg.png`, fullPage: true });

  const authorization = guest.waitForRequest((r) => r.url().startsWith(`${oidcIssuer()}/auth?`));
  await signInThroughProvider(guest, email.toUpperCase());
  const params = new URL((await authorization).url()).searchParams;
  expect(params.get('response_type')).toBe('code');
  expect(params.get('code_challenge_method')).toBe('S256');
  expect(params.get('code_challenge')).toMatch(/^[\w-]{43}$/);
  expect(params.get('state')).toBeTruthy();
  expect(params.get('nonce')).toBeTruthy();

  await expect(guest).toHaveURL(/\/oversikt$/);
  await expect(guest.getByTestId('innlogget-bruker')).toHaveText(name);
  await expect(guest.getByRole('complementary').getByText('Folkevalgt – Kristiansand')).toBeVisible();
  // The provider also claimed "administrator": nothing of it counts.
  expect((await guest.goto('/admin/brukere'))?.status()).toBe(403);
  await guest.context().close();
});

test('en ukjent bruker får en konto uten roller og en side som sier hvem hen skal spørre', async ({ page }) => {
  const email = `ny.person.${run()}@example.no`;
  await signInThroughProvider(page, email);
  await expect(page).toHaveURL(/\/oversikt$/);
  const panel = page.getByTestId('ingen-roller');
  await expect(panel.getByRole('heading', { name: 'Du har ingen roller i Brobygger ennå' })).toBeVisible();
  await expect(panel).toContainText(`Du er logget inn som ${email}`);
  await expect(panel).toContainText('be rådmannsteamet i kommunen din om å gi deg en rolle');
  await expect(page.getByText('Du har ingen roller ennå. Kontakt systemforvalteren.')).toBeVisible();
  await expectAccessible(page);
  await notesScreenshot(page, { path: `${SHOTS}/02-ingen-roller.png`, fullPage: true });
  expect((await page.goto('/admin/brukere'))?.status()).toBe(403);
  // Signing out ends the session like a password sign-in's.
  await page.goto('/oversikt');
  await page.getByRole('button', { name: 'Logg ut' }).click();
  await expect(page).toHaveURL(/\/logg-inn\?utlogget=1/);
  await expectSignedOut(page);
});

test('et svar med forfalsket state avvises, og ingen blir logget inn', async ({ page }) => {
  // The browser signs in at the provider, but the provider's answer (its redirect back to
  // Brobygger) is taken by hand through the same cookie jar, and delivered with another state
  // than the one Brobygger sent. (Playwright cannot intercept a request reached by a redirect.)
  await page.goto('/logg-inn');
  await page.getByRole('button', { name: SSO_BUTTON }).click();
  await expect(page).toHaveURL((url) => url.href.startsWith(`${oidcIssuer()}/interaction/`));
  let response = await page.request.post(page.url(), { form: { login: `state.${run()}@example.no` }, maxRedirects: 0 });
  for (let hops = 0; hops < 5 && !response.headers().location?.includes('/api/auth/callback/oidc?'); hops++) {
    expect(response.status(), await response.text()).toBe(303);
    response = await page.request.get(new URL(response.headers().location!, oidcIssuer()).toString(), { maxRedirects: 0 });
  }
  const answer = new URL(response.headers().location!);
  expect(answer.searchParams.get('code')).toBeTruthy();
  expect(answer.searchParams.get('state')).toBeTruthy();
  answer.searchParams.set('state', 'forfalsket-state');
  await page.goto(answer.toString());
  await expect(page).toHaveURL(/\/logg-inn\?.*error=OAuthCallback/);
  await expect(page.getByTestId('sso-feil')).toHaveText(FLOW_FAILED);
  await expectSignedOut(page);
});

test('en utløpt kode avvises av leverandøren, og ingen blir logget inn', async ({ page }) => {
  await signInThroughProvider(page, EXPIRED_CODE_LOGIN);
  await expect(page).toHaveURL(/\/logg-inn\?.*error=OAuthCallback/);
  await expect(page.getByTestId('sso-feil')).toHaveText(FLOW_FAILED);
  await expectSignedOut(page);
});
