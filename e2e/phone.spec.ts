// A phone (390 × 844): no page scrolls sideways (WCAG 1.4.10), the cooperation's pages are
// reached through the folded «Side» menu, wide tables scroll in their own named region, and the
// anchoring calendar's cells never overlap. axe runs at this width too.
import { expect, type Page } from '@playwright/test';
import { test, expectAccessible, notesScreenshot, signInAs, shotsDir } from './fixtures';

const COOPERATION = 'Interkommunal legevakt i Kristiansandsregionen';
const SHOTS = shotsDir('telefon');

test.use({ viewport: { width: 390, height: 844 } });

async function expectNoSidewaysScroll(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `sidebredde på ${page.url()}`).toBeLessThanOrEqual(390);
}

/** In every row of every table in the page, no two cells overlap and no cell's text spills out. */
async function expectCellsApart(page: Page) {
  const problems = await page.locator('table').evaluateAll((tables) =>
    tables.flatMap((table) =>
      [...table.querySelectorAll('tr')].flatMap((row) => {
        const cells = [...row.children].map((c) => ({ cell: c as HTMLElement, box: c.getBoundingClientRect() }));
        const out: string[] = [];
        cells.forEach(({ cell, box }, i) => {
          if (cell.scrollWidth > cell.clientWidth + 1) out.push(`«${cell.textContent?.trim().slice(0, 30)}» flyter ut av cellen`);
          const next = cells[i + 1];
          if (next && next.box.left < box.right - 1) out.push(`«${cell.textContent?.trim().slice(0, 30)}» overlapper neste celle`);
        });
        return out;
      }),
    ),
  );
  expect(problems).toEqual([]);
}

test('på telefon: oversikten, samarbeidets sider gjennom menyen og forankringskalenderen, uten sidelengs rulling', async ({ page }) => {
  test.slow();
  await signInAs(page, 'radmannsteam');
  await expectNoSidewaysScroll(page);
  await expectAccessible(page);
  await notesScreenshot(page, { path: `${SHOTS}/oversikt.png` });

  // The main menu is folded.
  const menu = page.getByTestId('hovedmeny-mobil');
  await menu.getByText('Meny').click();
  await menu.getByRole('link', { name: 'Samarbeid' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Samarbeid');
  await page.goto(`/samarbeid?q=${encodeURIComponent(COOPERATION)}`);
  await page.getByRole('link', { name: COOPERATION }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(COOPERATION);
  await expectNoSidewaysScroll(page);

  // Every page of the cooperation through the folded tabs, which name the page you are on.
  const tabs = page.getByTestId('samarbeid-meny');
  await expect(tabs).toContainText('Side: Oversikt');
  const labels = (await tabs.locator('a').allTextContents()).map((l) => l.replace(/\(.*\)$/, '').trim());
  expect(labels).toEqual(expect.arrayContaining(['Oversikt', 'Innramming', 'Design', 'Deltakelse', 'Forankring', 'Evaluering']));
  for (const label of labels.filter((l) => l !== 'Oversikt')) {
    if (!(await tabs.evaluate((d) => (d as HTMLDetailsElement).open))) await tabs.locator('summary').click();
    await tabs.getByRole('link', { name: label }).click();
    await expect(tabs).toContainText(`Side: ${label}`);
    await expectNoSidewaysScroll(page);
    if (label === 'Støtte og tilrettelegging') {
      await expectAccessible(page);
      await notesScreenshot(page, { path: `${SHOTS}/stotte.png`, fullPage: true });
    }
  }

  // The anchoring calendar: a table per month in its own scrolling region, cells apart.
  await page.goto(page.url().replace(/\/[^/]+$/, '/forankring'));
  const region = page.getByRole('region', { name: /^Forankringer i .*, kan rulles sideveis$/ }).first();
  await expect(region).toBeVisible();
  await expect(page.getByTestId('tabell-rull-hint').first()).toBeVisible();
  await expectCellsApart(page);
  await expectNoSidewaysScroll(page);
  await expectAccessible(page);
  await notesScreenshot(page, { path: `${SHOTS}/forankring.png`, fullPage: true });

  // The municipality's calendar, with a column for the cooperation.
  await page.goto('/kommune/4204/forankring');
  await expectCellsApart(page);
  await expectNoSidewaysScroll(page);
});
