// Issue 14: the public pages in nynorsk and English. A municipality whose målform is nynorsk
// (Åseral in the demo data) shows its /innsyn page in nynorsk to a visitor whose browser asks
// for bokmål; the switcher (plain links) turns it into English and back; /tilgjengelighet
// reads in all three languages. No bokmål-only word may be left in the page's visible text.
import { expect, type Page } from '@playwright/test';
import { test, expectAccessible, notesScreenshot, shotsDir, signInAs } from './fixtures';

const SHOTS = shotsDir('sprak');

/**
 * Common words that exist only in bokmål (the list and a few more). "mange" is also
 * nynorsk, so it is left out of the nynorsk check; none of these is English.
 */
const BOKMAAL_ONLY = ['ikke', 'hva', 'hvem', 'hjem', 'noen', 'mange', 'hvordan', 'hvorfor', 'hvis', 'ennå', 'mye', 'jeg'];
const NOT_IN_NYNORSK = BOKMAAL_ONLY.filter((w) => w !== 'mange');

/** The bokmål-only words in the page's visible text (main content, header and footer). */
async function bokmaalWords(page: Page, words: readonly string[]): Promise<string[]> {
  const text = await page.locator('body').innerText();
  const found = new Set(text.toLocaleLowerCase('nb').split(/[^\p{L}]+/u).filter((w) => words.includes(w)));
  return [...found];
}

async function switchTo(page: Page, language: 'Bokmål' | 'Nynorsk' | 'English', lang: string) {
  await page.getByTestId('sprakvelger').getByRole('link', { name: language }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

test('innsyn for en nynorskkommune er på nynorsk, og språkvelgeren bytter til engelsk', async ({ page }) => {
  // The browser asks for bokmål (playwright.config locale nb-NO): the målform decides here.
  await page.goto('/innsyn/kommune/4224');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nn');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Interkommunale samarbeid i Åseral kommune');
  await expect(page.getByRole('heading', { level: 2, name: /offentlege samarbeid$/ })).toBeVisible();
  await expect(page.getByTestId('innsyn-tabell').getByRole('row').nth(1)).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Oppgåvefelt' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Hopp til hovudinnhaldet' })).toBeAttached();
  expect(await bokmaalWords(page, NOT_IN_NYNORSK), 'bokmålsord på nynorsksida').toEqual([]);
  await expectAccessible(page);
  await notesScreenshot(page, { path: `${SHOTS}/innsyn-aseral-nynorsk.png`, fullPage: true });

  await switchTo(page, 'English', 'en');
  await expect(page).toHaveURL(/\/innsyn\/kommune\/4224$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Inter-municipal cooperation in Åseral kommune');
  await expect(page.getByRole('columnheader', { name: 'Task area' })).toBeVisible();
  expect(await bokmaalWords(page, BOKMAAL_ONLY), 'bokmål words on the English page').toEqual([]);
  await expectAccessible(page);

  // The cookie holds across pages: the national list is in English too.
  await page.getByRole('link', { name: 'Public register', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Public register of inter-municipal cooperation');
  expect(await bokmaalWords(page, BOKMAAL_ONLY)).toEqual([]);

  // And back to bokmål: the texts other specs rely on are unchanged.
  await switchTo(page, 'Bokmål', 'nb');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Innsyn i interkommunale samarbeid');
});

test('tilgjengelighetserklæringen finnes på bokmål, nynorsk og engelsk', async ({ page }) => {
  await page.goto('/innsyn');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Tilgjengelighetserklæring' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tilgjengelighetserklæring');
  const table = page.getByTestId('wcag-status');
  await expect(table.getByRole('row')).toHaveCount(51);
  await expect(table.getByRole('row', { name: /^3\.1\.2 Språk på deler av innholdet/ })).toContainText('Ikke oppfylt');
  await expect(page.getByRole('link', { name: 'uutilsynet.no' })).toHaveAttribute('href', 'https://www.uutilsynet.no/');
  await expect(page.getByRole('link', { name: 'tilgjengelighet@brobygger.no' })).toHaveAttribute('href', 'mailto:tilgjengelighet@brobygger.no');
  await expect(page.getByTestId('erklaering-dato')).toContainText('05.12.2026');
  await expectAccessible(page);

  await switchTo(page, 'Nynorsk', 'nn');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tilgjengelegheitserklæring');
  await expect(table.getByRole('row', { name: /^2\.2\.1 Justerbar hastigheit/ })).toContainText('Ikkje oppfylt');
  expect(await bokmaalWords(page, NOT_IN_NYNORSK), 'bokmålsord i nynorskerklæringa').toEqual([]);
  await expectAccessible(page);
  await notesScreenshot(page, { path: `${SHOTS}/tilgjengelighet-nynorsk.png`, fullPage: true });

  await switchTo(page, 'English', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Accessibility statement');
  await expect(table.getByRole('row', { name: /^1\.4\.10 Reflow/ })).toContainText('Met');
  await expect(page.getByTestId('erklaering-dato')).toContainText('Dec 5, 2026');
  expect(await bokmaalWords(page, BOKMAAL_ONLY), 'bokmål words in the English statement').toEqual([]);
  await expectAccessible(page);
  await notesScreenshot(page, { path: `${SHOTS}/tilgjengelighet-engelsk.png`, fullPage: true });
});

/**
 * The bokmål-only words in the visible text that does not say it is bokmål: on the translated
 * pages, texts still shared with bokmål-only pages (the calculation page's warning titles,
 * shared validation messages) are marked lang="nb" and left out of the check.
 */
async function unmarkedBokmaalWords(page: Page, words: readonly string[]): Promise<string[]> {
  const text = await page.evaluate(() => {
    const parts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style, noscript, template, [lang="nb"]') || !parent.checkVisibility()) continue;
      parts.push(node.textContent ?? '');
    }
    return parts.join(' ');
  });
  return [...new Set(text.toLocaleLowerCase('nb').split(/[^\p{L}]+/u).filter((w) => words.includes(w)))];
}

test('om-sidene og innlogginga på nynorsk og engelsk', async ({ page }) => {
  const main = page.getByRole('main');
  await page.goto('/om');
  await expect(page.getByRole('heading', { level: 2, name: 'Fire typer styringsvirkemidler' })).toBeVisible();

  // Nynorsk: the switcher's cookie holds on every page after it.
  await switchTo(page, 'Nynorsk', 'nn');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Om Brobygger');
  await expect(page.getByRole('heading', { level: 2, name: 'Fire typar styringsverkemiddel' })).toBeVisible();
  await expect(main).not.toHaveAttribute('lang', /./);
  await expect(main.locator('[lang="nb"]')).toHaveCount(0);
  expect(await bokmaalWords(page, NOT_IN_NYNORSK), 'bokmålsord på om-sida').toEqual([]);

  await page.goto('/om/slik-regnes-det-ut');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Slik blir det rekna ut');
  await expect(page.getByText('får demokratisk forankring høgst 69 poeng')).toBeVisible();
  await expect(page.getByTestId('vekter-input').getByRole('columnheader', { name: 'Slik blir han målt' })).toBeVisible();
  await expect(page.getByTestId('vekter-input').getByRole('row', { name: /Formell forankring halden hos kvar deltakar/ })).toContainText('Løpande');
  expect(await unmarkedBokmaalWords(page, NOT_IN_NYNORSK), 'umerkte bokmålsord på utrekningssida').toEqual([]);

  await page.goto('/logg-inn');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Velkomen til Brobygger');
  await expect(page.getByRole('textbox', { name: 'E-post' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Hald fram med innlogginga til kommunen' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Gløymt passordet?' })).toHaveAttribute('href', '/glemt-passord');
  await expect(main.locator('[lang="nb"]')).toHaveCount(0);
  expect(await bokmaalWords(page, NOT_IN_NYNORSK), 'bokmålsord på innloggingssida').toEqual([]);
  await expectAccessible(page);
  await notesScreenshot(page, { path: `${SHOTS}/logg-inn-nynorsk.png`, fullPage: true });

  // English, the other way round: sign-in first, then the two about pages.
  await switchTo(page, 'English', 'en');
  await expect(page).toHaveURL(/\/logg-inn$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Sign in' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Password' })).toBeVisible();
  await expect(page.getByRole('button', { name: "Continue with your municipality's sign-in" })).toBeVisible();
  expect(await bokmaalWords(page, BOKMAAL_ONLY), 'bokmål words on the sign-in page').toEqual([]);

  await page.goto('/om');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('About Brobygger');
  await expect(page.getByRole('term').filter({ hasText: 'Participation' })).toBeVisible();
  expect(await bokmaalWords(page, BOKMAAL_ONLY), 'bokmål words on the about page').toEqual([]);

  await page.goto('/om/slik-regnes-det-ut');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('How it is calculated');
  await expect(page.getByText('democratic anchoring gets at most 69 points')).toBeVisible();
  await expect(page.getByTestId('varselregler').getByRole('columnheader', { name: 'Severity' })).toBeVisible();
  expect(await unmarkedBokmaalWords(page, BOKMAAL_ONLY), 'unmarked bokmål words on the calculation page').toEqual([]);
  await expectAccessible(page);
});

test('statistikk og API-sida på nynorsk og engelsk', async ({ page, baseURL }) => {
  const chooseLanguage = (code: 'nn' | 'en') => page.context().addCookies([{ name: 'sprak', value: code, url: baseURL! }]);
  const main = page.locator('main#hovedinnhold');

  await chooseLanguage('nn');
  await page.goto('/innsyn/statistikk');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nn');
  await expect(main).not.toHaveAttribute('lang', 'nb');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Statistikk over interkommunale samarbeid');
  await expect(page.getByRole('heading', { level: 2, name: 'Nøkkeltal' })).toBeVisible();
  await expect(page.getByTestId('tabell-fylke').getByRole('columnheader', { name: 'Kommunar i fylket' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Tilstand i livsløpet' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Last ned CSV for fylke' })).toHaveAttribute('href', '/innsyn/statistikk/fylke.csv');
  await expect(page.getByTestId('diagram-fylke').locator('svg .recharts-bar-rectangle').first()).toBeVisible();
  expect(await bokmaalWords(page, NOT_IN_NYNORSK), 'bokmålsord på statistikksida').toEqual([]);
  // The words app/error.tsx shows if the page fails, left in the page by the root layout.
  await expect(page.locator('template#feilside-ord')).toHaveAttribute('data-title', 'Noko gjekk gale');
  await expectAccessible(page);
  await notesScreenshot(page, { path: `${SHOTS}/statistikk-nynorsk.png`, fullPage: true });

  await page.getByRole('link', { name: 'API-et', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ope API for interkommunale samarbeid');
  await expect(main).not.toHaveAttribute('lang', 'nb');
  await expect(page.getByText('GET /api/v1/kommuner/{kommunenummer}/samarbeid')).toBeVisible();
  await expect(page.getByRole('cell', { name: 'heiltal, 1–100, standard 25' }).first()).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Talet på element per side (1–100).' }).first()).toBeVisible();
  expect(await bokmaalWords(page, NOT_IN_NYNORSK), 'bokmålsord på API-sida').toEqual([]);

  await chooseLanguage('en');
  await page.goto('/innsyn/api');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Open API for inter-municipal cooperation');
  await expect(page.getByRole('heading', { level: 2, name: 'Endpoints' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'integer, 1–100, default 25' }).first()).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Number of items per page (1–100).' }).first()).toBeVisible();
  expect(await bokmaalWords(page, BOKMAAL_ONLY), 'bokmål words on the API page').toEqual([]);
  await expectAccessible(page);

  await page.getByRole('link', { name: 'statistics', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Statistics on inter-municipal cooperation');
  await expect(page.getByTestId('tabell-organisasjonsform').getByRole('columnheader', { name: 'Number of cooperations' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Key figures' })).toBeVisible();
  // A table wider than its column says how to scroll, in the page's language.
  await expect(page.getByTestId('tabell-rull-hint').first()).toHaveText('The table is wider than the screen: scroll sideways to see the rest →');
  expect(await bokmaalWords(page, BOKMAAL_ONLY), 'bokmål words on the statistics page').toEqual([]);
  await notesScreenshot(page, { path: `${SHOTS}/statistikk-engelsk.png`, fullPage: true });

  // The front page for visitors, too.
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Inter-municipal cooperation that stays anchored');
  expect(await bokmaalWords(page, BOKMAAL_ONLY), 'bokmål words on the front page').toEqual([]);

  // Signed in, the dashboard is in English too, its content marked as such (WCAG 3.1.2).
  await signInAs(page, 'radmannsteam');
  await page.goto('/oversikt');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(main.locator('[lang="en"]').filter({ hasText: 'My cooperations' }).first()).toBeVisible();
  await expect(page.getByTestId('sprakvelger')).toContainText('Nynorsk');
});
