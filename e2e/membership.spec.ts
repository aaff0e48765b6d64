// Deltakere: members are added and removed directly while a cooperation is set up, and in
// drift the page says a change needs member decisions and where to start it.
import { expect } from '@playwright/test';
import { test, expectAccessible, signInAs } from './fixtures';
import { createCooperation, expectTitle } from './pages/cooperation';
import { pickMunicipality } from './pages/municipality-picker';

test('rådmannsteamet legger til og fjerner deltakere under etablering', async ({ page }) => {
  await signInAs(page, 'radmannsteam');
  const id = await createCooperation(page, {
    name: `Felles arkivtjeneste ${Date.now()}`,
    purpose: 'Et felles arkiv som ivaretar arkivplikten for alle deltakerne.',
    taskArea: 'Arkiv',
    problem: { what: 'Arkivene er spredt.', why: 'Fagmiljøene er små.', how: 'Ett felles arkiv.' },
    others: ['Vennesla', 'Lillesand'],
  });
  await page.goto(`/samarbeid/${id}/deltakere`);
  await expectTitle(page, 'Deltakere');
  const current = page.getByRole('region', { name: 'Tabell over deltakerne nå' });
  await expect(page.getByRole('heading', { name: 'Deltakere nå (3)' })).toBeVisible();
  await expectAccessible(page);

  const form = page.getByRole('form', { name: 'Legg til deltaker' });
  await pickMunicipality(form, 'Kommune', 'Birkenes');
  await form.getByRole('button', { name: 'Legg til deltaker' }).click();
  await expect(form.getByRole('status')).toHaveText('Birkenes kommune er lagt til som deltaker.');
  await expect(page.getByRole('heading', { name: 'Deltakere nå (4)' })).toBeVisible();
  await expect(current).toContainText('Birkenes kommune');

  // The same municipality twice is refused where the user is looking, and nothing is lost.
  await pickMunicipality(form, 'Kommune', 'Birkenes');
  await form.getByRole('button', { name: 'Legg til deltaker' }).click();
  await expect(form.getByText('Deltakeren er allerede med, eller er foreslått.')).toBeVisible();

  await page.locator('summary', { hasText: 'Fjern Lillesand kommune' }).click();
  await page.getByRole('button', { name: 'Fjern Lillesand kommune' }).click();
  await expect(page.getByRole('heading', { name: 'Deltakere nå (3)' })).toBeVisible();
  await expect(current).not.toContainText('Lillesand kommune');
  await expectAccessible(page);
});

test('etter etableringen sier deltakersiden at endringer krever vedtak, og viser ingen skjema', async ({ page }) => {
  await signInAs(page, 'radmannsteam');
  await page.goto(`/samarbeid?q=${encodeURIComponent('Interkommunal legevakt i Kristiansandsregionen')}`);
  await page.getByRole('link', { name: 'Interkommunal legevakt i Kristiansandsregionen' }).click();
  await expect(page).toHaveURL(/\/samarbeid\/[0-9a-f-]{36}$/);
  await page.goto(`${page.url()}/deltakere`);
  await expectTitle(page, 'Deltakere');
  await expect(page.getByText('Å ta inn en ny deltaker eller la en deltaker tre ut krever vedtak i deltakerne.')).toBeVisible();
  await expect(page.getByRole('link', { name: '«Foreslå endring» på oversiktssiden' })).toBeVisible();
  await expect(page.getByRole('form', { name: /deltaker/ })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Tidligere deltakere' })).toBeVisible();
  await expectAccessible(page);
});
