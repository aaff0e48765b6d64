// An evaluation round on the legevakt cooperation: five demo people from the leader's, the
// sponsors' and the members' perspectives answer; answers stay hidden until the round is
// closed; then scores, perspectives (each of one or two people, so merged into «Øvrige»: the
// anonymity threshold), the chart, the trend and the comparison with the previous round.
import { expect, type Browser, type Page } from '@playwright/test';
import { test, expectAccessible, signInAs, type DemoUser } from './fixtures';
import { registerDecision } from './pages/decision';
import { waitForHydration } from './pages/keyboard';

const COOPERATION = 'Interkommunal legevakt i Kristiansandsregionen';

async function as(browser: Browser, role: DemoUser['role']): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, role);
  return page;
}

async function evaluationPage(page: Page): Promise<string> {
  await page.goto(`/samarbeid?q=${encodeURIComponent(COOPERATION)}`);
  await page.getByRole('link', { name: COOPERATION }).click();
  await page.getByRole('navigation', { name: 'Samarbeidets sider' }).getByRole('link', { name: 'Evaluering' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Evaluering', exact: true })).toBeVisible();
  return page.url();
}

/**
 * Answers every statement and goal with `value`, or «Vet ikke» for every fifth. The first
 * respondent does it as a user would, radio by radio; the others click the same radios from
 * inside the page in one go (the same DOM events, without 25 round trips each).
 */
async function answerAll(page: Page, value: 1 | 2 | 3 | 4 | 5, how: 'one by one' | 'at once' = 'at once') {
  const questions = page.locator('[data-testid^="sporsmal-"]');
  await expect(questions.first()).toBeVisible();
  const count = await questions.count();
  expect(count).toBeGreaterThan(22);
  if (how === 'one by one') {
    for (let i = 0; i < count; i++) {
      const q = questions.nth(i);
      await (i % 5 === 4 ? q.getByRole('radio', { name: 'Vet ikke' }) : q.getByRole('radio', { name: new RegExp(`^${value} `) })).check();
    }
    return;
  }
  // Clicked before React hydrates the form, a radio may be reset by the hydration.
  await waitForHydration(page.getByRole('button', { name: 'Send inn svarene' }));
  const clicked = await questions.evaluateAll(
    (fieldsets, v) =>
      fieldsets.filter((q, i) => {
        const radio = q.querySelector<HTMLInputElement>(`input[type="radio"][value="${i % 5 === 4 ? 'vet_ikke' : v}"]`);
        radio?.click();
        return radio?.checked === true;
      }).length,
    String(value),
  );
  expect(clicked).toBe(count);
  await expect(questions.nth(count - 1).getByRole('radio', { name: (count - 1) % 5 === 4 ? 'Vet ikke' : new RegExp(`^${value} `) })).toBeChecked();
}

async function submit(page: Page) {
  await page.getByRole('button', { name: 'Send inn svarene' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sende inn svarene?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Send inn', exact: true }).click();
  // All the answers are stored and the page re-rendered in one server action: on a busy 2-core
  // runner that can take longer than the default wait.
  await expect(page.getByTestId('innsendt')).toContainText('Innsendte svar kan ikke endres.', { timeout: 30_000 });
}

async function answerAs(browser: Browser, role: DemoUser['role'], answerUrl: string, value: 1 | 2 | 3 | 4 | 5) {
  const page = await as(browser, role);
  await page.goto(answerUrl);
  await answerAll(page, value);
  await submit(page);
  await page.context().close();
}

async function closeRound(page: Page, evaluationUrl: string) {
  await page.goto(evaluationUrl);
  await page.getByRole('button', { name: 'Lukk runden og vis resultatene' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Lukk runden', exact: true }).click();
  await expect(page.getByRole('heading', { name: /Resultater fra evalueringsrunde/ })).toBeVisible();
}

test('en evalueringsrunde: invitasjon, svar som holdes skjult, lukking, resultater og sammenligning', async ({ browser }) => {
  test.setTimeout(420_000);

  // The operative leader opens a round on request; five are invited.
  const leader = await as(browser, 'operativ_leder');
  const evaluationUrl = await evaluationPage(leader);
  await expectAccessible(leader);
  await leader.getByRole('button', { name: 'Start evaluering' }).click();
  const round = leader.getByTestId('aapen-runde');
  await expect(round).toContainText('Evalueringsrunde 1');
  await expect(round).toContainText('0 av 5 har sendt inn svar');
  await expect(leader.getByTestId('inviterte').getByRole('row')).toHaveCount(6);
  await expectAccessible(leader);

  // The leader answers: nothing is sent before every question has an answer.
  await leader.getByRole('link', { name: 'Svar på evalueringen' }).click();
  await expect(leader.getByRole('heading', { name: 'Evalueringsrunde 1: dine svar' })).toBeVisible();
  const answerUrl = leader.url();
  const resultsUrl = answerUrl.replace(/\/svar$/, '');
  await expectAccessible(leader);
  await leader.getByRole('button', { name: 'Send inn svarene' }).click();
  await expect(leader.getByTestId('mangler-svar')).toContainText('spørsmål mangler svar');
  await expectAccessible(leader);
  await answerAll(leader, 4, 'one by one');
  await leader.getByLabel('Hva fungerer godt i samarbeidet? (valgfritt)').fill('Fagmiljøet på legevakten.');
  await leader.getByRole('button', { name: 'Lagre utkast' }).click();
  await expect(leader.getByTestId('svar-melding')).toHaveText('Utkastet er lagret. Ingen andre kan se det.');
  await submit(leader);
  await expect(leader.getByRole('radio', { name: /^4 / }).first()).toBeDisabled();
  await expectAccessible(leader);

  // Before close nobody sees results, and someone not invited cannot answer.
  const politician = await as(browser, 'politisk_sponsor');
  expect((await politician.goto(resultsUrl))?.status()).toBe(403);
  await expect(politician.getByRole('heading', { level: 1 })).toHaveText('Du har ikke tilgang til denne siden');
  await expect(politician.getByTestId('tilgang-grunn')).toContainText('Svarene holdes skjult til evalueringsrunden er lukket.');
  await expectAccessible(politician);
  await politician.context().close();
  const citizen = await as(browser, 'folkevalgt');
  expect((await citizen.goto(answerUrl))?.status()).toBe(403);
  await expect(citizen.getByRole('heading', { level: 1 })).toHaveText('Du har ikke tilgang til denne siden');
  await expect(citizen.getByTestId('tilgang-grunn')).toContainText('Du er ikke invitert til å svare i denne evalueringsrunden.');
  await citizen.context().close();

  // Four more answers, from the sponsors' and the members' perspectives.
  await answerAs(browser, 'politisk_sponsor', answerUrl, 2);
  await answerAs(browser, 'administrativ_sponsor', answerUrl, 3);
  await answerAs(browser, 'medlemsrepresentant', answerUrl, 5);
  const radmann = await as(browser, 'radmannsteam');
  await radmann.goto(answerUrl);
  await answerAll(radmann, 5);
  await submit(radmann);

  // The rådmannsteam closes the round: the results appear and the lifecycle moves on.
  await closeRound(radmann, evaluationUrl);
  await expect(radmann.getByTestId('svarprosent')).toContainText('5 av 5 inviterte sendte inn svar');
  await expect(radmann.getByTestId('poengdiagram').locator('svg').first()).toBeVisible();
  const scores = radmann.getByTestId('poengtabell');
  // Leader 75, politician 25, administrative sponsor 50, the two members 100: (75 + 25 + 50 + 100 + 100) / 5 = 70.
  await expect(scores.getByRole('row', { name: /Demokratisk forankring/ })).toContainText('70 (grønn)');
  // The one-person perspectives (leader, each sponsor) and the two members are fewer than three
  // each: they are shown only together, as «Øvrige», never one by one.
  const perspectives = radmann.getByTestId('perspektiver');
  await expect(perspectives.getByRole('row')).toHaveCount(2);
  const others = perspectives.getByRole('row', { name: /Øvrige/ });
  await expect(others).toContainText('Samlet: Operativ leder, Politiske sponsorer, Administrative sponsorer og Deltakerkommunene');
  await expect(others).toContainText('5 av 5');
  await expect(others).toContainText('70');
  await expect(perspectives).not.toContainText('75');
  await expect(radmann.getByText('Dette er den første evalueringsrunden')).toBeVisible();
  // The leader's comment is not attributed to the leader.
  const comment = radmann.getByRole('listitem').filter({ hasText: '«Fagmiljøet på legevakten.»' });
  await expect(comment).toHaveText('Øvrige: «Fagmiljøet på legevakten.»');
  await expect(radmann.getByTestId('runde-varsler')).toBeVisible();
  await expectAccessible(radmann);

  // Maintain (through the decision form), then a second round: the results compare with the first.
  await radmann.goto(evaluationUrl.replace(/\/evaluering$/, ''));
  await registerDecision(radmann, {
    summary: 'Legevakten fungerer godt, men de politiske sponsorene er mindre fornøyde enn de andre.',
    summaryPublic: true,
    recommendation: 'opprettholde',
    reason: 'Fire av fem er fornøyde, og målene nås.',
    decision: 'opprettholde',
  });
  await expect(radmann.getByTestId('livslop').locator('[aria-current="step"]')).toContainText('Drift');
  await radmann.goto(evaluationUrl);
  await expect(radmann.getByRole('table').filter({ hasText: 'Runde 1' })).toContainText('5 av 5');
  await radmann.getByRole('button', { name: 'Start evaluering' }).click();
  await expect(radmann.getByTestId('aapen-runde')).toContainText('Evalueringsrunde 2');
  await leader.goto(evaluationUrl);
  await leader.getByRole('link', { name: 'Svar på evalueringen' }).click();
  await answerAll(leader, 2);
  await submit(leader);
  await closeRound(radmann, evaluationUrl);
  const comparison = radmann.getByTestId('sammenligning');
  await expect(comparison).toContainText('Runde 1 ble lukket');
  // Perceived input: 70 in round 1, the leader alone with 2s (25) now.
  await expect(comparison.getByRole('row', { name: /Forankring/ })).toContainText('−45');
  // One respondent: no group at all; the trend shows both rounds.
  await expect(radmann.getByTestId('perspektiver')).toHaveCount(0);
  await expect(radmann.getByText('Ingen gruppe hadde nok svar til å vises per perspektiv.')).toBeVisible();
  const trend = radmann.getByTestId('utvikling');
  await expect(trend.getByRole('row', { name: /Runde 1/ })).toContainText('70');
  await expect(trend.getByRole('row', { name: /Runde 2/ })).toContainText('25');
  await expectAccessible(radmann);
});
