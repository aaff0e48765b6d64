// The searchable municipality picker (Designsystemet Suggestion), used the way a keyboard
// user does: type part of a name or the number, arrow down to the hit, press Enter.
import { expect, type Locator, type Page } from '@playwright/test';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The picker's text input, found by its label. */
export function municipalityInput(scope: Page | Locator, label: string): Locator {
  return scope.getByRole('combobox', { name: label, exact: true });
}

/**
 * Types `query` into the picker labelled `label` and chooses the hit whose name starts with
 * `name` (by default the query itself), by keyboard only. Returns the input.
 */
export async function pickMunicipality(scope: Page | Locator, label: string, query: string, name = query): Promise<Locator> {
  const input = municipalityInput(scope, label);
  await input.focus();
  await input.fill(query);
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
