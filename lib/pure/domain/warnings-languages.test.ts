// The warnings in nynorsk and English: the page passes its language and gets the same warnings
// with the catalogue's words (`varsel`); a warning stored as codes (a dashboard summary, a
// closed round) is worded again in any language, and one stored before its facts had codes
// keeps its bokmål facts, marked as such.
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import { LOCALES } from '@/lib/pure/i18n/locales';
import { bodyDecision, findWarning, NOW, variantOf as variant, wellGovernedDossier } from '@/testing/fixtures/legitimacy';
import type { Dossier } from './dossier';
import { codedWarning, evaluateWarnings, PERCEIVED_FACTOR_LABELS, WARNING_RULES, wordWarning, wordWarningTitle, type Warning } from './warnings';
import { warningWords } from './warnings-words';

const nn = warningWords('nn');
const en = warningWords('en');
const inLanguage = (d: Dossier, id: string, words = nn) => evaluateWarnings(d, NOW, undefined, words).find((w) => w.id === id)!;

describe('warnings in the page language', () => {
  it('every rule has a title and advice in every language', () => {
    for (const locale of LOCALES) {
      const rules = CATALOGUES[locale].varsel.regel as Record<string, Record<string, { title: string; advice: string }>>;
      for (const r of WARNING_RULES) {
        const [trap, slug] = r.id.split('.') as [string, string];
        expect(rules[trap]?.[slug]?.title.length, `${locale} ${r.id}`).toBeGreaterThan(5);
        expect(rules[trap]?.[slug]?.advice.length, `${locale} ${r.id}`).toBeGreaterThan(80);
      }
    }
  });

  it('the bokmål factor labels are the catalogue’s', () => {
    expect(CATALOGUES.nb.varsel.faktor).toEqual(PERCEIVED_FACTOR_LABELS);
  });

  it('speak nynorsk', () => {
    const noSponsor = variant((w) => ({ sponsors: w.sponsors.filter((s) => s.kind === 'administrativ') }));
    const w = inLanguage(noSponsor, 'understyring.ingen_politisk_sponsor');
    expect(w.title).toBe('Deltakarar utan politisk sponsor');
    expect(w.facts).toEqual(['Ingen av dei 3 deltakarane har ein politisk sponsor: Kristiansand, Lillesand og Birkenes.']);
    expect(w.advice).toMatch(/^Ein politikar som tek eit særleg ansvar/);
    const prepared = variant(() => ({ bodyDecisions: [bodyDecision('b2', '2024-10-15', { title: 'Budsjett 2025', political: true, prepared: 'nei' })] }));
    expect(inLanguage(prepared, 'radmannsfellen.uten_administrativ_forberedelse').facts).toEqual([
      '«Budsjett 2025» (15.10.2024) vart ikkje førebudd administrativt i Kristiansand, Lillesand og Birkenes.',
    ]);
  });

  it('speak English, with dates, lists and the cost-share error in English', () => {
    const shares = variant((w) => ({ members: w.members.map((m) => (m.id === 'li' ? { ...m, population: null } : m)) }));
    expect(inLanguage(shares, 'kostnad.fordelingsnokkel', en)).toMatchObject({
      title: 'The cost allocation is not documented',
      facts: [expect.stringContaining('Lillesand'), 'The shares therefore cannot be calculated.'],
    });
    expect(inLanguage(shares, 'kostnad.fordelingsnokkel', en).facts[0]).toBe(
      CATALOGUES.en.innramming.form.table.errors.missing_population.replace('{names}', 'Lillesand'),
    );
    const reconfirm = variant((w) => ({
      sponsors: w.sponsors.map((s) => (s.memberId === 'li' && s.kind === 'politisk' ? { ...s, name: 'Ola Hansen', needsReconfirmation: true } : s)),
    }));
    expect(inLanguage(reconfirm, 'valg.sponsorer_ikke_bekreftet', en).facts).toEqual([
      'Sponsors awaiting re-confirmation after the election: 1.',
      'This concerns Ola Hansen (political, Lillesand).',
    ]);
    const gap = variant((w) => ({
      evaluations: [...w.evaluations, { id: 'e2', number: 2, closedAt: '2025-02-01T10:00:00Z', decision: null, perceived: { input: 44, throughput: 76, output: 100 } }],
    }));
    expect(inLanguage(gap, 'legitimitet.avstand_opplevd_strukturell', en).facts).toEqual([
      'Democratic anchoring (input): 44 points in evaluation round 2 (closed Feb 1, 2025), against 100 points from the data today – 56 points lower.',
    ]);
  });

  it('word the answers of a round in the language, the mean in its digits', () => {
    const noBenefit = variant((w) => ({ members: w.members.map((m) => ({ ...m, expectedBenefit: null })) }));
    const answers = { means: { egen_nytte: 2.4 }, roundLabel: 'evalueringsrunde 3' };
    expect(findWarning(noBenefit, 'likeverd.nytte_mangler', answers).facts).toContain('I evalueringsrunde 3 fikk «Min kommunes nytte» et snitt på 2,4 av 5.');
    const inNn = evaluateWarnings(noBenefit, NOW, answers, nn).find((w) => w.id === 'likeverd.nytte_mangler')!;
    expect(inNn.facts).toContain('I evalueringsrunde 3 fekk «Nytta for kommunen min» eit snitt på 2,4 av 5.');
    const inEn = evaluateWarnings(noBenefit, NOW, answers, en).find((w) => w.id === 'likeverd.nytte_mangler')!;
    expect(inEn.facts).toContain('In evaluation round 3, “My municipality\'s benefit” had an average of 2.4 out of 5.');
  });
});

describe('stored warnings', () => {
  const bad = () => variant(() => ({ sponsors: [], framing: { ...wellGovernedDossier().framing, costKey: null } }));

  it('as codes (a summary), after JSON, give exactly the bokmål warnings, and the same in nynorsk', () => {
    const fresh = evaluateWarnings(bad(), NOW);
    const stored = JSON.parse(JSON.stringify(fresh.map(codedWarning))) as ReturnType<typeof codedWarning>[];
    expect(JSON.stringify(stored)).not.toContain('fordelingsnøkkel for kostnadene');
    expect(stored.map((w) => wordWarning(w))).toEqual(fresh);
    expect(stored.map((w) => wordWarning(w, nn))).toEqual(evaluateWarnings(bad(), NOW, undefined, nn));
  });

  it('a round stored before the facts had codes keeps its bokmål facts, marked; title and advice follow the language', () => {
    const old: Warning = { ...evaluateWarnings(bad(), NOW)[0]!, factRefs: undefined };
    delete old.factRefs;
    const shown = wordWarning(JSON.parse(JSON.stringify(old)) as Warning, en);
    expect(shown.bokmaal).toBe('facts');
    expect(shown.facts).toEqual(old.facts);
    expect(shown.title).toBe(wordWarningTitle(old, en));
    expect(shown.title).not.toBe(old.title);
    const gone = wordWarning({ ...old, id: 'understyring.fjernet' }, en);
    expect(gone).toMatchObject({ bokmaal: 'all', title: old.title, advice: old.advice });
    expect(wordWarningTitle({ id: 'understyring.fjernet' }, en)).toBeNull();
  });
});
