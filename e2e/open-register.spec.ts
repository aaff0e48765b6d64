// The open register from the demo data: Kristiansand's partner network (graph and table),
// the national statistics (charts, tables, CSV), the open API over HTTP checked against the
// OpenAPI document it serves, the API reference, and the embeddable register in an iframe.
// Reads demo data; where other specs add public cooperations to it, counts are lower bounds.
// Screenshots go to test-results/open-register/.
import { expect } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { contractChecker } from '../testing/openapi-contract';
import { expectAccessible, signInAs, test, notesScreenshot, shotsDir } from './fixtures';

const SHOTS = shotsDir('open-register');

test('nettverket til Kristiansand tegnes med graf og tabell fra demodataene', async ({ page }) => {
  await page.goto('/innsyn/kommune/4204/nettverk');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Samarbeidsnettverket til Kristiansand kommune');
  const graph = page.getByTestId('nettverksgraf');
  await expect(graph).toHaveAttribute('data-state', 'klar');
  await expect(graph.locator('canvas').first()).toBeAttached();
  // The demo data gives Kristiansand three public cooperations, all with Vennesla. Other specs
  // may add public ones (e2e/existing-cooperation.spec.ts registers an IKS with both), so the
  // counts are at least the demo's rather than exactly them.
  await expect(graph).toHaveAttribute('aria-label', /Kristiansand kommune samarbeider med \d+ kommuner i \d+ samarbeid/);
  const cooperationsInLabel = Number(/i (\d+) samarbeid/.exec((await graph.getAttribute('aria-label'))!)![1]);
  expect(cooperationsInLabel).toBeGreaterThanOrEqual(3);

  const table = page.getByTestId('nettverk-tabell');
  const vennesla = table.getByRole('row').filter({ has: page.getByRole('link', { name: 'Vennesla', exact: true }) });
  await expect(vennesla.getByRole('cell').nth(1)).toHaveText(/^\d+$/);
  expect(Number(await vennesla.getByRole('cell').nth(1).innerText())).toBeGreaterThanOrEqual(3);
  await expect(table.getByRole('link', { name: 'Interkommunal legevakt i Kristiansandsregionen' }).first()).toBeVisible();
  // The index itself depends on Kristiansand's cooperations, which other specs running at the
  // same time add to (establishing, languages-establishing): its form and its place are fixed here.
  await expect(page.getByTestId('fragmentering-indeks')).toHaveText(/^\d,\d\d$/);
  await expect(page.getByTestId('fragmentering-plass')).toContainText(/Av de \d+ kommunene som har offentlige samarbeid i gang, har (ingen|\d+) høyere indeks/);
  await expectAccessible(page);
  await notesScreenshot(page, { path: `${SHOTS}/nettverk.png`, fullPage: true });

  // Narrow to one task area and colour by legal form: the table follows.
  await page.getByLabel('Oppgavefelt').selectOption('Legevakt');
  await page.getByLabel('Farge på linjene etter').selectOption('organisasjonsform');
  await page.getByRole('button', { name: 'Vis' }).click();
  await expect(page).toHaveURL(/oppgavefelt=Legevakt/);
  await expect(page.getByTestId('nettverk-oppsummering')).toContainText('i 1 samarbeid innen Legevakt');
  await expect(page.getByTestId('nettverksgraf')).toHaveAttribute('data-state', 'klar');
  await expect(page.getByTestId('nettverk-forklaring')).toContainText('Administrativt vertskommunesamarbeid');
  await expect(page.getByTestId('nettverk-tabell').getByRole('link', { name: 'Agder Kommunerevisjon IKS' })).toHaveCount(0);
  await expectAccessible(page);
});

test('det innloggede nettverket er bare for egen kommune', async ({ page }) => {
  await signInAs(page, 'radmannsteam');
  await page.goto('/register/4204/nettverk');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Samarbeidsnettverket til Kristiansand kommune');
  await expect(page.getByTestId('nettverksgraf')).toHaveAttribute('data-state', 'klar');
  await expect(page.getByTestId('fragmentering-alle')).toContainText('Med kommunens ikke-offentlige samarbeid også');
  await expectAccessible(page);
  await page.goto('/register/3301/nettverk');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Du har ikke tilgang til denne siden');
});

test('nasjonal statistikk har diagram, tabell og CSV for hvert tall', async ({ page }) => {
  await page.goto('/innsyn/statistikk');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Statistikk over interkommunale samarbeid');
  for (const key of ['organisasjonsform', 'oppgavefelt', 'fylke', 'tilstand', 'fordeling-per-kommune', 'etableringsaar']) {
    await expect(page.getByTestId(`diagram-${key}`).locator('svg .recharts-bar-rectangle').first()).toBeVisible();
    await expect(page.getByTestId(`tabell-${key}`)).toBeVisible();
  }
  const agder = page.getByTestId('tabell-fylke').getByRole('row').filter({ hasText: 'Agder' });
  const agderCount = Number(await agder.getByRole('cell').nth(1).innerText());
  // Agder has several public cooperations in the demo data; other specs running at the same time
  // may wind one down (decision.spec), so only "some" is fixed here, and the CSV must agree below.
  expect(agderCount).toBeGreaterThan(0);
  await expectAccessible(page);
  await notesScreenshot(page, { path: `${SHOTS}/statistikk.png`, fullPage: true });

  const csv = await page.request.get('/innsyn/statistikk/fylke.csv');
  expect(csv.status()).toBe(200);
  const records = parse((await csv.body()).toString('utf8'), { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
  expect(records.find((r) => r.Fylke === 'Agder')?.['Antall samarbeid']).toBe(String(agderCount));
  expect((await page.request.get('/innsyn/statistikk/finnes-ikke.csv')).status()).toBe(404);
});

test('API-et svarer etter OpenAPI-dokumentet sitt over HTTP, med ETag og CORS', async ({ page, request }) => {
  const documentResponse = await request.get('/api/v1/openapi.json');
  expect(documentResponse.status()).toBe(200);
  const check = contractChecker(await documentResponse.json());
  const cases: [string, string][] = [
    ['/api/v1/kommuner?county=42', '/api/v1/kommuner'],
    ['/api/v1/kommuner/4204/samarbeid', '/api/v1/kommuner/{kommunenummer}/samarbeid'],
    ['/api/v1/samarbeid?limit=2', '/api/v1/samarbeid'],
    ['/api/v1/oppgavefelt', '/api/v1/oppgavefelt'],
    ['/api/v1/samarbeid?state=utkast', '/api/v1/samarbeid'],
    ['/api/v1/kommuner/9999/samarbeid', '/api/v1/kommuner/{kommunenummer}/samarbeid'],
  ];
  for (const [url, template] of cases) {
    const response = await request.get(url);
    expect(check(template, response.status(), await response.json()), url).toEqual([]);
    expect(response.headers()['access-control-allow-origin'], url).toBe('*');
  }
  const list = await (await request.get('/api/v1/kommuner/4204/samarbeid')).json();
  expect(list.data.map((c: { name: string }) => c.name)).toEqual(expect.arrayContaining(['Interkommunal legevakt i Kristiansandsregionen']));
  const one = await request.get(`/api/v1/samarbeid/${list.data[0].id}`);
  expect(check('/api/v1/samarbeid/{id}', one.status(), await one.json())).toEqual([]);
  const again = await request.get(`/api/v1/samarbeid/${list.data[0].id}`, { headers: { 'If-None-Match': one.headers()['etag']! } });
  expect(again.status()).toBe(304);

  await page.goto('/innsyn/api');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Åpent API for interkommunale samarbeid');
  await expect(page.getByText('GET /api/v1/kommuner/{kommunenummer}/samarbeid')).toBeVisible();
  await expectAccessible(page);
});

test('kommunens register kan bygges inn på andre nettsteder, og bare den siden', async ({ page, request, baseURL }) => {
  const embedded = await request.get('/innsyn/kommune/4204/innebygd');
  expect(embedded.headers()['x-frame-options']).toBeUndefined();
  expect(embedded.headers()['content-security-policy']).toContain('frame-ancestors *');
  expect((await request.get('/innsyn/kommune/4204')).headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  expect((await request.get('/innsyn/kommune/4204')).headers()['x-frame-options']).toBe('DENY');
  expect((await request.get('/')).headers()['x-frame-options']).toBe('DENY');

  await page.goto('/innsyn/kommune/4204/innebygd');
  await expect(page.getByTestId('innebygd-tabell')).toBeVisible();
  await expect(page.getByRole('banner')).toBeHidden();
  await expectAccessible(page);

  // As a municipality's website would use it: in an iframe on another page.
  await page.setContent(`<!doctype html><html lang="nb"><head><title>Kommunens nettsted</title></head><body><h1>Samarbeid</h1><iframe title="Interkommunale samarbeid i Kristiansand" src="${baseURL}/innsyn/kommune/4204/innebygd" width="900" height="500"></iframe></body></html>`);
  const frame = page.frameLocator('iframe');
  await expect(frame.getByRole('link', { name: /Interkommunal legevakt i Kristiansandsregionen/ })).toHaveAttribute('target', '_blank');

  await page.goto('/innsyn/kommune/4204');
  await page.getByText('Vis registeret på kommunens nettsted').click();
  await expect(page.getByTestId('bygg-inn')).toContainText(`${baseURL}/innsyn/kommune/4204/innebygd`);
});
