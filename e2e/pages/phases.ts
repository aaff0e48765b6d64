// Page objects for the four establishing phases and the Virkemidler matrix: each fills its
// form the way a user would (by label), saves, and reads the readiness panel beside it.
import { expect, type Locator, type Page } from '@playwright/test';
import { expectTitle } from './cooperation';

export type PhaseSlug = 'innramming' | 'design' | 'stotte' | 'deltakelse' | 'virkemidler';

const TITLES: Record<PhaseSlug, string> = {
  innramming: 'Innramming',
  design: 'Design',
  stotte: 'Støtte og tilrettelegging',
  deltakelse: 'Deltakelse',
  virkemidler: 'Virkemidler',
};

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The group (fieldset) with this legend. Designsystemet's Fieldset names the group by its
 * legend followed by its description, so a string matches the whole legend at the start.
 */
export function group(scope: Page | Locator, name: string | RegExp): Locator {
  return scope.getByRole('group', { name: typeof name === 'string' ? new RegExp(`^${escape(name)}(\\s|$)`) : name });
}

export class PhasePage {
  constructor(
    readonly page: Page,
    readonly id: string,
    readonly slug: PhaseSlug,
  ) {}

  async goto() {
    await this.page.goto(`/samarbeid/${this.id}/${this.slug}`);
    await expectTitle(this.page, TITLES[this.slug]);
    await expect(this.page.getByRole('navigation', { name: 'Samarbeidets sider' }).locator('[aria-current="page"]:visible')).toBeVisible();
  }

  readiness() {
    return this.page.getByTestId('readiness-panel');
  }

  /** The panel says the phase is ready, and so does the phase's tab (its hidden status text). */
  async expectReady(tabLabel: string) {
    await expect(this.readiness().getByRole('heading', { level: 2 })).toHaveText('Fasen er klar');
    await expect(this.readiness()).toContainText('Alt som trengs i denne fasen er på plass.');
    const tab = this.page.getByRole('navigation', { name: 'Samarbeidets sider' }).getByRole('link', { name: tabLabel });
    await expect(tab).toHaveAccessibleName(`${tabLabel} (klar)`);
  }

  async save(button: string, confirmation: string) {
    await this.page.getByRole('button', { name: button, exact: true }).click();
    await expect(this.page.getByRole('status').filter({ hasText: confirmation })).toBeVisible();
  }
}

export interface Goal {
  statement: string;
  indicator: string;
  baseline: string;
  target: string;
  deadline: string;
}

export class Innramming extends PhasePage {
  constructor(page: Page, id: string) {
    super(page, id, 'innramming');
  }

  async addGoal(n: number, g: Goal) {
    await this.page.getByRole('button', { name: 'Legg til mål' }).click();
    const goal = group(this.page, `Mål ${n}`);
    await goal.getByLabel('Målet', { exact: true }).fill(g.statement);
    await goal.getByLabel('Indikator', { exact: true }).fill(g.indicator);
    await goal.getByLabel('Utgangsverdi', { exact: true }).fill(g.baseline);
    await goal.getByLabel('Målverdi', { exact: true }).fill(g.target);
    await goal.getByLabel('Frist', { exact: true }).fill(g.deadline);
  }

  async economy(e: { budget: string; financing: string; hostAmount: string; hostNote: string }) {
    await this.page.getByLabel('Årsbudsjett').fill(e.budget);
    await this.page.getByLabel('Finansiering', { exact: true }).fill(e.financing);
    await this.page.getByLabel('Kompensasjon til vertskommunen').fill(e.hostAmount);
    await this.page.getByLabel('Beskrivelse av kompensasjonen').fill(e.hostNote);
  }

  /** Fixed shares in percent per member; returns the cost-share table for checks. */
  async fixedShares(shares: Record<string, string>) {
    await this.page.getByRole('radio', { name: 'Faste andeler' }).check();
    for (const [member, share] of Object.entries(shares)) await this.page.getByLabel(`Fast andel i prosent for ${member}`).fill(share);
    return this.page.getByRole('table', { name: 'Fordeling per deltaker' });
  }

  async benefits(benefits: Record<string, string>) {
    for (const [member, text] of Object.entries(benefits)) await this.page.getByLabel(`Forventet nytte for ${member}`).fill(text);
  }

  /** Ticks every item of the agreement checklist of the chosen legal form; returns how many. */
  async tickWholeChecklist() {
    const items = group(this.page, /^Innholdet i avtalen/).getByRole('checkbox');
    const count = await items.count();
    expect(count).toBeGreaterThan(5);
    for (let i = 0; i < count; i++) await items.nth(i).check();
    return count;
  }

  async reporting(r: { strategy: string; actionPlan: string; ownerStrategy: string }) {
    await this.page.getByLabel('Strategiplan').fill(r.strategy);
    await this.page.getByLabel('Handlingsplan').fill(r.actionPlan);
    await this.page.getByRole('checkbox', { name: 'Samarbeidet lager årsmelding' }).check();
    await this.page.getByRole('checkbox', { name: 'Samarbeidet fører og legger fram regnskap' }).check();
    await this.page.getByLabel('Eierstrategi eller eiermelding').fill(r.ownerStrategy);
    await expect(this.page.getByLabel('Måneder mellom evalueringene')).toHaveValue('12');
  }
}

export class Design extends PhasePage {
  constructor(page: Page, id: string) {
    super(page, id, 'design');
  }

  async legalForm(name: string, rationale: string) {
    await this.page.getByRole('radio', { name, exact: true }).check();
    await expect((await this.openComparison())).toContainText('(valgt)');
    await this.page.getByLabel('Begrunnelse for valget').fill(rationale);
  }

  /** Opens «Sammenlign formene» (its table loads when first opened) and returns the table's region. */
  async openComparison() {
    const region = this.page.getByRole('region', { name: /Sammenligning av organisasjonsformer/ });
    if (!(await region.isVisible())) await this.page.getByTestId('sammenlign-formene').getByText('Sammenlign formene', { exact: true }).click();
    await expect(region).toBeVisible();
    return region;
  }

  async roles(roles: Record<string, string>) {
    for (const [member, role] of Object.entries(roles)) await this.page.getByLabel(`Rolle for ${member}`).selectOption({ label: role });
  }

  async addBody(n: number, b: { name: string; kind: string; seats: Record<string, string>; rotatingChair: boolean }) {
    await this.page.getByRole('button', { name: 'Legg til organ' }).click();
    const body = group(this.page, `Organ ${n}`);
    await body.getByLabel('Navn', { exact: true }).fill(b.name);
    await body.getByLabel('Type organ').selectOption({ label: b.kind });
    const seats = group(body, 'Plasser per deltaker');
    for (const [member, count] of Object.entries(b.seats)) await seats.getByLabel(member, { exact: true }).fill(count);
    if (b.rotatingChair) await body.getByRole('checkbox', { name: 'Ledervervet går på omgang mellom deltakerne' }).check();
  }

  async leader(l: { name: string; title: string; recruitment: 'Intern' | 'Ekstern'; funding: string }) {
    const section = group(this.page, 'Operativ leder');
    await section.getByLabel('Navn', { exact: true }).fill(l.name);
    await section.getByLabel('Stilling', { exact: true }).fill(l.title);
    await section.getByRole('radio', { name: l.recruitment }).check();
    await section.getByLabel('Finansiering av stillingen').fill(l.funding);
  }

  /** Lines of the mandate under one of the three legends. */
  async mandate(level: 'Operativ leder bestemmer alene' | 'Krever administrativ forankring' | 'Krever politisk forankring', lines: string[]) {
    const list = group(this.page, level);
    for (const [j, line] of lines.entries()) {
      await list.getByRole('button', { name: 'Legg til beslutning' }).click();
      await list.getByLabel(`Beslutning ${j + 1}`, { exact: true }).fill(line);
    }
  }

  async workingMethods(text: string) {
    await this.page.getByLabel('Hvordan skal samarbeidet arbeide?').fill(text);
  }
}

export interface Sponsor {
  kind: 'politisk' | 'administrativ';
  name: string;
  title: string;
  leaderContact: string;
}

export class Stotte extends PhasePage {
  constructor(page: Page, id: string) {
    super(page, id, 'stotte');
  }

  async sponsors(member: string, sponsors: Sponsor[]) {
    const memberGroup = group(this.page, member);
    for (const [i, s] of sponsors.entries()) {
      await memberGroup.getByRole('button', { name: `Legg til ${s.kind} sponsor` }).click();
      const row = group(memberGroup, `Sponsor ${i + 1} for ${member}`);
      await expect(row.getByLabel('Navn', { exact: true })).toBeFocused();
      await row.getByLabel('Navn', { exact: true }).fill(s.name);
      await row.getByLabel('Tittel eller verv').fill(s.title);
      await row.getByLabel('Kontakt med operativ leder').fill(s.leaderContact);
    }
    await expect(memberGroup).toContainText('Har både politisk og administrativ sponsor');
  }

  async support(s: { practical: string; minimumFunding: string; community: string }) {
    await this.page.getByLabel('Praktisk støtte', { exact: true }).fill(s.practical);
    await this.page.getByLabel('Minimumsfinansiering', { exact: true }).fill(s.minimumFunding);
    await this.page.getByLabel('Fagmiljø for lederen (valgfritt)').fill(s.community);
  }
}

export interface InformationItem {
  content: string;
  timing: string;
  channel: string;
  responsible: string;
}

export class Deltakelse extends PhasePage {
  constructor(page: Page, id: string) {
    super(page, id, 'deltakelse');
  }

  async representation(member: string, count: string, contact: string) {
    const row = group(this.page, member);
    await row.getByLabel('Antall representanter').fill(count);
    await row.getByLabel('Kontaktperson').fill(contact);
  }

  /** The research's minimum in one go: årsmelding in kommunestyret, quarterly in formannskapet. */
  async addMinimumAnchoring() {
    await this.page.getByRole('button', { name: 'Legg til minimumet (2 punkter)' }).click();
    await expect(group(this.page, 'Forankringspunkt 1: Kommunestyret')).toBeVisible();
    await expect(group(this.page, 'Forankringspunkt 2: Formannskapet')).toBeVisible();
  }

  async addAnchoringPoint(n: number, p: { kind: string; level: string; body: string; frequency: string; description: string }) {
    await this.page.getByRole('button', { name: 'Legg til forankringspunkt' }).click();
    const point = group(this.page, `Forankringspunkt ${n}`);
    await expect(point.getByLabel('Organ', { exact: true })).toBeFocused();
    await point.getByLabel('Type', { exact: true }).selectOption({ label: p.kind });
    await point.getByLabel('Nivå', { exact: true }).selectOption({ label: p.level });
    await point.getByLabel('Hvor ofte').selectOption({ label: p.frequency });
    await point.getByLabel('Beskrivelse (valgfritt)').fill(p.description);
    await point.getByLabel('Organ', { exact: true }).fill(p.body); // renames the group, so last
  }

  /** The "nothing reaches the citizens" warning's own button, then what it leaves open. */
  async addCitizenItem(timing: string, responsible: string) {
    await this.page.getByRole('button', { name: 'Legg til tiltak for innbyggere' }).click();
    const item = group(this.page, /^Tiltak \d+: Innbyggere/);
    await expect(item.getByLabel('Innhold', { exact: true })).toBeFocused();
    await item.getByLabel('Når eller hvor ofte').fill(timing);
    await item.getByLabel('Ansvarlig').fill(responsible);
    await expect(this.page.getByRole('heading', { name: 'Planen når ikke innbyggerne' })).toHaveCount(0);
  }

  async addInformationItem(n: number, audience: string, i: InformationItem) {
    await this.page.getByRole('button', { name: 'Legg til tiltak', exact: true }).click();
    const item = group(this.page, new RegExp(`^Tiltak ${n}`));
    await item.getByLabel('Målgruppe').selectOption({ label: audience });
    await item.getByLabel('Innhold', { exact: true }).fill(i.content);
    await item.getByLabel('Når eller hvor ofte').fill(i.timing);
    await item.getByLabel('Kanal').fill(i.channel);
    await item.getByLabel('Ansvarlig').fill(i.responsible);
  }

  async informalContact(text: string) {
    await this.page.getByLabel('Ordning for uformell kontakt').fill(text);
  }
}

export class Virkemidler extends PhasePage {
  constructor(page: Page, id: string) {
    super(page, id, 'virkemidler');
  }

  matrix() {
    return this.page.getByRole('table', { name: 'Metastyringsmatrisen' });
  }

  async add(n: number, label: string, status: 'Planlagt' | 'Etablert') {
    await this.page.getByRole('button', { name: 'Legg til virkemiddel' }).click();
    const row = group(this.page, new RegExp(`^Virkemiddel ${n}`));
    await row.getByLabel('Virkemiddel', { exact: true }).selectOption({ label });
    await row.getByRole('radio', { name: status }).check();
  }
}
