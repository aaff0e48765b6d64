// Issue 4: a phase can be completed with the keyboard alone (Støtte, then Design). After the
// phase page has loaded, only page.keyboard is used (Tab, Shift+Tab, Enter, Space, arrow keys,
// typing); focus is asserted wherever the page moves it or the user relies on where it lands.
import { expect, type Locator } from '@playwright/test';
import { test, signInAs } from './fixtures';
import { createCooperation } from './pages/cooperation';
import { expectVisibleFocus, tabOnceTo, tabTo, waitForHydration } from './pages/keyboard';
import { Design, group, Stotte } from './pages/phases';

const KRS = 'Kristiansand kommune';
const VEN = 'Vennesla kommune';

const addButton = (member: Locator, kind: 'politisk' | 'administrativ') => member.getByRole('button', { name: `Legg til ${kind} sponsor` });
const nameField = (sponsor: Locator) => sponsor.getByLabel('Navn', { exact: true });

test('støttefasen fylles ut og lagres bare med tastaturet', async ({ page }) => {
  test.slow(); // creates a cooperation, then a whole phase by keyboard with axe: long on a busy 2-core runner
  await signInAs(page, 'radmannsteam');
  const id = await createCooperation(page, {
    name: 'Felles PP-tjeneste for Kristiansand og Vennesla',
    purpose: 'Barn og unge med behov for spesialpedagogisk hjelp skal få sakkyndig vurdering uten lang ventetid.',
    taskArea: 'PP-tjeneste',
    problem: {
      what: 'Ventetiden for sakkyndig vurdering i Vennesla er over seks måneder.',
      why: 'Et større fagmiljø gjør tjenesten mindre sårbar for sykefravær og vakanser.',
      how: 'Kristiansand og Vennesla slår sammen PP-tjenestene sine.',
    },
    others: ['Vennesla'],
  });

  const support = new Stotte(page, id);
  await support.goto();
  const krs = group(page, KRS);
  const ven = group(page, VEN);
  await expect(support.readiness()).toContainText(`Mangler politisk sponsor for ${VEN}`);
  await waitForHydration(addButton(krs, 'politisk'));

  // From here on: the keyboard only. In through the skip link.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Hopp til hovedinnhold' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#hovedinnhold')).toBeFocused();

  // Kristiansand: a political sponsor; adding moves focus into the new row's name field.
  await tabTo(page, addButton(krs, 'politisk'));
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  const krs1 = group(krs, `Sponsor 1 for ${KRS}`);
  await expect(nameField(krs1)).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.type('Kari Strand');
  await tabOnceTo(page, krs1.getByLabel('Tittel eller verv'));
  await page.keyboard.type('Ordfører');
  await tabOnceTo(page, krs1.getByLabel('Kontakt med operativ leder'));
  await page.keyboard.type('Fast samtale med lederen hver måned');
  await expect(krs).toContainText('Mangler administrativ sponsor');
  // The row ends with its remove button, then the member's add buttons follow.
  await tabOnceTo(page, krs1.getByRole('button', { name: `Fjern sponsor 1 for ${KRS}` }));
  await tabOnceTo(page, addButton(krs, 'politisk'));
  await tabOnceTo(page, addButton(krs, 'administrativ'));
  await page.keyboard.press('Space');
  const krs2 = group(krs, `Sponsor 2 for ${KRS}`);
  await expect(nameField(krs2)).toBeFocused();
  await page.keyboard.type('Lars Hovde');
  await tabOnceTo(page, krs2.getByLabel('Tittel eller verv'));
  await page.keyboard.type('Kommunedirektør');
  await expect(krs).toContainText('Har både politisk og administrativ sponsor');

  // Vennesla: added as political, then changed to administrative with the arrow keys.
  await tabTo(page, addButton(ven, 'politisk'));
  await page.keyboard.press('Enter');
  const ven1 = group(ven, `Sponsor 1 for ${VEN}`);
  await expect(nameField(ven1)).toBeFocused();
  await page.keyboard.type('Tor Aasland');
  const kind = ven1.getByLabel('Type sponsor');
  await tabOnceTo(page, kind, true);
  await expectVisibleFocus(page);
  await expect(kind).toHaveValue('politisk');
  await page.keyboard.press('ArrowDown');
  await expect(kind).toHaveValue('administrativ');
  await expect(ven).toContainText('Mangler politisk sponsor');
  await tabOnceTo(page, nameField(ven1));
  await tabOnceTo(page, ven1.getByLabel('Tittel eller verv'));
  await page.keyboard.type('Kommunalsjef oppvekst');
  await tabTo(page, addButton(ven, 'politisk'), { max: 4 });
  await page.keyboard.press('Enter');
  const ven2 = group(ven, `Sponsor 2 for ${VEN}`);
  await expect(nameField(ven2)).toBeFocused();
  await page.keyboard.type('Eva Moen');
  await tabOnceTo(page, ven2.getByLabel('Tittel eller verv'));
  await page.keyboard.type('Ordfører');
  await expect(ven).toContainText('Har både politisk og administrativ sponsor');

  // A sponsor added by mistake is removed again; focus returns to the member's add buttons.
  await tabTo(page, addButton(ven, 'administrativ'), { max: 6 });
  await page.keyboard.press('Enter');
  const ven3 = group(ven, `Sponsor 3 for ${VEN}`);
  await expect(nameField(ven3)).toBeFocused();
  await tabTo(page, ven3.getByRole('button', { name: `Fjern sponsor 3 for ${VEN}` }), { max: 4 });
  await page.keyboard.press('Enter');
  await expect(ven3).toHaveCount(0);
  await expect(addButton(ven, 'politisk')).toBeFocused();
  await expectVisibleFocus(page);

  // Practical support and minimum funding, then save from the keyboard.
  await tabTo(page, page.getByLabel('Praktisk støtte', { exact: true }), { max: 3 });
  await page.keyboard.type('Kristiansand stiller kontor og møterom i Tordenskjolds gate.');
  await page.keyboard.press('Enter'); // a new line in the text area, not a submit
  await page.keyboard.type('Vennesla stiller testrom på Vennesla ungdomsskole.');
  await tabOnceTo(page, page.getByLabel('Minimumsfinansiering', { exact: true }));
  await page.keyboard.type('Lønn til leder av PP-tjenesten er sikret i Kristiansands budsjett.');
  await tabOnceTo(page, page.getByLabel('Fagmiljø for lederen (valgfritt)'));
  await page.keyboard.type('PP-lederforum i Agder.');
  await expect(page.getByText('Du har endringer som ikke er lagret.')).toBeVisible();
  const save = page.getByRole('button', { name: 'Lagre', exact: true });
  await tabOnceTo(page, save);
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Støtte og tilrettelegging er lagret.' })).toBeVisible();
  await support.expectReady('Støtte og tilrettelegging');
  await expect(page.getByText('Du har endringer som ikke er lagret.')).toHaveCount(0);

  // What was typed is what was stored.
  await page.reload();
  await expect(support.readiness().getByRole('heading', { level: 2 })).toHaveText('Fasen er klar');
  await expect(page.getByLabel('Praktisk støtte', { exact: true })).toHaveValue(
    'Kristiansand stiller kontor og møterom i Tordenskjolds gate.\nVennesla stiller testrom på Vennesla ungdomsskole.',
  );
  const stored = await ven.getByRole('group', { name: /^Sponsor \d for / }).all();
  expect(stored).toHaveLength(2);
  const venSponsors = await Promise.all(stored.map(async (s) => `${await s.getByLabel('Type sponsor').inputValue()}: ${await nameField(s).inputValue()}`));
  expect(venSponsors.sort()).toEqual(['administrativ: Tor Aasland', 'politisk: Eva Moen']);
});

test('designfasen fylles ut med tastaturet: radioknapper med piltaster, nedtrekkslister med bokstavsøk', async ({ page }) => {
  test.slow(); // as above
  await signInAs(page, 'radmannsteam');
  const id = await createCooperation(page, {
    name: 'Felles landbrukskontor for Kristiansand og Vennesla',
    purpose: 'Bønder i begge kommunene skal få raskere saksbehandling og et sterkere fagmiljø.',
    taskArea: 'Landbrukskontor',
    problem: { what: 'Vennesla har én landbruksrådgiver.', why: 'Sårbart ved fravær.', how: 'Kristiansand blir vertskommune.' },
    others: ['Vennesla'],
  });
  const design = new Design(page, id);
  await design.goto();
  await waitForHydration(page.getByRole('button', { name: 'Legg til organ' }));
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter'); // the skip link
  await expect(page.locator('main#hovedinnhold')).toBeFocused();

  // The legal forms are one radio group: Tab enters it, the arrow keys choose.
  await tabTo(page, page.getByRole('radio', { name: 'Interkommunalt politisk råd' }));
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const host = page.getByRole('radio', { name: 'Administrativt vertskommunesamarbeid', exact: true });
  await expect(host).toBeFocused();
  await expect(host).toBeChecked();
  // «Sammenlign formene» is a disclosure: Tab reaches its summary, Enter opens it (the table
  // loads then). The wide comparison table is a focusable region, so it can be scrolled
  // sideways by keyboard.
  await tabOnceTo(page, page.getByTestId('sammenlign-formene').getByText('Sammenlign formene', { exact: true }));
  await page.keyboard.press('Enter');
  const comparison = page.getByRole('region', { name: /Sammenligning av organisasjonsformer/ });
  await expect(comparison).toBeVisible();
  await tabOnceTo(page, comparison);
  await expect(comparison).toContainText('(valgt)');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => comparison.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  await tabOnceTo(page, page.getByLabel('Begrunnelse for valget'));
  await page.keyboard.type('Vertskommunen kan treffe enkeltvedtak om tilskudd og konsesjon på vegne av Vennesla.');

  // Roles: type-ahead in the closed select.
  const krsRole = page.getByLabel(`Rolle for ${KRS}`);
  await tabOnceTo(page, krsRole);
  await page.keyboard.type('V');
  await expect(krsRole).toHaveValue('vertskommune');
  const venRole = page.getByLabel(`Rolle for ${VEN}`);
  await tabOnceTo(page, venRole);
  await page.keyboard.type('S');
  await expect(venRole).toHaveValue('samarbeidskommune');

  // A governing body.
  // Known gap (see the issue-4 report): focus stays on «Legg til organ» instead of moving to
  // the new body's name, so the user goes back with Shift+Tab. Passes either way.
  const addBody = page.getByRole('button', { name: 'Legg til organ' });
  await tabOnceTo(page, addBody);
  await page.keyboard.press('Enter');
  const body = group(page, 'Organ 1');
  const bodyName = body.getByLabel('Navn', { exact: true });
  await expect(bodyName).toBeVisible();
  if (!(await bodyName.evaluate((el) => el === document.activeElement))) {
    test.info().annotations.push({ type: 'fokus', description: 'Etter «Legg til organ» står fokus igjen på knappen, ikke i det nye organets navnefelt.' });
    await tabTo(page, bodyName, { back: true, max: 10 });
  }
  await page.keyboard.type('Landbruksutvalget');
  const kind = body.getByLabel('Type organ');
  await tabOnceTo(page, kind);
  await page.keyboard.type('Samarb');
  await expect(kind).toHaveValue('samarbeidsutvalg');
  await tabOnceTo(page, body.getByLabel(KRS, { exact: true }));
  await page.keyboard.type('2');
  await tabOnceTo(page, body.getByLabel(VEN, { exact: true }));
  await page.keyboard.type('1');
  const rotating = body.getByRole('checkbox', { name: 'Ledervervet går på omgang mellom deltakerne' });
  await tabOnceTo(page, rotating);
  await page.keyboard.press('Space');
  await expect(rotating).toBeChecked();

  // The operative leader; the recruitment radios start at «Ikke bestemt ennå».
  const leader = group(page, 'Operativ leder');
  await tabTo(page, leader.getByLabel('Navn', { exact: true }), { max: 4 });
  await page.keyboard.type('Ola Nordmann');
  await tabOnceTo(page, leader.getByLabel('Stilling', { exact: true }));
  await page.keyboard.type('Landbrukssjef');
  await tabOnceTo(page, leader.getByRole('radio', { name: 'Ikke bestemt ennå' }));
  await page.keyboard.press('ArrowDown');
  await expect(leader.getByRole('radio', { name: 'Intern' })).toBeChecked();
  await tabOnceTo(page, leader.getByLabel('Finansiering av stillingen'));
  await page.keyboard.type('Full stilling i vertskommunens budsjett.');

  // The mandate: each «Legg til beslutning» moves focus into the new line.
  const levels = ['Operativ leder bestemmer alene', 'Krever administrativ forankring', 'Krever politisk forankring'] as const;
  const lines = ['Rådgivning til enkeltbønder', 'Endrede rutiner for saksbehandling', 'Nye tilskuddsordninger'];
  for (const [i, level] of levels.entries()) {
    const list = group(page, level);
    await tabTo(page, list.getByRole('button', { name: 'Legg til beslutning' }), { max: 4 });
    await page.keyboard.press('Enter');
    await expect(list.getByLabel('Beslutning 1', { exact: true })).toBeFocused();
    await page.keyboard.type(lines[i]!);
  }
  await tabTo(page, page.getByLabel('Hvordan skal samarbeidet arbeide?'), { max: 4 });
  await page.keyboard.type('Utvalget møtes to ganger i året; landbrukssjefen forbereder sakene.');
  await tabOnceTo(page, page.getByRole('button', { name: 'Lagre designet' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Designet er lagret.' })).toBeVisible();
  await design.expectReady('Design');
});
