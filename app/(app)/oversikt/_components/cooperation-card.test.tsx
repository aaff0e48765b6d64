// A dashboard card in the three languages: its words from the catalogue (oversikt, tilstand),
// the stored task texts worded in the page's language; bokmål as the e2e specs read it.
import { describe, expect, it } from 'vitest';
import type { DashboardCard } from '@/lib/pure/dashboard/cards';
import type { CriterionScore } from '@/lib/pure/domain/legitimacy';
import { CompactCard, CooperationCard } from './cooperation-card';
import { renderIn as html, textOf as text } from '@/testing/render-in';
import { overviewWords as words } from './test-words';

const unknown: CriterionScore = { score: null, light: 'ukjent', indicators: [] };

const CARD: DashboardCard = {
  id: 'c1',
  name: 'Agder Renovasjon IKS',
  state: 'drift',
  group: 'aktiv',
  memberCount: 3,
  next: { date: '2026-04-01', entries: [{ body: 'Kommunestyre', memberNames: ['Vennesla', 'Lillesand', 'Birkenes', 'Iveland'], allMembers: false }] },
  lastHeld: { id: 'o1', body: 'Formannskap', memberName: 'Vennesla kommune', date: '2026-01-10', dueDate: '2026-01-10', saksnummer: '26/12', minutesUrl: null },
  overdueCount: 1,
  overdue: [{ body: 'Kommunestyre', dueDate: '2025-12-31', memberNames: ['Lillesand'] }],
  tasks: [{ kind: 'vedtak', text: 'Vedtak mangler fra Lillesand.', status: 'Vedtak mangler fra Lillesand.', href: '/samarbeid/c1/vedtak', overdue: false }],
  waiting: [],
  warnings: [],
  scores: { input: unknown, throughput: unknown, output: unknown },
};


describe('the dashboard card in nb, nn and en', () => {
  it('bokmål as before', () => {
    const shown = text(html('nb', <CooperationCard card={CARD} words={words('nb')} />));
    expect(shown).toContain('Agder Renovasjon IKS 3 deltakere Drift');
    expect(shown).toContain('1 forfalt forankring');
    expect(shown).toContain('Neste 01.04.2026 : Kommunestyre i Vennesla, Lillesand, Birkenes og 1 til');
    expect(shown).toContain('Sist holdt 10.01.2026 : Formannskap i Vennesla kommune (saksnr. 26/12)');
    expect(shown).toContain('Forfalt Kommunestyre, frist 31.12.2025: Lillesand');
    expect(shown).toContain('Oppgaver • Vedtak mangler fra Lillesand.');
    expect(html('nb', <CooperationCard card={CARD} words={words('nb')} />)).not.toContain('lang=');
    expect(text(html('nb', <CompactCard card={{ ...CARD, memberCount: 1, state: 'utkast' }} words={words('nb')} />))).toBe('Agder Renovasjon IKS · 1 deltaker Utkast');
  });

  it('nynorsk', () => {
    const shown = text(html('nn', <CooperationCard card={CARD} words={words('nn')} />));
    expect(shown).toContain('3 deltakarar');
    expect(shown).toContain('1 forfallen forankring');
    expect(shown).toContain('Sist halden');
    expect(shown).toContain('Oppgåver');
  });

  it('English, the stored task text worded in English', () => {
    const markup = html('en', <CooperationCard card={CARD} words={words('en')} />);
    const shown = text(markup);
    expect(shown).toContain('3 members In operation');
    expect(shown).toContain('Next Apr 1, 2026');
    expect(shown).toContain('Kommunestyre in Vennesla, Lillesand, Birkenes and 1 more');
    expect(shown).toContain('1 overdue anchoring');
    expect(shown).toContain('Tasks • Decisions missing from Lillesand.');
    expect(markup).not.toContain('lang="nb"');
  });
});

describe("the card's warnings, stored as codes, in nb, nn and en", () => {
  const warned: DashboardCard = {
    ...CARD,
    warnings: [
      { id: 'understyring.ingen_politisk_sponsor', trap: 'understyring', severity: 'hoy', factRefs: [{ key: 'regel.understyring.ingen_politisk_sponsor.missing', values: { names: { list: ['Lillesand'], max: 8 } } }] },
      { id: 'storrelse.mange_deltakere', trap: 'storrelse', severity: 'lav', factRefs: [{ key: 'regel.storrelse.mange_deltakere.count', values: { count: 11 } }] },
    ],
  };

  it('words the titles and the high warnings’ facts in the page language, none marked bokmål', () => {
    const nb = html('nb', <CooperationCard card={warned} words={words('nb')} />);
    expect(text(nb)).toContain('Deltakere uten politisk sponsor Høy');
    expect(text(nb)).toContain('Lillesand har ingen politisk sponsor.');
    expect(text(nb)).toContain('Mange deltakere i et tjenestesamarbeid');
    const nn = html('nn', <CooperationCard card={warned} words={words('nn')} />);
    expect(text(nn)).toContain('Deltakarar utan politisk sponsor');
    expect(text(nn)).toContain('Lillesand har ingen politisk sponsor.');
    expect(text(nn)).toContain('Mange deltakarar i eit tenestesamarbeid');
    const en = html('en', <CooperationCard card={warned} words={words('en')} />);
    expect(text(en)).toContain('Members without a political sponsor');
    expect(text(en)).toContain('Lillesand has no political sponsor.');
    expect(text(en)).toContain('Many members in a service cooperation');
    for (const markup of [nn, en]) expect(markup).not.toContain('lang="nb"');
  });
});
