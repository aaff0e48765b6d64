// The searchable municipality picker (Designsystemet Suggestion), used the way a keyboard
// user does: type part of a name or the number, arrow down to the hit, press Enter.
import { expect, type Locator, type Page } from '@playwright/test';
import { waitForHydration } from './keyboard';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The picker's text input, found by its label. The input takes the combobox role once it is
 * set up, and its list of hits is labelled the same while open, hence the input selector.
 */
export function municipalityInput(scope: Page | Locator, label: string): Locator {
  return scope.locator('input').and(scope.getByLabel(label, { exact: true }));
}

/**
 * Types `query` into the picker labelled `label` and chooses the hit whose name starts with
 * `name` (by default the query itself), by keyboard only. Returns the input.
 */
export async function pickMunicipality(scope: Page | Locator, label: string, query: string, name = query): Promise<Locator> {
  const input = municipalityInput(scope, label);
  await waitForHydration(input);
  await input.focus();
  // Typed key by key: the list of hits opens on a key press, as it does for a person.
  await input.fill('');
  await input.pressSequentially(query);
  const option = scope.getByRole('option', { name: new RegExp(`^${escape(name)}(\\s|$)`) });
  await expect(option).toBeVisible();
  const id = await option.getAttribute('id');
  // Arrow down until the wanted hit is the active one; the hits are few once filtered.
  await expect(async () => {
    await input.press('ArrowDown');
    await expect(input).toHaveAttribute('aria-activedescendant', id ?? '', { timeout: 500 });
  }).toPass({ timeout: 15_000 });
  await input.press('Enter');
  await expect(input).toHaveValue(name);
  return input;
}
