// Issue 4: a rådmannsteam establishes a host-municipality cooperation with four members from
// nothing, through every phase, the member decisions and into drift, with axe on every page
// on the way and screenshots (1366 px, full page) for the issue note.
import { expect, type Page } from '@playwright/test';
import { test, expectAccessible, signInAs, notesScreenshot, NOTES_SCREENSHOTS, shotsDir } from './fixtures';
import { osloDateOf } from '../lib/pure/domain/iso-date';
import { createCooperation, expectTitle, Overview, Vedtak } from './pages/cooperation';
import { Deltakelse, Design, Innramming, Stotte, Virkemidler } from './pages/phases';

const SHOTS = shotsDir('issue4');
const NAME = 'Felles barnevernvakt for Kristiansand, Vennesla, Lillesand og Birkenes';
const [KRS, VEN, LIL, BIR] = ['Kristiansand kommune', 'Vennesla kommune', 'Lillesand kommune', 'Birkenes kommune'];
const MEMBERS = [KRS, VEN, LIL, BIR];

test.use({ viewport: { width: 1366, height: 900 } });

/** Full page at 1366 px; scrolled to the end first, so the sticky save bar sits in its own place. */
async function shoot(page: Page, name: string) {
  if (!NOTES_SCREENSHOTS) return;
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await notesScreenshot(page, { path: `${SHOTS}/${name}.png`, fullPage: true });
}

test('rådmannsteamet etablerer et vertskommunesamarbeid med fire kommuner, fra ingenting til drift', async ({ page }) => {
  test.setTimeout(300_000);
  await signInAs(page, 'radmannsteam');

  // --- A new cooperation, from nothing ---
  const id = await createCooperation(
    page,
    {
      name: NAME,
      purpose: 'Barn og familier i alle fire kommunene skal få hjelp fra barnevernet også om kvelden, natten og i helgene.',
      taskArea: 'Barnevernvakt',
      problem: {
        what: 'Bare Kristiansand har egen barnevernvakt. De tre andre kommunene dekker kveld og helg med frivillig hjemmevakt.',
        why: 'Ingen av de minste kommunene har nok saker til en forsvarlig vaktordning alene, men sammen har vi det.',
        how: 'Kristiansand blir vertskommune og utvider dagens barnevernvakt til å dekke alle fire kommunene.',
      },
      others: ['Vennesla', 'Lillesand', 'Birkenes'],
    },
    async () => {
      await expectAccessible(page);
      await shoot(page, '00-nytt-samarbeid');
    },
  );
  const overview = new Overview(page, id);
  await expect(overview.current()).toContainText('Utkast');
  await overview.takeStep('Start etablering');
  await expect(overview.current()).toContainText('Etablering');
  await expectAccessible(page);

  // --- Design first: the legal form decides the agreement checklist and the host's compensation ---
  const design = new Design(page, id);
  await design.goto();
  await expect(design.readiness()).toContainText('Mangler valg av organisasjonsform');
  await expectAccessible(page);
  await design.legalForm(
    'Administrativt vertskommunesamarbeid',
    'Barnevernvakten treffer enkeltvedtak i akutte saker, og det kan en vertskommune gjøre. Kristiansand har allerede tjenesten, så et eget selskap ville bare gitt mer administrasjon.',
  );
  await design.roles({ [KRS]: 'Vertskommune', [VEN]: 'Samarbeidskommune', [LIL]: 'Samarbeidskommune', [BIR]: 'Samarbeidskommune' });
  await design.addBody(1, { name: 'Samarbeidsutvalget for barnevernvakten', kind: 'Samarbeidsutvalg', seats: { [KRS]: '2', [VEN]: '1', [LIL]: '1', [BIR]: '1' }, rotatingChair: true });
  await design.leader({ name: 'Hanne Berg', title: 'Leder for barnevernvakten', recruitment: 'Intern', funding: 'Full stilling i vertskommunens budsjett for barnevernvakten, dekket av fordelingsnøkkelen.' });
  await design.mandate('Operativ leder bestemmer alene', ['Vaktplaner og bemanning innenfor budsjettet', 'Innkjøp under 100 000 kroner']);
  await design.mandate('Krever administrativ forankring', ['Endrede rutiner for samarbeid med barnevernet i kommunene']);
  await design.mandate('Krever politisk forankring', ['Nye tjenester eller endret åpningstid', 'Endring av fordelingsnøkkelen']);
  await design.workingMethods('Samarbeidsutvalget møtes fire ganger i året. Lederen forbereder sakene, og barnevernlederne i kommunene får dem to uker før møtet.');
  await design.save('Lagre designet', 'Designet er lagret.');
  await design.expectReady('Design');
  await expectAccessible(page);
  await shoot(page, '02-design');

  // --- Innramming: goals, economy, cost key, benefit, agreement and reporting ---
  const framing = new Innramming(page, id);
  await framing.goto();
  await expect(framing.readiness()).toContainText(`Mangler kompensasjon til ${KRS} som vertskommune`);
  await expectAccessible(page);
  await framing.addGoal(1, {
    statement: 'Barn og unge i akutt krise får hjelp fra barnevernvakten hele døgnet',
    indicator: 'Andel henvendelser utenom kontortid besvart innen 30 minutter',
    baseline: '62 % (2025)',
    target: '95 %',
    deadline: '2027-12-31',
  });
  await framing.addGoal(2, {
    statement: 'Færre akuttplasseringer utenfor hjemkommunen',
    indicator: 'Akuttplasseringer utenfor egen kommune per år',
    baseline: '41',
    target: '25',
    deadline: '2028-06-30',
  });
  await framing.economy({
    budget: '4 800 000',
    financing: 'Kommunale bidrag etter faste andeler. Statlig tilskudd til barnevernvakt søkes hvert år.',
    hostAmount: '350 000',
    hostNote: 'Dekker Kristiansands tid til ledelse, personaloppfølging, lønn og regnskap for vakttjenesten.',
  });
  const shares = await framing.fixedShares({ [KRS]: '70', [VEN]: '12', [LIL]: '10', [BIR]: '8' });
  await expect(shares.getByRole('row', { name: new RegExp(KRS) })).toContainText(/3\s360\s000/);
  await expect(shares.getByRole('row', { name: new RegExp(BIR) })).toContainText(/384\s000/);
  await framing.benefits({
    [KRS]: 'Bedre utnyttelse av dagens vaktordning og et større fagmiljø.',
    [VEN]: 'Forsvarlig barnevernvakt uten egen hjemmevakt.',
    [LIL]: 'Barnevernvakt hele døgnet, også i sommerhalvåret med mange tilreisende.',
    [BIR]: 'Tilgang til erfarne vaktsosionomer i akutte saker.',
  });
  expect(await framing.tickWholeChecklist()).toBeGreaterThan(5);
  await framing.reporting({
    strategy: 'Strategiplan for barnevernvakten 2027–2030, vedtatt i samarbeidsutvalget.',
    actionPlan: 'Rulleres hvert år sammen med budsjettet og behandles i samarbeidsutvalget i oktober.',
    ownerStrategy: 'Samarbeidet omtales i kommunenes eierskapsmeldinger.',
  });
  await framing.save('Lagre innrammingen', 'Innrammingen er lagret.');
  await framing.expectReady('Innramming');
  await expectAccessible(page);
  await shoot(page, '01-innramming');

  // --- Støtte og tilrettelegging: two sponsors per member, practical support, minimum funding ---
  const support = new Stotte(page, id);
  await support.goto();
  await expect(support.readiness()).toContainText(`Mangler politisk sponsor for ${BIR}`);
  await expectAccessible(page);
  const contact = 'Månedlig samtale med lederen, og orientering før hvert møte i samarbeidsutvalget.';
  const sponsors: Record<string, [string, string, string, string]> = {
    [KRS]: ['Kari Strand', 'Ordfører', 'Lars Hovde', 'Kommunedirektør'],
    [VEN]: ['Eva Moen', 'Ordfører', 'Tor Aasland', 'Kommunalsjef oppvekst'],
    [LIL]: ['Per Politiker', 'Ordfører', 'Anne Avdelingsleder', 'Kommunalsjef helse'],
    [BIR]: ['Ingrid Lie', 'Varaordfører', 'Olav Haugen', 'Kommunedirektør'],
  };
  for (const [member, [pol, polTitle, adm, admTitle]] of Object.entries(sponsors)) {
    await support.sponsors(member, [
      { kind: 'politisk', name: pol, title: polTitle, leaderContact: contact },
      { kind: 'administrativ', name: adm, title: admTitle, leaderContact: contact },
    ]);
  }
  await support.support({
    practical: 'Kristiansand stiller kontor, vaktrom og møterom, og sekretariat for samarbeidsutvalget.',
    minimumFunding: 'Lønnen til lederen av barnevernvakten er sikret i rammen før resten fordeles.',
    community: 'Lederen hører til barnevernledelsen i Kristiansand og nettverket for barnevernvakter i Agder.',
  });
  await support.save('Lagre', 'Støtte og tilrettelegging er lagret.');
  await support.expectReady('Støtte og tilrettelegging');
  await expectAccessible(page);
  await shoot(page, '03-stotte');

  // --- Deltakelse: representatives, anchoring for all, information for citizens and politicians ---
  const participation = new Deltakelse(page, id);
  await participation.goto();
  await expectAccessible(page);
  const contacts = { [KRS]: ['2', 'Hanne Berg'], [VEN]: ['1', 'Siri Nilsen'], [LIL]: ['1', 'Jon Fjeld'], [BIR]: ['1', 'Mari Kvinlaug'] };
  for (const [member, [count, person]] of Object.entries(contacts)) await participation.representation(member, count!, person!);
  await participation.addMinimumAnchoring();
  await participation.addAnchoringPoint(3, { kind: 'Formell', level: 'Administrativ', body: 'Rådmannens ledergruppe', frequency: 'Hvert halvår', description: 'Status, økonomi og kapasitet fra lederen.' });
  await participation.addCitizenItem('Etter hvert møte i samarbeidsutvalget', 'Leder for barnevernvakten');
  await participation.addInformationItem(2, 'Politikere', {
    content: 'Nøkkeltall, avvik og større endringer i tjenesten',
    timing: 'Hvert kvartal',
    channel: 'Orienteringssak',
    responsible: 'Kommunedirektøren i hver kommune',
  });
  await participation.informalContact('Ordførerne og lederen for barnevernvakten tar en telefon ved behov, og møtes uformelt i regionrådet.');
  await participation.save('Lagre', 'Deltakelse er lagret.');
  await participation.expectReady('Deltakelse');
  await expectAccessible(page);
  await shoot(page, '04-deltakelse');

  // --- Virkemidler: the phases have filled all four families already; manual additions remain ---
  const instruments = new Virkemidler(page, id);
  await instruments.goto();
  await expect(page.getByText('Alle fire familier har minst ett virkemiddel.')).toBeVisible();
  await expect(instruments.matrix()).not.toContainText('Ingen virkemidler i bruk');
  const supportCell = instruments.matrix().getByRole('cell').filter({ hasText: 'Støtte og tilrettelegging' });
  await expect(supportCell).toContainText('Politisk og administrativ sponsor');
  await expect(supportCell).toContainText('Fra støtte:');
  await expect(page.getByTestId('avledede-virkemidler')).toContainText('Politisk og administrativ sponsor');
  await expectAccessible(page);
  const uses: [string, 'Planlagt' | 'Etablert'][] = [
    ['Å dele begeistringen', 'Planlagt'],
    ['Deltakelse i forhandlinger', 'Etablert'],
  ];
  for (const [i, [label, status]] of uses.entries()) await instruments.add(i + 1, label, status);
  await instruments.save('Lagre', 'Virkemidlene er lagret. Matrisen over er oppdatert.');
  await expect(instruments.matrix().getByRole('cell')).toHaveCount(4);
  await expect(supportCell).toContainText('Å dele begeistringen');
  await expect(instruments.matrix().getByRole('cell').filter({ hasText: 'Deltakelse' }).last()).toContainText('Deltakelse i forhandlinger');
  await expectAccessible(page);
  await shoot(page, '05-virkemidler');

  // --- Every phase is ready: send the case to the members ---
  await overview.goto();
  await overview.expectAllPhasesReady();
  await expect(page.getByTestId('ikke-klar-SEND_TIL_MEDLEMSVEDTAK')).toHaveCount(0);
  await overview.takeStep('Send til vedtak i deltakerne');
  await expect(overview.current()).toContainText('Vedtak i deltakerne');
  await expectAccessible(page);

  // --- Four decisions of tilslutning ---
  const decisions = new Vedtak(page, id);
  await decisions.goto();
  await expect(page.getByText(`Venter på vedtak fra ${KRS}, ${VEN}, ${LIL} og ${BIR}.`)).toBeVisible();
  await expectAccessible(page);
  const today = osloDateOf(new Date());
  for (const [i, member] of MEMBERS.entries()) {
    await decisions.record(member, { body: i === 0 ? 'Bystyret' : 'Kommunestyret', date: today, saksnummer: `26/${101 + i}`, url: `https://innsyn.example.no/sak/26-${101 + i}` });
  }
  await expect(page.getByRole('heading', { name: 'Alle deltakerne har sluttet seg til' })).toBeVisible();
  // The counts follow the data: four of four, four decisions in one round, and the rows say why there is nothing more to register.
  await expect(page.getByTestId('runde-oppsummering')).toHaveText('4 av 4 deltakere har sluttet seg til.');
  await expect(page.getByTestId('vedtakshistorikk')).toContainText('4 vedtak i 1 vedtaksrunde.');
  await expect(page.getByTestId('vedtakshistorikk')).not.toContainText('Ingen vedtak er registrert');
  await expect(page.getByTestId('vedtak-status').getByRole('row', { name: new RegExp(BIR) })).toContainText('Har sluttet seg til – ikke noe mer å registrere');
  await expectAccessible(page);
  await shoot(page, '06-vedtak');

  // A new submit takes the old confirmation away: sent without a member, only the refusal shows.
  const recordForm = decisions.form();
  await expect(recordForm.getByRole('status')).toBeVisible();
  await recordForm.getByRole('button', { name: 'Registrer vedtak' }).click();
  await expect(recordForm.getByRole('alert')).toContainText('Noen av feltene må rettes først.');
  await expect(recordForm.getByRole('status')).toHaveCount(0);

  // Birkenes' case number was registered wrong: correct it, with the reason kept beside it.
  await page.getByTestId('vedtak-status').getByRole('link', { name: `Rett vedtaket fra ${BIR}` }).click();
  const correction = page.getByRole('form', { name: `Rett vedtaket fra ${BIR} (vedtaksrunde 1)` });
  await expect(correction.getByLabel('Saksnummer (valgfritt)')).toHaveValue('26/104');
  await correction.getByLabel('Saksnummer (valgfritt)').fill('26/114');
  await correction.getByLabel('Hvorfor rettes vedtaket?').fill('Saksnummeret ble skrevet av feil fra protokollen.');
  await expectAccessible(page);
  await shoot(page, '06b-rett-vedtak');
  await correction.getByRole('button', { name: 'Lagre rettingen' }).click();
  await expect(page.getByTestId('flash')).toHaveText(`Vedtaket fra ${BIR} er rettet. Rettingen og begrunnelsen står i listen over registrerte vedtak.`);
  await expect(page.getByTestId('flash')).toHaveAttribute('role', 'status');
  const decisionHistory = page.getByTestId('vedtakshistorikk').getByRole('row', { name: new RegExp(BIR) });
  await expect(decisionHistory).toContainText('Saksnummer: fra 26/104 → til 26/114');
  await expect(decisionHistory).toContainText('Begrunnelse: «Saksnummeret ble skrevet av feil fra protokollen.»');
  await expectAccessible(page);
  await shoot(page, '06c-vedtak-rettet');

  // --- Into drift ---
  await overview.goto();
  await overview.takeStep('Alle deltakere har sluttet seg til');
  await expect(overview.current()).toContainText('Drift');
  // The history tells what happened, in Norwegian, without the lifecycle's own names for its states.
  const history = page.getByTestId('historikk');
  for (const said of [
    'Etableringen startet',
    'Arbeidet begynte med fasen innramming.',
    'Etableringen ble lagt fram for hver deltaker i vedtaksrunde 1.',
    `Vedtaket fra ${BIR} i vedtaksrunde 1 ble rettet`,
    'Begrunnelse: «Saksnummeret ble skrevet av feil fra protokollen.»',
    'Alle deltakerne sluttet seg til',
    'Samarbeidet er etablert og gikk i drift.',
  ])
    await expect(history).toContainText(said);
  await expect(history).not.toContainText('Etablering – ');
  await expect(history).not.toContainText('→ Drift');
  await expectAccessible(page);
  await shoot(page, '07-oversikt-drift');

  // --- The anchoring plan became a calendar for every member ---
  await page.goto(`/samarbeid/${id}/forankring`);
  await expectTitle(page, 'Forankring');
  await expect(page.getByRole('heading', { level: 2, name: 'Kalender' })).toBeVisible();
  for (const member of MEMBERS) {
    const planned = page.locator('tr[data-status="planlagt"]').filter({ hasText: member });
    await expect(planned.filter({ hasText: 'Formannskapet' }).first()).toBeVisible();
    await expect(planned.filter({ hasText: 'Rådmannens ledergruppe' }).first()).toBeVisible();
  }
  await expectAccessible(page);
  await shoot(page, '08-forankring');
});
