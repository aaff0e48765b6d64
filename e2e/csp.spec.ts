// The Content-Security-Policy in the browser and on the wire (issue 11): a nonce of its own in
// every response (also for a public page sent from memory, lib/server/public-page-cache.ts), no
// framing but of the embeddable register, an injected script stopped, and no console noise from
// missing icons.
import { expect } from '@playwright/test';
import { test } from './fixtures';

test.describe('Content-Security-Policy', () => {
  test('hver side får sin egen nonce, rammer er forbudt, og skriptene bærer noncen', async ({ page, request }) => {
    const first = await request.get('/innsyn');
    const second = await request.get('/innsyn');
    const nonceOf = (csp: string) => /'nonce-([^']+)'/.exec(csp)?.[1];
    const csp = first.headers()['content-security-policy']!;
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("'strict-dynamic'");
    expect(nonceOf(csp)).toBeTruthy();
    expect(nonceOf(second.headers()['content-security-policy']!)).not.toBe(nonceOf(csp));
    expect(first.headers()['strict-transport-security']).toBeUndefined(); // the test server is http
    const html = await first.text();
    expect(html).toContain(`nonce="${nonceOf(csp)}"`);
    await page.goto('/innsyn');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });

  test('en innsynsside sendt fra minnet har en ny nonce i hvert svar, og skriptene kjører', async ({ page, request }) => {
    // The server renders a public page once and keeps it for half a second (lib/server/public-page-cache.ts):
    // ask in pairs until the second answer of a pair comes from memory (wait for state, not time).
    const nonceOf = (csp: string | undefined) => /'nonce-([^']+)'/.exec(csp ?? '')?.[1];
    let pair: { first: string; second: string; html: string } | undefined;
    await expect
      .poll(
        async () => {
          const first = await request.get('/innsyn/statistikk');
          const second = await request.get('/innsyn/statistikk');
          pair = { first: nonceOf(first.headers()['content-security-policy'])!, second: nonceOf(second.headers()['content-security-policy'])!, html: await second.text() };
          return second.headers()['x-innsyn-cache'];
        },
        { timeout: 30_000 },
      )
      .toMatch(/^(hit|stale)$/);
    expect(pair!.second).toBeTruthy();
    expect(pair!.second).not.toBe(pair!.first);
    expect(pair!.html).toContain(`nonce="${pair!.second}"`);
    expect(pair!.html).not.toContain(pair!.first);
    // In the browser (the fixture fails the test on any CSP violation): Next's scripts run on a page from memory.
    await expect
      .poll(
        async () => {
          await page.goto('/innsyn', { waitUntil: 'commit' });
          return (await page.goto('/innsyn', { waitUntil: 'commit' }))?.headers()['x-innsyn-cache'];
        },
        { timeout: 30_000 },
      )
      .toMatch(/^(hit|stale)$/);
    await page.waitForFunction(() => 'next' in window);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });

  test('bare den innebygde registersiden kan vises i en ramme, og den har også nonce', async ({ request }) => {
    const embedded = (await request.get('/innsyn/kommune/4204/innebygd')).headers()['content-security-policy']!;
    expect(embedded).toContain('frame-ancestors *');
    expect(embedded).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    for (const path of ['/innsyn/kommune/4204', '/innsyn/kommune/4204/nettverk', '/innsyn/statistikk', '/logg-inn']) {
      expect((await request.get(path)).headers()['content-security-policy'], path).toContain("frame-ancestors 'none'");
    }
  });

  test('innsatt skript uten nonce stoppes av nettleseren', async ({ browser }) => {
    // A context deliberately outside the CSP guard: this test provokes a violation.
    const context = await Object.getPrototypeOf(browser).newContext.call(browser);
    const page = await context.newPage();
    const violations: string[] = [];
    page.on('console', (m: { text(): string }) => violations.push(m.text()));
    await page.goto('/innsyn');
    // The classic injection: markup with an inline event handler (what a stored XSS would be).
    await page.evaluate(() => {
      const div = document.createElement('div');
      div.innerHTML = '<img src="data:," onerror="window.__injected = true">';
      document.body.append(div);
    });
    await expect.poll(() => violations.join('\n')).toMatch(/Content Security Policy/);
    expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
    await context.close();
  });

  test('siden har ikoner og robots.txt, så nettleseren ikke logger 404', async ({ page, request }) => {
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto('/');
    const icons = await page.locator('link[rel="icon"], link[rel="apple-touch-icon"]').evaluateAll((links) => links.map((l) => l.getAttribute('href')!));
    expect(icons).toEqual(['/icon.svg', '/icon-32.png', '/apple-touch-icon.png']);
    for (const href of [...icons, '/favicon.ico']) {
      const response = await request.get(href);
      expect(response.status(), href).toBe(200);
      expect(response.headers()['content-type'], href).toMatch(/^image\/(svg\+xml|png)/);
    }
    const robots = await request.get('/robots.txt');
    expect(robots.status()).toBe(200);
    expect(await robots.text()).toMatch(/^Allow: \/innsyn$[\s\S]*^Disallow: \/$/m);
    expect(errors.filter((e) => /404|Failed to load resource/.test(e))).toEqual([]);
  });
});
