// End-to-end tests: build the app, start it on a free port with a fresh database, drive Chromium.
// Browser: $PLAYWRIGHT_CHROMIUM_EXECUTABLE, else Debian's chromium-headless-shell or chromium
// when present, else Playwright's own (after `npx playwright install chromium` on a developer laptop).
import { defineConfig, devices } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { appServerEnv } from './e2e/app-server';
import { oidcIssuer } from './e2e/oidc/config';

// The config is evaluated in the runner and in every worker; the runner fixes the values
// in the environment first and the workers inherit them.
const freePort = () =>
  execFileSync(process.execPath, ['-e', "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"])
    .toString()
    .trim();
process.env.E2E_PORT ??= freePort();
// The OpenID Connect provider the single sign-on tests sign in through (e2e/oidc/provider.ts).
process.env.E2E_OIDC_PORT ??= freePort();
process.env.E2E_DATA_DIR ??= mkdtempSync(path.join(tmpdir(), 'brobygger-e2e-'));
// Without SMTP the server also writes each e-mail here; the password-reset test reads its link.
process.env.E2E_MAIL_OUTBOX ??= `${process.env.E2E_DATA_DIR}-utboks`;

const port = Number(process.env.E2E_PORT);
const baseURL = `http://localhost:${port}`;
// Chromium's headless shell (Debian package chromium-headless-shell) is what Playwright itself
// runs headless: no GPU process or browser UI, and the suite takes ~40 % less CPU than with the
// full browser. The full browser is the fallback.
const executablePath =
  process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE ||
  ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'].find((p) => existsSync(p));

export default defineConfig({
  testDir: './e2e',
  outputDir: './test-results',
  // Spec files run in parallel, tests inside a file in order. Specs make their own data or read
  // demo data no other spec changes, so parallel workers are safe. CI runs two, one per core:
  // three took as long (12.2 against 12.3 minutes) with every test 75 % slower, so the suite is
  // bound by the CPU, not by waiting. A laptop may set E2E_WORKERS. On a shared 2-core machine a
  // test gets a part of the CPU, hence the longer test timeout in CI.
  fullyParallel: false,
  workers: Number(process.env.E2E_WORKERS) || (process.env.CI ? 2 : 1),
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: process.env.CI ? 90_000 : 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL,
    locale: 'nb-NO',
    timezoneId: 'Europe/Oslo',
    // Locally a failed test keeps its trace (DOM snapshots of every step, network, console),
    // without the screencast. Not in CI: the snapshots are taken at every step of every test,
    // passed or not, and the suite is bound by the two cores' CPU; a failure there still leaves
    // its screenshot and the page's accessibility snapshot (error-context.md).
    trace: process.env.CI ? 'off' : { mode: 'retain-on-failure', screenshots: false },
    // Designsystemet's Details open with a 0.4 s height animation unless the reader asks for less
    // motion. On a loaded machine a click on a button inside one that had just been opened could
    // land while the content was still growing, and do nothing (CI, membership.spec.ts). The
    // readers who ask for reduced motion get the same instant panels.
    reducedMotion: 'reduce',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath,
          // The evaluation test keeps several browser contexts open; without the last three
          // flags Chromium may throttle a page it considers in the background, and an action
          // then waits for an animation frame that never comes.
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--disable-dev-shm-usage',
            '--disable-background-timer-throttling',
            '--disable-backgrounding-occluded-windows',
            '--disable-renderer-backgrounding',
          ],
        },
      },
    },
  ],
  webServer: [
    {
      // A real OpenID Connect provider on loopback (e2e/sso.spec.ts signs in through it).
      command: 'npx tsx e2e/oidc/provider.ts',
      url: `${oidcIssuer()}/.well-known/openid-configuration`,
      timeout: 60_000,
      reuseExistingServer: false,
      stdout: 'pipe',
      stderr: 'pipe',
      env: { E2E_OIDC_PORT: String(process.env.E2E_OIDC_PORT), E2E_APP_URL: baseURL },
    },
    {
      command: 'npx tsx --conditions=react-server scripts/start.ts',
      url: `${baseURL}/api/health`,
      timeout: 300_000,
      reuseExistingServer: false,
      stdout: 'pipe',
      stderr: 'pipe',
      env: {
        PORT: String(port),
        HOST: '127.0.0.1',
        NEXTAUTH_URL: baseURL,
        // The rest is shared with the instances instances.spec.ts starts beside this one.
        ...appServerEnv(),
      },
    },
  ],
});
