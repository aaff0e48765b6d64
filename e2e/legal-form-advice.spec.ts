// «Hjelp meg å velge» (issue 13, part 3): answers from the guide's comparison rank the legal
// forms with reasons and sources, and are saved as the rationale draft with the design.
import { expect, type Page } from '@playwright/test';
import { expectAccessible, signInAs, test, notesScreenshot } from './fixtures';
import { createCooperation } from './pages/cooperation';
import { waitForHydration } from './pages/keyboard';
import { Design } from './pages/phases';

const ANSWERS: [question: string, answer: string][] = [
  ['Hva skal samarbeidet først og fremst være?', 'Produsere tjenester eller løse oppgaver for kommunene'],
  ['Skal samarbeidet treffe enkeltvedtak eller utøve annen offentlig myndighet for kommunene?', 'Ja'],
  ['Skal samarbeidet være et eget rettssubjekt?', 'Nei'],
  ['Skal samarbeidet selv være arbeidsgiver og bære økonomisk risiko?', 'Nei'],
  ['Skal samarbeidet selge varer eller tjenester i et marked, i konkurranse med private?', 'Nei'],
  ['Skal andre enn kommuner og fylkeskommuner være deltakere?', 'Nei'],
];

function aid(page: Page) {
  return page.getByTestId('hjelp-meg-a-velge');
}

async function openAid(page: Page) {
  const summary = aid(page).getByText('Hjelp meg å velge', { exact: true });
  await waitForHydration(page.getByRole('button', { name: 'Lagre designet' }));
  await summary.click();
  await expect(aid(page).getByRole('group', { name: ANSWERS[0]![0] })).toBeVisible();
}

test('beslutningshjelpen anbefaler vertskommune med begrunnelse og kilde, og svarene lagres som utkast til begrunnelsen', async ({ page }) => {
  test.setTimeout(150_000); // creates a cooperation, saves, reloads and runs axe twice on a busy runner
  await signInAs(page, 'radmannsteam');
  const id = await createCooperation(page, {
    name: `Felles barnevernvakt ${Date.now()}`,
    purpose: 'Barn i begge kommunene skal få hjelp fra barnevernet hele døgnet.',
    taskArea: 'Barnevernvakt',
    problem: { what: 'Ingen vakt om natten i Vennesla.', why: 'For få ansatte alene.', how: 'Kristiansand blir vertskommune.' },
    others: ['Vennesla'],
  });
  const design = new Design(page, id);
  await design.goto();
  await openAid(page);
  await expect(aid(page).getByRole('status').first()).toHaveText('Svar på ett eller flere spørsmål, så ser du hvilke former som passer.');

  for (const [question, answer] of ANSWERS) await aid(page).getByRole('group', { name: question }).getByRole('radio', { name: answer, exact: true }).check();

  await expect(aid(page).getByText('Svarene peker mot Administrativt vertskommunesamarbeid.')).toBeVisible();
  const best = aid(page).getByTestId('anbefaling-vertskommune_administrativ');
  await expect(best).toContainText('1. Administrativt vertskommunesamarbeid');
  await expect(best).toContainText('Passer best');
  await expect(best).toContainText('Vertskommunemodellen gir generell adgang til å delegere myndighet til å treffe enkeltvedtak til vertskommunen.');
  await expect(best).toContainText('Kilde: Veileder om interkommunalt samarbeid (KDD 2023) kap. 5.1; kommuneloven kapittel 20');
  // Forms the answers rule out are listed with the reason.
  await aid(page).getByText(/^Passer ikke \(\d+\)$/).click();
  await expect(aid(page)).toContainText('Et interkommunalt politisk råd kan ikke treffe enkeltvedtak.');
  await notesScreenshot(aid(page), { path: test.info().outputPath('hjelp-meg-a-velge-skrivebord.png') });
  await expectAccessible(page);

  // Choosing the recommendation picks the form and writes the answers into the rationale.
  await best.getByRole('button', { name: 'Velg Vertskommune (adm.) og bruk svarene i begrunnelsen' }).click();
  await expect(page.getByRole('radio', { name: 'Administrativt vertskommunesamarbeid', exact: true })).toBeChecked();
  const rationale = page.getByLabel('Begrunnelse for valget');
  await expect(rationale).toHaveValue(/^Vurdert med «Hjelp meg å velge»:\n– Hva samarbeidet skal være: tjenesteproduksjon\n– Enkeltvedtak eller annen myndighetsutøvelse: ja\n/);
  await expect(rationale).toHaveValue(/Valgt form: Administrativt vertskommunesamarbeid\./);
  await expect(aid(page).getByRole('status').filter({ hasText: 'står nå i' })).toContainText('Administrativt vertskommunesamarbeid er valgt');

  // Saved through the design form's own save, and shown again after a reload.
  await design.save('Lagre designet', 'Designet er lagret.');
  await page.reload();
  await expect(rationale).toHaveValue(/Valgt form: Administrativt vertskommunesamarbeid\./);
  await openAid(page);
  await expect(aid(page).getByRole('group', { name: ANSWERS[1]![0] }).getByRole('radio', { name: 'Ja', exact: true })).toBeChecked();
  await expect(aid(page).getByText('Svarene peker mot Administrativt vertskommunesamarbeid.')).toBeVisible();

  // Phone width: the same, readable and accessible.
  await page.setViewportSize({ width: 390, height: 844 });
  await notesScreenshot(aid(page), { path: test.info().outputPath('hjelp-meg-a-velge-mobil.png') });
  const box = (await best.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  await expectAccessible(page);
});
