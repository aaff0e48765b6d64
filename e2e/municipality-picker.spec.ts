// The searchable municipality picker (issue 13, part 2): both official names and the number
// find a municipality, and all of it works from the keyboard, at desktop and phone width.
import { expect, type Page } from '@playwright/test';
import { expectAccessible, signInAs, test, notesScreenshot } from './fixtures';
import { expectTitle } from './pages/cooperation';
import { tabTo, waitForHydration } from './pages/keyboard';
import { municipalityInput } from './pages/municipality-picker';

async function openNewCooperation(page: Page) {
  await signInAs(page, 'radmannsteam');
  await page.goto('/samarbeid/ny');
  await expectTitle(page, 'Nytt samarbeid');
  const input = municipalityInput(page, 'Kommune');
  await waitForHydration(input);
  return input;
}

/** Types into the focused picker, arrows down to the one hit and chooses it with Enter. */
async function chooseByKeyboard(page: Page, query: string, option: RegExp, label: string) {
  const input = municipalityInput(page, 'Kommune');
  await expect(input).toBeFocused();
  await page.keyboard.type(query);
  const hits = page.getByRole('listbox').getByRole('option');
  await expect(hits).toHaveCount(1);
  await expect(hits.first()).toHaveAccessibleName(option);
  await expect(input).toHaveAttribute('role', 'combobox');
  await expect(input).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(input).toHaveAttribute('aria-activedescendant', (await hits.first().getAttribute('id'))!);
  await page.keyboard.press('Enter');
  await expect(input).toHaveValue(label);
  await expect(input).toHaveAttribute('aria-expanded', 'false');
}

for (const viewport of [
  { name: 'skrivebord', width: 1366, height: 900 },
  { name: 'mobil', width: 390, height: 844 },
]) {
  test(`kommunevelgeren finner «Karasjok» og «1103» med tastaturet alene (${viewport.name})`, async ({ page }) => {
    test.setTimeout(120_000); // two axe runs and a dozen steps on a busy runner
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    const input = await openNewCooperation(page);
    const members = page.getByRole('list', { name: 'Valgte deltakere' });
    const add = page.getByRole('button', { name: 'Legg til kommune' });

    // Into the picker from the field before it, as a keyboard user gets there.
    await page.getByRole('radio', { name: 'Høyere nivå (fylke/landsdel)' }).focus();
    await tabTo(page, input, { max: 6 });

    // The Norwegian name finds the municipality listed under its Sami name, with both names shown.
    await chooseByKeyboard(page, 'Karasjok', /^Kárášjohka – Karasjok 5610/, 'Kárášjohka – Karasjok');
    await notesScreenshot(page, { path: test.info().outputPath(`kommunevelger-valgt-${viewport.name}.png`) });
    await tabTo(page, add, { max: 3 });
    await page.keyboard.press('Enter');
    await expect(members).toContainText('Kárášjohka – Karasjok');
    await expect(page.getByRole('status').filter({ hasText: 'deltakerlisten' })).toHaveText('Kárášjohka – Karasjok er lagt til i deltakerlisten.');
    // Focus goes back to the picker, emptied, ready for the next one.
    await expect(input).toBeFocused();
    await expect(input).toHaveValue('');

    // The number finds Stavanger; the list is open while typing, which is when axe looks.
    await page.keyboard.type('1103');
    await expect(page.getByRole('option', { name: /^Stavanger 1103/ })).toBeVisible();
    await notesScreenshot(page, { path: test.info().outputPath(`kommunevelger-treff-${viewport.name}.png`) });
    await expectAccessible(page);
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await chooseByKeyboard(page, '1103', /^Stavanger 1103/, 'Stavanger');
    await tabTo(page, add, { max: 3 });
    await page.keyboard.press('Enter');
    await expect(members.getByRole('listitem')).toHaveCount(3);
    await expect(members).toContainText('Stavanger');

    // Chosen municipalities are not offered twice, and a miss says what to try instead.
    await page.keyboard.type('Karasjok');
    await expect(page.getByRole('option', { name: /Kárášjohka/ })).toHaveCount(0);
    await expect(page.getByRole('option', { name: /Ingen kommune passer/ })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(input).toHaveAttribute('aria-expanded', 'false');
    // The picker fits inside its section, also on a phone.
    const box = (await input.boundingBox())!;
    const section = (await page.getByRole('group', { name: 'Deltakere' }).boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(section.x);
    expect(box.x + box.width).toBeLessThanOrEqual(section.x + section.width);
    await expectAccessible(page);
  });
}
