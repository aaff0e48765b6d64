// Issue 6, item 5: the decision after an evaluation and the exit checklist, on the demo
// cooperation Region Kristiansand (in drift; no other spec changes it). The rådmannsteam in
// Kristiansand evaluates, decides on a redesign, takes the change through the members back to
// drift, evaluates again, decides to wind down, and completes the exit checklist. Axe on
// every new page and state; screenshots (1366 px, full page) for the issue note.
import { expect, type Page } from '@playwright/test';
import { EXIT_ITEMS } from '../lib/pure/domain/exit-checklist';
import { DECISION_MESSAGES } from '../lib/pure/validation/decision';
import { nb } from '../testing/validation-words';
import { test, expectAccessible, signInAs, notesScreenshot, NOTES_SCREENSHOTS, shotsDir } from './fixtures';
import { osloDateOf } from '../lib/pure/domain/iso-date';
import { Overview, Vedtak } from './pages/cooperation';
import { decisionForm, exitItem, fillDecision, registerDecision, submitDecision, tickExitItem } from './pages/decision';
import { Deltakelse } from './pages/phases';

const SHOTS = shotsDir('decision');
const COOPERATION = 'Region Kristiansand';
const MEMBERS = ['Birkenes', 'Iveland', 'Kristiansand', 'Lillesand', 'Lindesnes', 'Vennesla'].map((m) => `${m} kommune`);

test.use({ viewport: { width: 1366, height: 900 } });

/** Full page at 1366 px; scrolled to the end first, so the sticky save bar sits in its own place. */
async function shoot(page: Page, name: string) {
  if (!NOTES_SCREENSHOTS) return;
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await notesScreenshot(page, { path: `${SHOTS}/${name}.png`, fullPage: true });
}

function tabs(page: Page) {
  return page.getByRole('navigation', { name: 'Samarbeidets sider' });
}

/** Opens a round on request and closes it at once (allowed with no answers); returns its number. */
async function evaluateAndClose(page: Page, id: string): Promise<number> {
  await page.goto(`/samarbeid/${id}/evaluering`);
  await page.getByRole('button', { name: 'Start evaluering' }).click();
  const round = page.getByTestId('aapen-runde');
  await expect(round).toBeVisible();
  const number = Number(/Evalueringsrunde (\d+)/.exec((await round.getByRole('heading', { level: 2 }).textContent()) ?? '')?.[1]);
  expect(number).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Lukk runden og vis resultatene' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Lukk runden', exact: true }).click();
  await expect(page).toHaveURL(/\/evaluering\/[0-9a-f-]{36}$/);
  return number;
}

test('rådmannsteamet beslutter redesign og senere avvikling av Region Kristiansand, og fullfører sjekklisten', async ({ page }) => {
  test.setTimeout(420_000);
  await signInAs(page, 'radmannsteam');
  await page.goto(`/samarbeid?q=${encodeURIComponent(COOPERATION)}`);
  await page.getByRole('link', { name: COOPERATION, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: COOPERATION })).toBeVisible();
  const id = /\/samarbeid\/([0-9a-f-]{36})$/.exec(page.url())?.[1];
  if (!id) throw new Error(`No cooperation id in ${page.url()}`);
  const overview = new Overview(page, id);
  await expect(overview.current()).toContainText('Drift');
  await expect(tabs(page).getByRole('link', { name: 'Avvikling' })).toHaveCount(0);

  // --- First round, closed at once: the overview sends the decision to its form ---
  const first = await evaluateAndClose(page, id);
  await overview.goto();
  await expect(overview.current()).toContainText('Beslutning etter evaluering');
  await expect(page.getByRole('button', { name: /^Beslutt/ })).toHaveCount(0);
  await expect(page.getByTestId('beslutning-lenke')).toBeVisible();
  await expectAccessible(page);
  await shoot(page, '00-oversikt-beslutning');
  await page.getByRole('link', { name: 'Registrer anbefaling og vedtak' }).click();
  const form = decisionForm(page);
  await expect(form).toBeVisible();
  await expect(page.getByTestId('beslutning').getByRole('link', { name: `Se resultatene fra runde ${first}` })).toBeVisible();
  await expectAccessible(page);

  // Sent half-filled: every missing field is named, and what was typed stays.
  const summary = 'Rådet leverer felles innspill, men innbyggerne vet lite om det, og formannskapene orienteres for sjelden.';
  await form.getByLabel('Oppsummering', { exact: true }).fill(summary);
  await submitDecision(page);
  await expect(form.getByText(nb(DECISION_MESSAGES.recommendation))).toBeVisible();
  await expect(form.getByText(nb(DECISION_MESSAGES.decision))).toBeVisible();
  await expect(page.getByTestId('beslutning-melding')).toBeVisible();
  await expect(form.getByLabel('Oppsummering', { exact: true })).toHaveValue(summary);
  await expectAccessible(page);
  await shoot(page, '01-beslutning-feil');

  await fillDecision(page, {
    summary,
    summaryPublic: true,
    recommendation: 'redesign',
    reason: 'Informasjonsplanen må nå innbyggerne igjen før rådet fortsetter som før.',
    decision: 'redesign',
    note: 'Representantskapet, sak 14/26',
  });
  await shoot(page, '02-beslutning-utfylt');
  await submitDecision(page);
  await expect(page).toHaveURL(new RegExp(`/samarbeid/${id}$`));
  // The overview opens with the confirmation, announced, where the page begins.
  await expect(page.getByTestId('flash')).toHaveText('Vedtaket er registrert: samarbeidet skal endres. Redesignen har startet i fasen design.');
  await expect(page.getByTestId('flash')).toHaveAttribute('role', 'status');

  // --- Back in the phases: the missing citizen information is the change ---
  await expect(overview.current()).toContainText('Redesign');
  await expect(page.getByRole('region', { name: 'Fasene i etableringen' })).toBeVisible();
  await expect(page.getByTestId('ikke-klar-SEND_TIL_MEDLEMSVEDTAK')).toContainText('Informasjonsplanen mangler tiltak rettet mot innbyggere');
  await expect(page.getByTestId('historikk')).toContainText('Vedtak etter evalueringsrunde');
  await expect(page.getByTestId('historikk')).toContainText('Besluttet å redesigne samarbeidet');
  await expectAccessible(page);
  await shoot(page, '03-oversikt-redesign');
  const participation = new Deltakelse(page, id);
  await participation.goto();
  await participation.addCitizenItem('Etter hvert møte i representantskapet', 'Regionkoordinator');
  await participation.save('Lagre', 'Deltakelse er lagret.');
  await participation.expectReady('Deltakelse');

  await overview.goto();
  await overview.expectAllPhasesReady();
  await overview.takeStep('Send til vedtak i deltakerne');
  await expect(overview.current()).toContainText('Vedtak i deltakerne');
  const decisions = new Vedtak(page, id);
  await decisions.goto();
  const today = osloDateOf(new Date());
  for (const [i, member] of MEMBERS.entries()) {
    await decisions.record(member, { body: member.startsWith('Kristiansand') ? 'Bystyret' : 'Kommunestyret', date: today, saksnummer: `26/${301 + i}` });
  }
  await expect(page.getByRole('heading', { name: 'Alle deltakerne har sluttet seg til' })).toBeVisible();
  await overview.goto();
  await overview.takeStep('Alle deltakere har sluttet seg til');
  await expect(overview.current()).toContainText('Drift');

  // --- Second round: wind down ---
  await evaluateAndClose(page, id);
  await overview.goto();
  await registerDecision(page, {
    summary: 'Oppgavene er overtatt av det nye regionrådet for Agder, og rådet har ikke lenger egne saker.',
    summaryPublic: true,
    recommendation: 'avvikle',
    reason: 'Ingen av deltakerne har meldt inn saker det siste året.',
    decision: 'avvikle',
    note: 'Representantskapet, sak 22/26',
  });

  // --- The exit checklist: not complete, so it cannot be finished ---
  await expect(page.getByRole('heading', { level: 2, name: 'Dette mangler før avviklingen kan fullføres' })).toBeVisible();
  await expect(tabs(page).getByRole('link', { name: 'Avvikling' })).toHaveAttribute('aria-current', 'page');
  const status = page.getByTestId('avvikling-status');
  await expect(status.getByRole('listitem')).toHaveCount(EXIT_ITEMS.length);
  await expect(status.getByRole('button', { name: 'Fullfør avviklingen' })).toBeDisabled();
  await expect(page.getByText('Avviklingen ble vedtatt')).toContainText('Representantskapet, sak 22/26');
  await expectAccessible(page);
  await shoot(page, '04-avvikling-mangler');

  // A box ticked without a note is refused; the note is what makes the list auditable.
  await exitItem(page, 'arkiv').getByRole('checkbox', { name: 'Dette er på plass' }).check();
  await page.getByRole('button', { name: 'Lagre sjekklisten' }).click();
  await expect(exitItem(page, 'arkiv')).toContainText('Skriv hva som er avtalt, hvem som har ansvaret og hvor det er dokumentert.');
  await expectAccessible(page);
  for (const item of EXIT_ITEMS) {
    await tickExitItem(page, item.id, `${item.label}: avtalt i representantskapet 12.05, sak 23/26. Ansvarlig: regionkoordinatoren. Protokollen ligger i arkivet.`);
  }
  await page.getByRole('button', { name: 'Lagre sjekklisten' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Sjekklisten er lagret. Alle punktene er på plass.' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Klar til å fullføre avviklingen' })).toBeVisible();
  await expectAccessible(page);
  await shoot(page, '05-avvikling-klar');

  await status.getByRole('button', { name: 'Fullfør avviklingen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Fullføre avviklingen?' });
  await expect(dialog).toBeVisible();
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Fullfør', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Samarbeidet er avviklet' })).toBeVisible();
  for (const item of EXIT_ITEMS) await expect(exitItem(page, item.id).getByRole('checkbox')).toBeChecked();
  await expect(exitItem(page, 'arkiv').getByRole('checkbox')).toBeDisabled();
  await expect(exitItem(page, 'arkiv').getByLabel('Notat', { exact: true })).toHaveValue(/Arkivansvaret er plassert/);
  await expect(page.getByRole('button', { name: 'Lagre sjekklisten' })).toHaveCount(0);
  await expectAccessible(page);
  await shoot(page, '06-avviklet-sjekkliste');

  await overview.goto();
  await expect(overview.current()).toContainText('Avviklet');
  await expect(page.getByTestId('historikk')).toContainText('Avviklingen ble fullført');
  await expectAccessible(page);
  await shoot(page, '07-oversikt-avviklet');
});
