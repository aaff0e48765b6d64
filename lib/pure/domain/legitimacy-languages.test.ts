// The structural indicators in nynorsk and English: the page passes the words of its language
// and gets the same scores with the language's labels and facts; without them they are bokmål.
// The facts' codes word a stored indicator again in another language; a stored indicator from
// before the codes is given as stored, flagged as bokmål.
import { createTranslator } from 'use-intl/core';
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import { LOCALES, type Locale } from '@/lib/pure/i18n/locales';
import { indicatorOf as indicator, NOW, occurrence, wellGovernedDossier } from '@/testing/fixtures/legitimacy';
import { explainedCriteria, explainedThresholds } from './calculation-explained';
import type { Dossier } from './dossier';
import { structuralScores, type StructuralScores } from './legitimacy';
import { indicatorExplanation, INDICATORS, type IndicatorId } from './legitimacy-indicators';
import { legitimacyWords, wordedCap, wordedIndicator, type LegitimacyT } from './legitimacy-words';
import { THRESHOLDS } from './thresholds';

/** A cooperation with something to say on every indicator: gaps, a late meeting, weak goals. */
function patchy(): Dossier {
  const d = wellGovernedDossier();
  d.members.push({ ...d.members[2]!, id: 'ev', name: 'Evje og Hornnes' });
  d.sponsors = d.sponsors.filter((s) => !(s.memberId === 'bi' && s.kind === 'politisk')).map((s, i) => (i === 0 ? { ...s, needsReconfirmation: true } : s));
  d.memberDecisions = d.memberDecisions.filter((m) => m.memberId !== 'bi');
  d.occurrences = [occurrence('aarsmelding', 'kr', '2024-06-30', 'ikke_holdt')];
  d.informationItems = d.informationItems.filter((i) => i.audience === 'politikere');
  d.design.mandate.administrative = [];
  d.design.leader.title = '';
  d.goals[1] = { ...d.goals[1]!, target: '' };
  d.evaluations = [{ id: 'e1', closedAt: '2024-01-20T12:00:00Z', decision: 'opprettholde', goalAttainment: [{ goalId: 'g1', mean: 2.25 }, { goalId: 'gx', mean: 1 }] }];
  d.bodyMeetings = d.bodyMeetings.map((m) => ({ ...m, documentsSentAt: m.date }));
  return d;
}

const words = (locale: Locale) => legitimacyWords(locale);
const all = (s: StructuralScores) => [...s.input.indicators, ...s.throughput.indicators, ...s.output.indicators];
const facts = (s: StructuralScores, id: string) => all(s).find((i) => i.id === id)!.facts;

describe('structural indicators in the page language', () => {
  it('are bokmål by default, the indicator table\'s words verbatim', () => {
    const d = patchy();
    expect(structuralScores(d, NOW)).toEqual(structuralScores(d, NOW, words('nb')));
    for (const [id, def] of Object.entries(INDICATORS)) {
      expect(indicatorExplanation(id as IndicatorId)).toBe(def.explanation);
      expect(wordedIndicator({ id, label: 'x', value: null, weight: 1, facts: [] }).label.text).toBe(def.label);
    }
  });

  it('speak nynorsk', () => {
    const s = structuralScores(patchy(), NOW, words('nn'));
    expect(indicator(s.input, 'input.sponsorer').label).toBe('Politisk og administrativ sponsor hos kvar deltakar');
    expect(facts(s, 'input.tilslutning')).toEqual(['2 av 4 deltakarar har vedteke tilslutning.', 'Vedtak manglar frå Birkenes og Evje og Hornnes.']);
    expect(facts(s, 'input.mandat')).toEqual(['Mandatet skildrar kva den operative leiaren avgjer sjølv og kva som krev politisk forankring.', 'Mandatet seier ikkje kva som krev administrativ forankring.']);
    expect(facts(s, 'output.maaloppnaaelse')).toEqual([
      'I evalueringa avslutta 20.01.2024 var snittet for måloppnåing 1,6 av 5 over 2 mål.',
      'Langt unna målet: «Kort ventetid» og «eit mål som seinare er fjerna».',
    ]);
    expect(facts(s, 'output.evaluering')).toEqual([
      'Siste evaluering vart avslutta 20.01.2024, for 13 månader sidan.',
      'Med evaluering kvar 12. månad skulle neste evaluering vore avslutta innan 20.01.2025.',
    ]);
    const capped = structuralScores({ ...wellGovernedDossier(), occurrences: [] }, NOW, words('nn')).input.cap!;
    expect(capped.reason).toBe('Inga formell forankring er halden dei siste 12 månadene, så demokratisk forankring kan ikkje bli grøn (høgst 69 poeng).');
  });

  it('speak English, with «and», English quotation marks, dates and decimals', () => {
    // The page's own translator (getTranslations) is a translator like this one.
    const t = createTranslator({ locale: 'en', messages: CATALOGUES.en, namespace: 'legitimitetstekst' }) as LegitimacyT;
    const s = structuralScores(patchy(), NOW, legitimacyWords('en', t));
    expect(indicator(s.throughput, 'throughput.saksdokumenter').label).toBe('Case documents sent out on time');
    expect(facts(s, 'input.sponsorer')).toEqual([
      '2 of 4 members have both a political and an administrative sponsor.',
      'No political sponsor in Birkenes and Evje og Hornnes.',
      'No administrative sponsor in Evje og Hornnes.',
    ]);
    expect(facts(s, 'output.maal')).toEqual(['1 of 2 goals have both an indicator and a target value.', 'Missing an indicator or a target value: “Fornøyde brukere”.']);
    expect(facts(s, 'output.maaloppnaaelse')[0]).toMatch(/^In the evaluation closed on .*2024, the mean goal attainment was 1\.6 of 5 across 2 goals\.$/);
    expect(facts(s, 'output.evaluering')[1]).toMatch(/^With an evaluation every 12 months, the next evaluation should have been closed by .*2025\.$/);
    expect(facts(s, 'throughput.informasjonsplan')).toEqual(['The information plan has measures aimed at politicians.', 'No measure in the information plan is aimed at the administration and residents.']);
  });

  it('cut long lists short in every language', () => {
    const d = patchy();
    d.members = Array.from({ length: 10 }, (_, i) => ({ ...d.members[0]!, id: `m${i}`, name: `K${i}` }));
    expect(facts(structuralScores(d, NOW), 'input.forankring_per_deltaker')[1]).toBe('Ingen formell forankring er holdt i K0, K1, K2, K3, K4, K5, K6, K7 og 2 til.');
    expect(facts(structuralScores(d, NOW, words('en')), 'input.forankring_per_deltaker')[1]).toBe('No formal anchoring has been held in K0, K1, K2, K3, K4, K5, K6, K7 and 2 more.');
  });

  it('a stored indicator is worded again by its codes, in any language', () => {
    const stored: StructuralScores = JSON.parse(JSON.stringify(structuralScores(patchy(), NOW)));
    for (const locale of LOCALES) {
      const direct = structuralScores(patchy(), NOW, words(locale));
      for (const [index, i] of all(stored).entries()) {
        const worded = wordedIndicator(i, words(locale));
        expect(worded.label).toEqual({ text: all(direct)[index]!.label, nb: false });
        expect(worded.facts).toEqual(all(direct)[index]!.facts.map((text) => ({ text, nb: false })));
      }
    }
    const cap = JSON.parse(JSON.stringify(structuralScores({ ...wellGovernedDossier(), occurrences: [] }, NOW).input.cap));
    expect(wordedCap(cap, words('en'))).toEqual({ text: 'No formal anchoring has been held in the last 12 months, so democratic anchoring cannot be green (at most 69 points).', nb: false });
  });

  it('a stored indicator from before the codes keeps its bokmål facts, marked as such on other pages', () => {
    const old = { id: 'input.sponsorer', label: 'Politisk og administrativ sponsor hos hver deltaker', value: 0.5, weight: 2, facts: ['1 av 2 deltakere har både politisk og administrativ sponsor.'] };
    expect(wordedIndicator(old, words('en'))).toEqual({
      label: { text: 'Political and administrative sponsor in each member', nb: false },
      facts: [{ text: '1 av 2 deltakere har både politisk og administrativ sponsor.', nb: true }],
    });
    expect(wordedIndicator(old).facts).toEqual([{ text: '1 av 2 deltakere har både politisk og administrativ sponsor.', nb: false }]);
    expect(wordedIndicator({ ...old, id: 'input.fjernet' }, words('nn')).label).toEqual({ text: old.label, nb: true });
    expect(wordedIndicator({ ...old, texts: [{ key: 'fact.finnesIkke' }] }, words('nn')).facts[0]!.nb).toBe(true);
    expect(wordedCap({ max: 69, reason: 'Gammel grunn.' }, words('en'))).toEqual({ text: 'Gammel grunn.', nb: true });
  });
});

describe('"Slik regnes det ut" in the page language', () => {
  it('bokmål by default: the indicator table and the thresholds verbatim', () => {
    const input = explainedCriteria().find((c) => c.criterion === 'input')!;
    expect(input.indicators[0]).toEqual({ id: 'input.tilslutning', ...pick(INDICATORS['input.tilslutning']) });
    expect(explainedThresholds()).toEqual(Object.values(THRESHOLDS).map((t) => ({ label: t.label, value: `${String(t.value).replace('.', ',')} ${t.unit}`, help: t.help })));
  });

  it('nynorsk and English', () => {
    const nn = explainedCriteria(words('nn')).find((c) => c.criterion === 'output')!;
    expect(nn.indicators.find((i) => i.id === 'output.operativ_leder')).toMatchObject({ label: 'Operativ leiar er på plass', explanation: 'Fullt ut når samarbeidet har ein operativ leiar registrert.' });
    const en = explainedCriteria(words('en')).find((c) => c.criterion === 'throughput')!;
    expect(en.indicators.map((i) => i.label)).toEqual(['The information plan reaches politicians, administration and residents', 'Minutes and decisions are published', 'Case documents sent out on time']);
    expect(en.totalWeight).toBe(explainedCriteria().find((c) => c.criterion === 'throughput')!.totalWeight);
    expect(explainedThresholds(words('en')).find((t) => t.label === 'Low mean in the evaluation')?.value).toBe('2.5 of 5');
    expect(explainedThresholds(words('nn')).find((t) => t.label === 'Lågt snitt i evalueringa')?.value).toBe('2,5 av 5');
  });
});

const pick = (d: (typeof INDICATORS)[IndicatorId]) => ({ label: d.label, weight: d.weight, basis: d.basis, explanation: d.explanation });
