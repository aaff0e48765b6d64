// Replayed attacks against the running server (issue 11): each probe that once succeeded is
// sent again and must be refused. Payload lists for the pure checks live in the unit tests
// (lib/pure/validation/sign-in.test.ts, lib/pure/security/*.test.ts, lib/server/security/*.test.ts); here the HTTP layer is exercised.
import { request as httpRequest } from 'node:http';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { test, createUserAsAdmin, demoUser, DEMO_PASSWORD, expectAccessible, signIn, signInAs, notesScreenshot } from './fixtures';

const ISSUE_REDIRECTS = ['/a/..//evil.example', '/.//evil.example', '/%2e%2e//evil.example', '/x/../\\evil.example'];
const MORE_REDIRECTS = ['//evil.example', '/\\evil.example', 'https://evil.example/', '/%2F%2Fevil.example/..//evil.example', '/\t/evil.example', 'javascript:alert(1)'];
const FAKE_ACTION = `7f${'0'.repeat(40)}`;

async function hostOf(page: Page) {
  return new URL(page.url()).host;
}

test.describe('åpen videresending etter innlogging', () => {
  for (const payload of ISSUE_REDIRECTS) {
    test(`innlogging med callbackUrl=${payload} ender hos oss`, async ({ page, baseURL }) => {
      await page.goto(`/logg-inn?callbackUrl=${encodeURIComponent(payload)}`);
      await signInFromHere(page, demoUser('folkevalgt').email);
      await expect(page).toHaveURL(/\/oversikt$/);
      expect(await hostOf(page)).toBe(new URL(baseURL!).host);
    });
  }

  test('en innlogget bruker sendes aldri videre til et annet nettsted', async ({ page, baseURL }) => {
    await signInAs(page, 'medlemsrepresentant');
    for (const payload of [...ISSUE_REDIRECTS, ...MORE_REDIRECTS]) {
      const response = await page.request.get(`/logg-inn?callbackUrl=${encodeURIComponent(payload)}`, { maxRedirects: 0 });
      expect(response.status(), payload).toBeGreaterThanOrEqual(300);
      const target = new URL(response.headers().location!, baseURL);
      expect(target.host, payload).toBe(new URL(baseURL!).host);
      expect(target.pathname, payload).toBe('/oversikt');
    }
  });
});

async function signInFromHere(page: Page, email: string) {
  await page.getByLabel('E-post').fill(email);
  await page.getByLabel('Passord').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Logg inn' }).click();
}

/** One sign-in through next-auth's own endpoint (as the form does); the error code, or null on success. */
async function apiSignIn(request: APIRequestContext, email: string, password: string, headers: Record<string, string> = {}) {
  const { csrfToken } = (await (await request.get('/api/auth/csrf', { headers })).json()) as { csrfToken: string };
  const response = await request.post('/api/auth/callback/credentials', {
    headers,
    form: { csrfToken, email, password, callbackUrl: '/oversikt', json: 'true' },
  });
  const { url } = (await response.json()) as { url: string };
  return new URL(url).searchParams.get('error');
}

test.describe('innloggingsbremsen', () => {
  test('et nytt X-Forwarded-For for hvert forsøk gir ikke nye forsøk', async ({ request }) => {
    const email = 'roterer@example.no';
    for (let i = 0; i < 5; i++) {
      expect(await apiSignIn(request, email, `gjetting-${i}`, { 'x-forwarded-for': `198.51.100.${i + 1}` })).toBe('CredentialsSignin');
    }
    expect(await apiSignIn(request, email, 'gjetting-6', { 'x-forwarded-for': '203.0.113.200' })).toMatch(/^RateLimited:\d+$/);
    expect(await apiSignIn(request, email, 'gjetting-7', { 'x-forwarded-for': '203.0.113.201, 10.0.0.1' })).toMatch(/^RateLimited:\d+$/);
  });

  test('andres feil på andre kontoer stenger ikke administratoren ute', async ({ request, page }) => {
    for (let i = 0; i < 12; i++) expect(await apiSignIn(request, `angriper${i}@example.no`, 'feil-passord')).toBe('CredentialsSignin');
    await signInAs(page, 'administrator');
  });
});

test.describe('økter', () => {
  test('en informasjonskapsel fra en utlogget økt virker ikke igjen', async ({ browser }) => {
    test.slow(); // two browser contexts
    const first = await browser.newContext();
    const page = await first.newPage();
    await signInAs(page, 'operativ_leder');
    const cookies = await first.cookies();
    await page.getByRole('button', { name: 'Logg ut' }).click();
    await expect(page).toHaveURL(/\/logg-inn\?utlogget=1/);
    await first.close();

    const replay = await browser.newContext();
    await replay.addCookies(cookies);
    const again = await replay.newPage();
    await again.goto('/oversikt');
    await expect(again).toHaveURL(/\/logg-inn\?callbackUrl=%2Foversikt/);
    await replay.close();
  });

  test('«logg ut på alle enheter» avslutter også den andre økten', async ({ browser }) => {
    test.slow(); // three browser contexts
    // An account of its own: ending a demo user's sessions could disturb other tests.
    const email = 'mange.enheter@example.no';
    const password = 'et-godt-passord-for-to-enheter';
    const admin = await (await browser.newContext()).newPage();
    await createUserAsAdmin(admin, { name: 'Mange Enheter', email, password });
    await admin.context().close();
    const laptop = await (await browser.newContext()).newPage();
    const phone = await (await browser.newContext()).newPage();
    await signIn(laptop, email, password);
    await expect(laptop).toHaveURL(/\/profil\/passord$/);
    await signIn(phone, email, password);
    await expect(phone).toHaveURL(/\/profil\/passord$/);
    await expectAccessible(laptop);
    laptop.once('dialog', (d) => d.accept());
    await laptop.getByRole('button', { name: 'Logg ut på alle enheter' }).click();
    await expect(laptop).toHaveURL(/\/logg-inn\?utlogget=alle/);
    await phone.goto('/profil/passord');
    await expect(phone).toHaveURL(/\/logg-inn/);
    await laptop.context().close();
    await phone.context().close();
  });
});

test.describe('glemt passord', () => {
  test('lenken på e-post setter nytt passord én gang', async ({ page, browser }) => {
    test.slow(); // an account made by the administrator, then the whole reset flow
    const outbox = process.env.E2E_MAIL_OUTBOX!;
    const user = { name: 'Glemsk Bruker', email: 'glemsk@example.no', password: 'et-passord-jeg-glemmer' };
    const admin = await (await browser.newContext()).newPage();
    await createUserAsAdmin(admin, user);
    await admin.context().close();

    await page.goto('/logg-inn');
    await page.getByRole('link', { name: 'Glemt passordet?' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Glemt passordet?');
    await expectAccessible(page);
    await page.getByLabel('E-post').fill(user.email);
    await page.getByRole('button', { name: 'Send lenke' }).click();
    await expect(page.getByRole('status')).toContainText('Hvis e-postadressen hører til en aktiv bruker');
    await expect.poll(() => latestLink(outbox, user.email)).toBeTruthy();
    const path = new URL(latestLink(outbox, user.email)!).pathname;

    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Velg nytt passord');
    await expectAccessible(page);
    const password = 'glemsk bruker drikker kaffe på fergen';
    await page.getByLabel('Nytt passord', { exact: true }).fill(password);
    await page.getByLabel('Gjenta nytt passord').fill(password);
    await page.getByRole('button', { name: 'Lagre passord' }).click();
    await expect(page).toHaveURL(/\/logg-inn\?passord=valgt/);
    await expect(page.getByText('Passordet er lagret.')).toBeVisible();
    // A password chosen with the link is the user's own: no forced change afterwards.
    await signIn(page, user.email, password);
    await expect(page.getByTestId('innlogget-bruker')).toHaveText(user.name);
    await expect(page).toHaveURL(/\/oversikt$/);
    // The same link a second time: used up.
    await page.goto(path);
    await expect(page.getByText('Lenken er brukt, utløpt eller ugyldig.')).toBeVisible();
  });
});

function latestLink(outbox: string, to: string): string | null {
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

test.describe('ingen 500 for dårlig input', () => {
  test('for store forespørsler til en server action får 413', async ({ request }) => {
    for (const size of [1024 * 1024 + 1, 10 * 1024 * 1024]) {
      const response = await request.post('/profil', {
        headers: { 'next-action': FAKE_ACTION, 'content-type': 'text/plain;charset=UTF-8', accept: 'text/x-component' },
        data: `["${'a'.repeat(size)}"]`,
      });
      expect(response.status(), `${size} bytes`).toBe(413);
      expect(await response.text()).toContain('Forespørselen er for stor');
    }
  });

  test('importsiden tar imot en fil over 1 MB, men ikke 10 MB', async ({ request, baseURL }) => {
    const headers = { 'next-action': FAKE_ACTION, 'content-type': 'text/plain;charset=UTF-8', accept: 'text/x-component', origin: new URL(baseURL!).origin };
    const upload = await request.post('/samarbeid/importer', { headers, data: `["${'a'.repeat(1024 * 1024 + 1)}"]` });
    expect(upload.status()).not.toBe(413);
    expect(upload.status()).toBeLessThan(500);
    const tooBig = await request.post('/samarbeid/importer', { headers, data: `["${'a'.repeat(10 * 1024 * 1024)}"]` });
    expect(tooBig.status()).toBe(413);
  });

  test('en server action uten lengde (chunked) får 411, ikke 500', async ({ baseURL }) => {
    const url = new URL('/profil', baseURL);
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(
        { host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { 'next-action': FAKE_ACTION, 'transfer-encoding': 'chunked', origin: url.origin } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.write('["a"]');
      req.end();
    });
    expect(status).toBe(411);
  });

  test('en ukjent server action får ikke 500', async ({ request, baseURL }) => {
    const response = await request.post('/profil', {
      headers: { 'next-action': FAKE_ACTION, 'content-type': 'text/plain;charset=UTF-8', origin: new URL(baseURL!).origin },
      data: '[{}]',
    });
    expect(response.status()).toBeLessThan(500);
  });

  for (const path of ['/innsyn/samarbeid/%ZZ', '/api/kalender/%ZZ', '/admin/brukere/%ZZ', '/innsyn/kommune/%E0%A4%A/samarbeid.csv']) {
    test(`ugyldig prosentkoding i ${path} gir 400`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(400);
      expect(await response.text()).toContain('Adressen er ugyldig');
    });
  }

  test('en server action fra et annet nettsted får 403', async ({ request }) => {
    const response = await request.post('/profil', {
      headers: { 'next-action': FAKE_ACTION, 'content-type': 'text/plain;charset=UTF-8', origin: 'https://evil.example' },
      data: '[{}]',
    });
    expect(response.status()).toBe(403);
    expect(await response.text()).toContain('annet nettsted');
  });

  test('NUL-tegn i et navn avvises med norsk melding og når aldri databasen', async ({ page }) => {
    await signInAs(page, 'administrator');
    await page.goto('/admin/brukere');
    // A browser field cannot hold NUL: put it into the request the form sends.
    await page.route('**/admin/brukere', async (route) => {
      const body = route.request().postData();
      if (route.request().method() === 'POST' && body?.includes('Nul Navnesen')) await route.continue({ postData: body.replace('Nul Navnesen', 'Nul\\u0000Navnesen') });
      else await route.continue();
    });
    await page.getByLabel('Fullt navn').fill('Nul Navnesen');
    await page.getByLabel('E-post').fill('nul@example.no');
    await page.getByLabel('Førstegangspassord').fill('et-godt-passord-123');
    await page.getByRole('button', { name: 'Opprett bruker' }).click();
    await expect(page.getByText(/tegn som ikke er tillatt/).first()).toBeVisible();
    await expect(page.getByLabel('Fullt navn')).toHaveValue('Nul Navnesen');
  });

  test('sider brukeren ikke har tilgang til, svarer 403', async ({ page }) => {
    test.slow(); // ten pages
    await signInAs(page, 'folkevalgt'); // Vennesla (4223): reads its register, registers nothing
    const pages = ['/admin', '/admin/brukere', '/admin/kommuner', '/admin/valg', '/admin/diagnostikk', '/admin/revisjonslogg', '/samarbeid/ny'];
    for (const path of [...pages, '/samarbeid/registrer', '/samarbeid/importer', '/register/4204/nettverk']) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Du har ikke tilgang til denne siden');
    }
    await expectAccessible(page);
  });
});

test.describe('revisjonslogg', () => {
  test('administratoren ser innlogginger og endringer, og kan filtrere', async ({ page }) => {
    const admin = await signInAs(page, 'administrator');
    await page.goto('/admin/revisjonslogg');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Revisjonslogg');
    await expectAccessible(page);
    await page.getByLabel('Hvem (e-post)').fill(admin.email);
    await page.getByLabel('Handling').selectOption({ label: 'Innlogging' });
    await page.getByRole('button', { name: 'Filtrer' }).click();
    await expect(page).toHaveURL(/handling=auth.sign_in/);
    const rows = page.locator('tbody tr');
    await expect(rows.first()).toContainText(admin.email);
    await expect(rows.first()).toContainText('Innlogging');
    await notesScreenshot(page, { path: 'test-results/revisjonslogg.png', fullPage: true });
  });
});
