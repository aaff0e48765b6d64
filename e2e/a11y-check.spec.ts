// The accessibility check the other specs rely on must itself fail on a page that breaks WCAG.
import { expect } from '@playwright/test';
import { expectAccessible, test } from './fixtures';

test('tilgjengelighetssjekken feiler på en side med mangler, og består på en uten', async ({ page }) => {
  await page.setContent(
    '<!doctype html><html lang="nb"><head><title>Prøve</title></head><body><main><h1>Prøve</h1>' +
      '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">' +
      '<p style="color:#bbb;background:#fff">Lys tekst</p>' +
      '<input type="text"></main></body></html>',
  );
  await expect(expectAccessible(page)).rejects.toThrow(/image-alt[\s\S]*color-contrast|color-contrast[\s\S]*image-alt/);
  await expect(expectAccessible(page)).rejects.toThrow(/label \(critical\)/);

  await page.setContent('<!doctype html><html lang="nb"><head><title>Prøve</title></head><body><main><h1>Prøve</h1><p>Alt i orden.</p></main></body></html>');
  await expectAccessible(page);
});
