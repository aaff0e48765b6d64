// Public transparency without signing in: the national list, municipal registers (page and
// CSV) and a page per public cooperation. Internal values of the demo cooperations — read
// from the same builders the seed uses — must appear on none of them, and a cooperation
// that is not public is a 404.
import { expect, type Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { DEMO_COOPERATIONS } from '../scripts/seed/demo-cooperations';
import { addDays, osloDateOf } from '../lib/pure/domain/iso-date';
import { test, DEMO_USERS, expectAccessible, signInAs } from './fixtures';

const MUNICIPALITIES = [
  ['4204', 'Kristiansand'],
  ['3301', 'Drammen'],
  ['5501', 'Tromsø'],
] as const;

/** Every internal free-text value of the demo (mandates, sponsors, contacts, benefit, plans, notes ...). */
function internalDemoStrings(): string[] {
  const today = osloDateOf(new Date());
  const clock = { today, daysAgo: (days: number) => addDays(today, -days) };
  const found = new Set<string>(DEMO_USERS.map((u) => u.name));
  // Short values ("Budsjett") could occur in public text by coincidence; the long ones cannot.
  const add = (...values: (string | null | undefined)[]) => values.forEach((v) => v && v.trim().length >= 12 && found.add(v.trim()));
  for (const build of DEMO_COOPERATIONS) {
    const d = build(clock).dossier;
    add(...d.design.mandate.alone, ...d.design.mandate.administrative, ...d.design.mandate.political);
    add(d.design.legalFormRationale, d.design.leader.name, d.design.leader.funding, d.design.workingMethods);
    add(d.framing.financing, d.framing.hostCompensationNote, d.framing.ownerStrategy, d.framing.actionPlan);
    add(d.support.practicalSupport, d.support.minimumFunding, d.support.professionalCommunity);
    add(d.participation.representation, d.participation.informalContact);
    for (const m of d.members) add(m.expectedBenefit, m.contactPerson);
    for (const s of d.sponsors) add(s.name);
    for (const g of d.goals) add(g.statement, g.indicator);
    for (const i of d.informationItems) add(i.content);
    for (const p of d.anchoringPoints) add(p.description);
  }
  return [...found];
}

const INTERNAL = internalDemoStrings();

function expectNoInternal(text: string, where: string) {
  const leaked = INTERNAL.filter((value) => text.includes(value));
  expect(leaked, `interne verdier på ${where}`).toEqual([]);
}

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

test('den nasjonale listen kan søkes i på begge offisielle navn', async ({ page }) => {
  await page.goto('/innsyn');
  await expect(heading(page)).toHaveText('Innsyn i interkommunale samarbeid');
  await expect(page.getByLabel('Søk etter kommune')).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Søk etter kommune').fill('Snåsa');
  await page.getByRole('button', { name: 'Søk' }).click();
  await expect(page).toHaveURL(/q=Sn%C3%A5sa/);
  await expect(page.getByRole('link', { name: 'Snåase – Snåsa' })).toBeVisible();
  await page.getByLabel('Søk etter kommune').fill('kristiansand');
  await page.getByRole('button', { name: 'Søk' }).click();
  await page.getByRole('link', { name: 'Kristiansand', exact: true }).click();
  await expect(heading(page)).toHaveText('Interkommunale samarbeid i Kristiansand kommune');
});

test('kommunenes offentlige registre, CSV og samarbeidssider viser ingen interne felt', async ({ page }) => {
  // Other specs add public cooperations to the same municipalities (the import makes 40), so
  // the number of pages visited grows with them: a wider time limit for the whole walk.
  test.slow();
  expect(INTERNAL.length).toBeGreaterThan(50);
  const pages = new Set<string>();
  for (const [kommunenummer, name] of MUNICIPALITIES) {
    await page.goto(`/innsyn/kommune/${kommunenummer}`);
    await expect(heading(page)).toHaveText(`Interkommunale samarbeid i ${name} kommune`);
    const links = page.getByTestId('innsyn-tabell').locator('tbody tr td:first-child a');
    expect(await links.count(), `offentlige samarbeid i ${name}`).toBeGreaterThan(0);
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))) pages.add(href.split('?')[0]!);
    expectNoInternal(await page.locator('main').innerText(), page.url());
    await expectAccessible(page);

    const csv = await page.request.get(`/innsyn/kommune/${kommunenummer}/samarbeid.csv`);
    expect(csv.status()).toBe(200);
    const text = (await csv.body()).toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const records = parse(text, { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
    expect(records.length).toBe(await links.count());
    expectNoInternal(text, `${kommunenummer}/samarbeid.csv`);
  }

  for (const path of pages) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(heading(page)).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Hvem har ansvaret?' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Siste evaluering' })).toBeVisible();
    expectNoInternal(await page.locator('main').innerText(), path);
    expectNoInternal(await page.content(), `${path} (HTML)`);
    await expectAccessible(page);
  }
});

test('et samarbeid som ikke er offentlig, og ukjente adresser, gir 404', async ({ page }) => {
  // The administrator's list gives the ids of the demo cooperations kept internal.
  await signInAs(page, 'administrator');
  const idOf = async (name: string) => {
    await page.goto(`/samarbeid?q=${encodeURIComponent(name)}`);
    return (await page.getByRole('link', { name, exact: true }).getAttribute('href'))!.split('/').pop()!;
  };
  const internal = [await idOf('Drammensregionen interkommunalt politisk råd'), await idOf('SmartcityBærum')];
  await page.context().clearCookies();

  for (const path of [...internal.map((id) => `/innsyn/samarbeid/${id}`), '/innsyn/samarbeid/00000000-0000-4000-8000-000000000000', '/innsyn/samarbeid/ikke-en-id', '/innsyn/kommune/9999', '/innsyn/kommune/oslo']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(heading(page)).toHaveText('Vi fant ikke siden');
  }
  await expectAccessible(page);
  expect((await page.request.get('/innsyn/kommune/9999/samarbeid.csv')).status()).toBe(404);
});
