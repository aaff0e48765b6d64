// The overview's table view and its switch, in the three languages: a row says in counts what
// the card writes out, the serious counts stand out in words (not by colour alone), and the
// lights give their full names and scores to screen readers.
import { describe, expect, it } from 'vitest';
import type { DashboardCard } from '@/lib/pure/dashboard/cards';
import type { CriterionScore } from '@/lib/pure/domain/legitimacy';
import { OverviewTable } from './overview-table';
import { ViewSwitch } from './view-switch';
import { renderIn as html, textOf as text } from '@/testing/render-in';
import { overviewWords as words } from './test-words';

const score = (value: number, light: CriterionScore['light']): CriterionScore => ({ score: value, light, indicators: [] });

const URGENT: DashboardCard = {
  id: 'c1',
  name: 'Agder Renovasjon IKS',
  state: 'drift',
  group: 'aktiv',
  memberCount: 3,
  next: { date: '2026-04-01', entries: [{ body: 'Kommunestyre', memberNames: ['Vennesla'], allMembers: false }] },
  lastHeld: null,
  overdueCount: 2,
  overdue: [{ body: 'Kommunestyre', dueDate: '2025-12-31', memberNames: ['Lillesand', 'Birkenes'] }],
  tasks: [
    { kind: 'vedtak', text: 'Vedtak mangler fra Lillesand.', status: 'Vedtak mangler fra Lillesand.', href: '/samarbeid/c1/vedtak', overdue: true },
    { kind: 'informasjon', text: 'Oppdater informasjonsplanen.', status: 'Informasjonsplanen er ikke oppdatert.', href: '/samarbeid/c1/informasjon', overdue: false },
  ],
  waiting: [],
  warnings: [
    { id: 'kostnad.fordelingsnokkel', trap: 'kostnad', severity: 'hoy', factRefs: [] },
    { id: 'understyring.ingen_politisk_sponsor', trap: 'understyring', severity: 'middels', factRefs: [] },
  ],
  scores: { input: score(91, 'groenn'), throughput: score(54, 'gul'), output: score(12, 'roed') },
};

const CALM: DashboardCard = {
  ...URGENT,
  id: 'c2',
  name: 'Vennesla barnevern',
  state: 'etablering',
  next: null,
  overdueCount: 0,
  overdue: [],
  tasks: [],
  waiting: [{ kind: 'sponsor', text: 'Sponsor mangler.', overdue: false }],
  warnings: [],
  scores: { input: { score: null, light: 'ukjent', indicators: [] }, throughput: score(80, 'groenn'), output: score(80, 'groenn') },
};

/** The markup of one row, by its test id. */
const row = (markup: string, id: string) => markup.slice(markup.indexOf(`data-testid="samarbeidsrad-${id}"`), markup.indexOf('</tr>', markup.indexOf(`samarbeidsrad-${id}`)));

describe('the overview as a table', () => {
  it('bokmål: one row per cooperation with its counts, the serious ones as danger text', () => {
    const markup = html('nb', <OverviewTable cards={[URGENT, CALM]} words={words('nb')} />);
    expect(markup).toContain('<caption class="ds-sr-only">Samarbeidene i arbeid, de med flest forfalte forankringer først</caption>');
    expect(text(markup)).toContain('Samarbeid Forankring Oppgaver Varsler Legitimitet');
    const urgent = row(markup, 'c1');
    expect(urgent).toContain('href="/samarbeid/c1"');
    expect(text(urgent)).toContain('Agder Renovasjon IKS Drift · 3 deltakere');
    expect(urgent).toContain('<div class="bb-urgent-text">2 forfalte forankringer</div><div>Neste: 01.04.2026</div>');
    expect(urgent).toContain('2 åpne oppgaver<div class="bb-urgent-text">1 oppgave over fristen</div>');
    expect(urgent).toContain('2 varsler<div class="bb-urgent-text">1 med høy alvorlighet</div>');
    expect(text(urgent)).toContain('Demokratisk forankring (input): Grønn (91 av 100)');
    expect(text(urgent)).toContain('Resultater: Rød Resultater (output): Rød (12 av 100)');
    expect(urgent).toContain('aria-label="Legitimitet for Agder Renovasjon IKS"');
    expect(urgent).toContain('bb-dot bb-dot-roed');

    const calm = row(markup, 'c2');
    expect(calm).not.toContain('bb-urgent-text');
    expect(text(calm)).toContain('Ingen planlagte forankringer');
    expect(text(calm)).toContain('Ingen oppgaver for deg.');
    expect(text(calm)).toContain('Ingen varsler');
    expect(text(calm)).toContain('Forankring: Ukjent Demokratisk forankring (input): Ukjent Åpenhet');
    expect(calm).not.toContain('(null');
    expect(markup).not.toContain('lang=');
  });

  it('nynorsk and English', () => {
    const nn = text(html('nn', <OverviewTable cards={[URGENT]} words={words('nn')} />));
    expect(nn).toContain('Oppgåver');
    expect(nn).toContain('1 med høg alvorsgrad');
    const en = text(html('en', <OverviewTable cards={[URGENT, CALM]} words={words('en')} />));
    expect(en).toContain('Cooperation Anchoring Tasks Warnings Legitimacy');
    expect(en).toContain('Next: Apr 1, 2026');
    expect(en).toContain('1 of high severity');
    expect(en).toContain('No warnings');
    expect(en).not.toMatch(/Ingen|Neste|alvorlighet/);
  });
});

describe('the switch between cards and table', () => {
  it('links to the other view, keeps the page, and marks the current one', () => {
    const markup = html('nb', <ViewSwitch view="tabell" page={3} words={words('nb')} />);
    expect(markup).toContain('href="/oversikt?visning=kort&amp;side=3"');
    expect(markup).toContain('aria-label="Vis samarbeidene som kort"');
    expect(markup).toContain('<span aria-current="true" class="font-semibold"><span aria-hidden="true">Tabell</span><span class="ds-sr-only">Vis samarbeidene som tabell</span></span>');
    expect(markup).not.toContain('href="/oversikt?visning=tabell');
    const first = html('en', <ViewSwitch view="kort" page={1} words={words('en')} />);
    expect(first).toContain('href="/oversikt?visning=tabell"');
    expect(text(first)).toContain('View: Cards');
  });
});
