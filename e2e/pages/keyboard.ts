// Keyboard-only helpers: move focus with Tab / Shift+Tab until it reaches a target, reading
// (never changing) the page to know where focus is.
import { expect, test, type Locator, type Page } from '@playwright/test';

/** The accessible-ish name of the focused element, for failure messages. */
async function focusedDescription(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return '(nothing)';
    const label = el.getAttribute('aria-label') ?? (el as HTMLInputElement).labels?.[0]?.textContent ?? el.textContent ?? '';
    return `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}> ${label.trim().slice(0, 60)}`;
  });
}

async function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((el) => el === document.activeElement, undefined, { timeout: 2_000 }).catch(() => false);
}

/**
 * Presses Tab (or Shift+Tab) until the target has focus. Fails with the focus trail when the
 * target is not reached within `max` presses, so a broken tab order shows where it went.
 */
export async function tabTo(page: Page, target: Locator, { max = 60, back = false } = {}): Promise<number> {
  const trail: string[] = [];
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    if (await isFocused(target)) {
      await noteObscuredFocus(page);
      return presses;
    }
    trail.push(await focusedDescription(page));
  }
  throw new Error(`Focus did not reach the target in ${max} presses of ${back ? 'Shift+Tab' : 'Tab'}; it went:\n${trail.join('\n')}`);
}

/** One Tab (or Shift+Tab) that must land exactly on the target. */
export async function tabOnceTo(page: Page, target: Locator, back = false) {
  await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  await expect(target).toBeFocused();
  await noteObscuredFocus(page);
}

/**
 * Records (as a test annotation, not a failure) when the focused element is hidden behind
 * other content. Known: the sticky save bar of the phase forms hides focus near the bottom
 * edge of the window (WCAG 2.2 SC 2.4.11); see the issue-4 report for the one-line CSS fix.
 */
async function noteObscuredFocus(page: Page) {
  const cover = await focusCoveredBy(page);
  if (cover) test.info().annotations.push({ type: 'WCAG 2.4.11 fokus skjult', description: `${await focusedDescription(page)}: dekket ${cover}` });
}

/** The focused element shows a focus indicator (outline or box-shadow ring), WCAG 2.4.7. */
export async function expectVisibleFocus(page: Page) {
  const style = await page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const s = getComputedStyle(el);
    return { outline: `${s.outlineStyle} ${s.outlineWidth}`, shadow: s.boxShadow, focusVisible: el.matches(':focus-visible') };
  });
  expect(style, 'something has focus').not.toBeNull();
  expect(style!.focusVisible, 'keyboard focus matches :focus-visible').toBe(true);
  const outlined = !style!.outline.startsWith('none') && !style!.outline.endsWith(' 0px');
  expect(outlined || style!.shadow !== 'none', `focus indicator (outline ${style!.outline}, box-shadow ${style!.shadow})`).toBe(true);
}

/**
 * What covers the focused element's centre, when something else does (a sticky bar, say):
 * WCAG 2.2 SC 2.4.11 asks that keyboard focus is never entirely hidden by author content.
 */
export async function focusCoveredBy(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const r = el.getBoundingClientRect();
    const own = (hit: Element | null) => !hit || el.contains(hit) || hit.contains(el) || Boolean((el as HTMLInputElement).labels?.[0]?.contains(hit));
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    if (own(hit)) return null;
    const corners = [[r.left + 2, r.top + 2], [r.right - 2, r.top + 2], [r.left + 2, r.bottom - 2], [r.right - 2, r.bottom - 2]];
    const hidden = corners.every(([x, y]) => !own(document.elementFromPoint(x!, y!)));
    const cover = hit!.closest('[class*="sticky"]') ?? hit!;
    return `${hidden ? 'ENTIRELY' : 'partly'} by <${cover.tagName.toLowerCase()}> (${Math.round(r.top)}-${Math.round(r.bottom)} of ${window.innerHeight})`;
  });
}

/**
 * Waits until React has hydrated the element (its event handlers are attached), so a key
 * pressed on it is handled by the app and not lost to the server-rendered HTML.
 */
export async function waitForHydration(target: Locator) {
  await expect
    .poll(() => target.evaluate((el) => Object.keys(el).some((k) => k.startsWith('__reactProps$'))), { message: 'element hydrated by React' })
    .toBe(true);
}
