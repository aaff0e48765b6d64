// Issue 14: the signed-in pages of a cooperation in nynorsk and English. A rådmannsteam that has
// chosen nynorsk creates a cooperation and reads its overview and phase pages without a bokmål-only
// word that is not marked as bokmål (lang="nb": rule sentences, field messages and other texts
// still shared with bokmål-only pages); in English the same. The cooperation is created in
// bokmål first: the shared page object fills the form by its bokmål labels.
import { expect, type BrowserContext, type Page } from '@playwright/test';
import { test, expectAccessible, signInAs } from './fixtures';
import { createCooperation } from './pages/cooperation';

/** Common words that exist only in bokmål (as in languages.spec.ts); "mange" is nynorsk too. */
const BOKMAAL_ONLY = ['ikke', 'hva', 'hvem', 'hjem', 'noen', 'mange', 'hvordan', 'hvorfor', 'hvis', 'ennå', 'mye', 'jeg'];
const NOT_IN_NYNORSK = BOKMAAL_ONLY.filter((w) => w !== 'mange');

const PHASE_PAGES = ['design', 'innramming', 'stotte', 'deltakelse', 'virkemidler', 'vedtak', 'forankring'] as const;

/**
 * The bokmål-only words in the visible text whose nearest language marking is not bokmål: a
 * translated part inside a bokmål-marked page counts, and bokmål inside a translated page is
 * left out only where it says so.
 */
async function unmarkedBokmaalWords(page: Page, words: readonly string[]): Promise<string[]> {
  const text = await page.evaluate(() => {
    const parts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style, noscript, template') || !parent.checkVisibility()) continue;
      if (parent.closest('[lang]')?.getAttribute('lang') === 'nb') continue;
      parts.push(node.textContent ?? '');
    }
    return parts.join(' ');
  });
  return [...new Set(text.toLocaleLowerCase('nb').split(/[^\p{L}]+/u).filter((w) => words.includes(w)))];
}

async function chooseLanguage(context: BrowserContext, baseURL: string | undefined, code: 'nb' | 'nn' | 'en') {
  await context.addCookies([{ name: 'sprak', value: code, url: baseURL! }]);
}

/** A new cooperation whose own texts (user data, never translated) hold none of the words above. */
async function newCooperation(page: Page, name: string): Promise<string> {
  return createCooperation(page, {
    name,
    purpose: 'Barn og familier i begge kommunene skal få hjelp fra barnevernet også om kvelden og i helgene.',
    taskArea: 'Barnevernvakt',
    problem: {
      what: 'Vennesla dekker kveld og helg med frivillig vakt.',
      why: 'Sammen har kommunene nok saker til en forsvarlig vaktordning.',
      how: 'Kristiansand blir vertskommune og utvider dagens barnevernvakt.',
    },
    others: ['Vennesla'],
  });
}

test('nynorsk for rådmannsteamet: nytt samarbeid, oversikta og fasesidene', async ({ page, context, baseURL }) => {
  test.setTimeout(240_000);
  await signInAs(page, 'radmannsteam');
  const id = await newCooperation(page, 'Barnevernvakt for Kristiansand og Vennesla (nynorsk)');

  await chooseLanguage(context, baseURL, 'nn');
  await page.goto('/samarbeid/ny');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nn');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nytt samarbeid');
  await expect(page.getByRole('textbox', { name: 'Namnet på samarbeidet' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Kva er problemet eller situasjonen i dag?' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Opprett samarbeidet' })).toBeVisible();
  expect(await unmarkedBokmaalWords(page, NOT_IN_NYNORSK), 'bokmålsord på sida for nytt samarbeid').toEqual([]);
  await expectAccessible(page);

  await page.goto(`/samarbeid/${id}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'nn');
  await expect(page.getByRole('heading', { level: 2, name: 'Neste steg' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Fasane i etableringa' })).toBeVisible();
  await expect(page.getByTestId('livslop')).toContainText('Vedtak hos deltakarane');
  await expect(page.getByRole('columnheader', { name: 'Forventa nytte' })).toBeVisible();
  expect(await unmarkedBokmaalWords(page, NOT_IN_NYNORSK), 'bokmålsord på oversikta').toEqual([]);
  await expectAccessible(page);

  // A step taken in nynorsk is told in nynorsk in the history.
  await page.getByRole('button', { name: 'Start etablering', exact: true }).click();
  await expect(page.getByTestId('steg-resultat')).toHaveText('Steget «Start etablering» er registrert.');
  await expect(page.getByTestId('historikk')).toContainText('Etableringa starta');
  await expect(page.getByTestId('livslop').locator('[aria-current="step"]')).toContainText('Etablering');
  expect(await unmarkedBokmaalWords(page, NOT_IN_NYNORSK), 'bokmålsord på oversikta etter steget').toEqual([]);

  for (const phase of PHASE_PAGES) {
    await page.goto(`/samarbeid/${id}/${phase}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'nn');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await unmarkedBokmaalWords(page, NOT_IN_NYNORSK), `bokmålsord på /${phase}`).toEqual([]);
  }
});

test('English for the rådmannsteam: new cooperation, overview and phase pages', async ({ page, context, baseURL }) => {
  test.setTimeout(240_000);
  await signInAs(page, 'radmannsteam');
  const id = await newCooperation(page, 'Barnevernvakt for Kristiansand og Vennesla (English)');

  await chooseLanguage(context, baseURL, 'en');
  await page.goto('/samarbeid/ny');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('New cooperation');
  await expect(page.getByRole('textbox', { name: 'Name of the cooperation' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Create the cooperation' })).toBeVisible();
  expect(await unmarkedBokmaalWords(page, BOKMAAL_ONLY), 'bokmål words on the new cooperation page').toEqual([]);

  await page.goto(`/samarbeid/${id}`);
  await expect(page.getByRole('heading', { level: 2, name: 'Next step' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'About the cooperation' })).toBeVisible();
  expect(await unmarkedBokmaalWords(page, BOKMAAL_ONLY), 'bokmål words on the overview').toEqual([]);
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Start establishing', exact: true }).click();
  await expect(page.getByTestId('steg-resultat')).toHaveText('The step «Start establishing» has been recorded.');
  await expect(page.getByTestId('historikk')).toContainText('Establishing started');
  expect(await unmarkedBokmaalWords(page, BOKMAAL_ONLY), 'bokmål words on the overview after the step').toEqual([]);

  for (const phase of PHASE_PAGES) {
    await page.goto(`/samarbeid/${id}/${phase}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await unmarkedBokmaalWords(page, BOKMAAL_ONLY), `bokmål words on /${phase}`).toEqual([]);
  }

  // Back to bokmål: the texts the other specs rely on are unchanged.
  await chooseLanguage(context, baseURL, 'nb');
  await page.goto(`/samarbeid/${id}`);
  await expect(page.getByRole('heading', { level: 2, name: 'Neste steg' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Fasene i etableringen' })).toBeVisible();
});
