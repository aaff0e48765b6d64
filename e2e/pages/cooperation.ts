// Page objects for a cooperation outside the phase forms: creating one, the overview with its
// lifecycle steps, the member decisions and the anchoring calendar.
import { expect, type Page } from '@playwright/test';
import { pickMunicipality } from './municipality-picker';

export interface NewCooperation {
  name: string;
  purpose: string;
  taskArea: string;
  problem: { what: string; why: string; how: string };
  /** Municipalities besides the initiator, as named in the picker ("Vennesla"). */
  others: string[];
}

/**
 * Waits for the page's own <title>. Next 16 streams metadata, so right after a load the
 * document can be without a title for a moment, and axe would report document-title.
 */
export async function expectTitle(page: Page, title: string) {
  // Pages inside a cooperation name it too: «Design – <samarbeid> – Brobygger».
  await expect(page).toHaveTitle(new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} – (.+ – )?Brobygger$`));
}

/** Fills in and submits /samarbeid/ny (beforeSubmit runs on the filled form); returns the new id. */
export async function createCooperation(page: Page, c: NewCooperation, beforeSubmit?: () => Promise<void>): Promise<string> {
  await page.goto('/samarbeid/ny');
  await expectTitle(page, 'Nytt samarbeid');
  await page.getByLabel('Navn på samarbeidet').fill(c.name);
  await page.getByLabel('Formål', { exact: true }).fill(c.purpose);
  await page.getByLabel('Hva er problemet eller dagens situasjon?').fill(c.problem.what);
  await page.getByLabel('Hvorfor er samarbeid løsningen?').fill(c.problem.why);
  await page.getByLabel('Hvordan skal samarbeidet løse det?').fill(c.problem.how);
  await page.getByLabel('Oppgavefelt', { exact: true }).selectOption({ label: c.taskArea });
  for (const m of c.others) {
    await pickMunicipality(page, 'Kommune', m);
    await page.getByRole('button', { name: 'Legg til kommune' }).click();
  }
  await expect(page.getByRole('list', { name: 'Valgte deltakere' }).getByRole('listitem')).toHaveCount(c.others.length + 1);
  await beforeSubmit?.();
  await page.getByRole('button', { name: 'Opprett samarbeidet' }).click();
  await expect(page.getByRole('heading', { level: 1, name: c.name })).toBeVisible();
  await expectTitle(page, 'Samarbeid');
  const id = /\/samarbeid\/([0-9a-f-]{36})$/.exec(page.url())?.[1];
  if (!id) throw new Error(`No cooperation id in ${page.url()}`);
  return id;
}

export class Overview {
  constructor(
    readonly page: Page,
    readonly id: string,
  ) {}

  async goto() {
    await this.page.goto(`/samarbeid/${this.id}`);
    await expectTitle(this.page, 'Samarbeid');
    await expect(this.page.getByRole('heading', { level: 2, name: 'Neste steg' })).toBeVisible();
  }

  current() {
    return this.page.getByTestId('livslop').locator('[aria-current="step"]');
  }

  /** Takes a ready lifecycle step and waits for its confirmation. */
  async takeStep(label: string) {
    await this.page.getByRole('button', { name: label, exact: true }).click();
    await expect(this.page.getByTestId('steg-resultat')).toHaveText(`Steget «${label}» er registrert.`);
  }

  /** The overview's own list of phases says "Klar" for each of them. */
  async expectAllPhasesReady() {
    const phases = this.page.getByRole('region', { name: 'Fasene i etableringen' }).getByRole('listitem');
    await expect(phases).toHaveCount(4);
    for (const item of await phases.all()) await expect(item).toContainText('Klar');
  }
}

export class Vedtak {
  constructor(
    readonly page: Page,
    readonly id: string,
  ) {}

  async goto() {
    await this.page.goto(`/samarbeid/${this.id}/vedtak`);
    await expectTitle(this.page, 'Vedtak');
    await expect(this.page.getByRole('heading', { level: 2, name: 'Vedtak i deltakerne', exact: true })).toBeVisible();
  }

  form() {
    return this.page.getByRole('form', { name: 'Registrer vedtak' });
  }

  async record(member: string, d: { body: string; date: string; saksnummer: string; url?: string }) {
    const form = this.form();
    await form.getByLabel('Deltaker', { exact: true }).selectOption({ label: member });
    await form.getByLabel('Organ', { exact: true }).fill(d.body);
    await form.getByLabel('Dato for vedtaket').fill(d.date);
    await form.getByLabel('Saksnummer (valgfritt)').fill(d.saksnummer);
    await form.getByRole('radio', { name: 'Tilslutning' }).check();
    if (d.url) await form.getByLabel('Lenke til vedtaket (valgfritt)').fill(d.url);
    await form.getByRole('button', { name: 'Registrer vedtak' }).click();
    await expect(form.getByRole('status')).toHaveText(`Vedtaket fra ${member} er registrert (tilslutning).`);
    await expect(this.page.getByTestId('vedtak-status').getByRole('row', { name: new RegExp(member) })).toContainText('Tilslutning');
  }
}
