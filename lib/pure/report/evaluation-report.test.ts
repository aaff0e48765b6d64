import { describe, expect, it } from 'vitest';
import { buildEvaluationReport, NO_RECOMMENDATION, NO_SUMMARY, NOT_DECIDED, reportFileName, reportLanguage, resultsFileName, signed } from './evaluation-report';
import { anonymousResults } from '@/lib/pure/domain/evaluation-anonymous';
import { reportInput, reportResults } from '@/testing/fixtures/report';
import { evaluateWarnings } from '@/lib/pure/domain/warnings';
import { NOW, variantOf } from '@/testing/fixtures/legitimacy';

const anon = (patch: Partial<ReturnType<typeof reportResults>> = {}) => anonymousResults({ ...reportResults(), ...patch });

describe('buildEvaluationReport', () => {
  const report = buildEvaluationReport(reportInput());

  it('names the cooperation and the round in the title, the date line and the file name', () => {
    expect(report.title).toBe('Evalueringsrapport: Legevakt Østre Agder – runde 2');
    expect(report.dateLine).toBe('Laget 02.04.2026');
    expect(report.fileName).toBe('evalueringsrapport-legevakt-ostre-agder-runde-2.pdf');
  });

  it('starts with the basics: form, host, members, the round and its response rate', () => {
    expect(report.facts).toEqual([
      { label: 'Samarbeid', value: 'Legevakt Østre Agder' },
      { label: 'Organisering', value: 'Vertskommunesamarbeid med felles folkevalgt nemnd' },
      { label: 'Vertskommune', value: 'Arendal kommune' },
      { label: 'Deltakere', value: 'Arendal kommune, Grimstad kommune og Åmli kommune' },
      { label: 'Evalueringsrunde', value: 'Runde 2, åpnet 01.02.2026 og lukket 01.03.2026' },
      { label: 'Svar', value: '3 av 5 inviterte sendte inn svar (60 %).' },
    ]);
  });

  it('carries the summary as written', () => {
    expect(report.summary).toEqual({ text: reportInput().outcome.summary, missing: false });
  });

  it('shows perceived and structural scores with their traffic-light words, and says why a score is missing', () => {
    expect(report.scores.map((s) => [s.label, s.perceived.text, s.structural.text, s.respondents])).toEqual([
      ['Demokratisk forankring (input)', '75 (grønn)', '72 (grønn)', '3 har svart'],
      ['Åpenhet (throughput)', '40 (gul)', '60 (gul)', '2 har svart'],
      ['Resultater (output)', 'Ingen svar', '35 (rød)', '0 har svart'],
    ]);
    expect(report.scores[2]!.structural.light).toBe('roed');
  });

  it('shows only groups of at least three respondents: the three single respondents together as «Øvrige»', () => {
    expect(report.criteria.map((c) => c.short)).toEqual(['Forankring', 'Åpenhet', 'Resultater']);
    expect(report.perspectives.rows).toEqual([{ label: 'Øvrige (Operativ leder, Politiske sponsorer og Deltakerkommunene)', responses: '3 av 5', scores: ['78', '45', '–'] }]);
    expect(report.perspectives.note).toMatch(/^Grupper med færre enn 3 svar vises ikke hver for seg/);
    expect(report.members).toMatchObject({ rows: [], empty: 'Ingen gruppe hadde nok svar til å vises per deltakerkommune.' });
    expect(report.members.note).toContain('2 svar er derfor ikke vist per deltakerkommune.');
    // The raw per-perspective scores of the single respondents appear nowhere in the report.
    expect(JSON.stringify(report)).not.toMatch(/"(Operativ leder|Politiske sponsorer|Deltakerkommunene)"/);
  });

  it('an older round without merged groups shows «Øvrige» without scores and says why', () => {
    const legacy = buildEvaluationReport(reportInput({ results: anon({ groups: undefined }) }));
    expect(legacy.perspectives.rows).toEqual([{ label: 'Øvrige (Operativ leder, Politiske sponsorer og Deltakerkommunene)', responses: '3 av 4', scores: ['–', '–', '–'] }]);
    expect(legacy.perspectives.note).toContain('Runden ble lukket før små grupper ble slått sammen');
    expect(legacy.members.empty).toBe('Resultater per deltakerkommune ble ikke tatt vare på for denne runden.');
  });

  it('includes the results of every statement and the trend across all rounds', () => {
    expect(report.statements).toEqual([
      { group: 'Åpenhet og informasjon (throughput)', rows: [{ label: 'Åpenhet om vedtak', text: 'Det er lett å se hva samarbeidet har bestemt.', mean: '3,5', points: '63', answers: '2 svar, 1 vet ikke', previous: '4' }] },
      { group: 'Nytte, kostnader og likeverd', rows: [{ label: 'Min kommunes nytte', text: 'Min kommune har nytte av samarbeidet.', mean: '–', points: '–', answers: '0 svar, 3 vet ikke', previous: '–' }] },
    ]);
    expect(report.trend).toEqual([
      { label: 'Runde 1 (10.03.2025)', perceived: ['70', '55', '–'], structural: ['80', '60', '50'] },
      { label: 'Runde 2 (01.03.2026)', perceived: ['75', '40', '–'], structural: ['72', '60', '35'] },
    ]);
  });

  it('compares with the previous round', () => {
    expect(report.comparison).toEqual({
      caption: 'Sammenlignet med runde 1, lukket 10.03.2025.',
      rows: [
        { label: 'Forankring', perceived: ['70', '75', '+5'], structural: ['80', '72', '−8'] },
        { label: 'Åpenhet', perceived: ['55', '40', '−15'], structural: ['60', '60', '0'] },
        { label: 'Resultater', perceived: ['–', '–', '–'], structural: ['50', '35', '+10'] },
      ],
    });
  });

  it('notes a changed questionnaire in the comparison', () => {
    const raw = reportResults();
    raw.previous!.questionnaireVersion = 0;
    expect(buildEvaluationReport(reportInput({ results: anonymousResults(raw) })).comparison?.caption).toBe('Sammenlignet med runde 1, lukket 10.03.2025, med en annen versjon av spørreskjemaet.');
  });

  it('gives each goal its measure, attainment and reported results', () => {
    expect(report.goals).toEqual([
      {
        statement: 'Kortere ventetid på legevakten',
        measure: 'Indikator: Median ventetid, utgangspunkt 75 minutter, mål 45 minutter, frist 31.12.2027.',
        attainment: '3,5 av 5',
        answers: '2 svar, 1 vet ikke',
        reportedResults: ['Øvrige: «52 minutter (2025)»'],
      },
      {
        statement: 'Færre vakter per lege',
        measure: 'Indikator: ingen, utgangspunkt –, mål –.',
        attainment: 'Ingen svar på skalaen',
        answers: '0 svar, 2 vet ikke',
        reportedResults: [],
      },
    ]);
  });

  it('keeps the warnings with their facts and what the research suggests', () => {
    expect(report.warnings).toEqual([
      {
        title: 'Understyring: ingen formell forankring på tolv måneder',
        severity: 'hoy',
        severityLabel: 'Høy alvorlighet',
        facts: ['Ingen formelle forankringspunkter er holdt i kommunestyrene det siste året.'],
        advice: 'Sett faste orienteringer i formannskapet, så eierne får styre samarbeidet.',
      },
    ]);
  });

  it('states the recommendation and the decision with their notes and date', () => {
    expect(report.outcome).toEqual({
      decided: true,
      decision: 'Opprettholde samarbeidet',
      decisionNote: 'Representantskapet sak 12/26',
      decidedAt: '20.03.2026',
      recommendation: 'Endre samarbeidet (redesign)',
      recommendationNote: 'Bytt til fast orientering i formannskapene.',
    });
  });

  it('says plainly when the round is not decided yet and nothing is recommended', () => {
    const undecided = buildEvaluationReport(
      reportInput({ outcome: { summary: null, recommendation: null, recommendationNote: 'glemt', decision: null, decisionNote: 'glemt', decidedAt: null } }),
    );
    expect(undecided.outcome).toEqual({ decided: false, decision: NOT_DECIDED, decisionNote: null, decidedAt: null, recommendation: NO_RECOMMENDATION, recommendationNote: null });
  });

  it('says the summary is not written yet when it is missing or blank', () => {
    for (const summary of [null, '   ']) {
      const r = buildEvaluationReport(reportInput({ outcome: { ...reportInput().outcome, summary } }));
      expect(r.summary).toEqual({ text: NO_SUMMARY, missing: true });
    }
  });

  it('has no comparison for a first round, and says so', () => {
    const first = buildEvaluationReport(reportInput({ results: anon({ roundNumber: 1, previous: null }) }));
    expect(first.comparison).toBeNull();
    expect(first.noComparison).toMatch(/første evalueringsrunde/);
    expect(first.trend).toEqual([]);
    expect(first.title).toMatch(/runde 1$/);
  });

  it('handles a cooperation without members, form or goals and a round nobody was invited to', () => {
    const results = anon({ goals: [], warnings: [], responses: { ...reportResults().responses, answered: 0, invited: 0 } });
    const bare = buildEvaluationReport(reportInput({ cooperation: { name: 'Nytt samarbeid', legalForm: null, members: [] }, results }));
    expect(bare.facts.map((f) => f.value)).toEqual(['Nytt samarbeid', 'Ikke valgt', 'Ingen registrert', 'Runde 2, åpnet 01.02.2026 og lukket 01.03.2026', 'Ingen var invitert til å svare.']);
    expect(bare.goals).toEqual([]);
    expect(bare.warnings).toEqual([]);
  });
});

describe('report helpers', () => {
  it('writes changes with a sign and a real minus', () => {
    expect([signed(5), signed(-3), signed(0), signed(null)]).toEqual(['+5', '−3', '0', '–']);
  });

  it('makes a file name without æøå, accents or spaces', () => {
    expect(reportFileName('Kárášjohka – Øvre Ålgård/Bærum', 3)).toBe('evalueringsrapport-karasjohka-ovre-algard-baerum-runde-3.pdf');
    expect(reportFileName('–––', 1)).toBe('evalueringsrapport-samarbeid-runde-1.pdf');
    expect(resultsFileName('Kárášjohka – Øvre Ålgård/Bærum', 3)).toBe('evalueringsresultater-karasjohka-ovre-algard-baerum-runde-3.csv');
  });
});

describe('buildEvaluationReport in nynorsk and English', () => {
  it('words the report in nynorsk, with Norwegian dates and numbers', () => {
    const report = buildEvaluationReport(reportInput(), reportLanguage('nn'));
    expect(report.title).toBe('Evalueringsrapport: Legevakt Østre Agder – runde 2');
    expect(report.dateLine).toBe('Laga 02.04.2026');
    expect(report.facts.map((f) => f.label)).toEqual(['Samarbeid', 'Organisering', 'Vertskommune', 'Deltakarar', 'Evalueringsrunde', 'Svar']);
    expect(report.facts[4]!.value).toBe('Runde 2, opna 01.02.2026 og lukka 01.03.2026');
    expect(report.facts[5]!.value).toBe('3 av 5 inviterte sende inn svar (60 %).');
    expect(report.scores.map((s) => [s.label, s.perceived.text, s.structural.text])).toEqual([
      ['Demokratisk forankring (input)', '75 (grøn)', '72 (grøn)'],
      ['Openheit (throughput)', '40 (gul)', '60 (gul)'],
      ['Resultat (output)', 'Ingen svar', '35 (raud)'],
    ]);
    expect(report.members.empty).toBe('Inga gruppe hadde nok svar til å bli vist per deltakarkommune.');
    expect(report.perspectives.rows[0]!.label).toBe('Andre (Operativ leiar, Politiske sponsorar og Deltakarkommunane)');
    expect(report.perspectives.note).toContain('slått saman til «Andre»');
    expect(report.outcome.decision).toBe('Vidareføre samarbeidet');
    expect(report.statements[0]!.rows[0]!.answers).toMatch(/^\d+ svar, \d+ veit ikkje$/);
    // The file name stays the same in every language.
    expect(report.fileName).toBe('evalueringsrapport-legevakt-ostre-agder-runde-2.pdf');
  });

  it('words the report in English, with English dates and a decimal point', () => {
    const report = buildEvaluationReport(reportInput(), reportLanguage('en'));
    expect(report.title).toBe('Evaluation report: Legevakt Østre Agder – round 2');
    expect(report.dateLine).toBe('Produced Apr 2, 2026');
    expect(report.facts).toContainEqual({ label: 'Members', value: 'Arendal kommune, Grimstad kommune and Åmli kommune' });
    expect(report.facts).toContainEqual({ label: 'Host municipality', value: 'Arendal kommune' });
    expect(report.facts).toContainEqual({ label: 'Responses', value: '3 of 5 invitees submitted a response (60%).' });
    expect(report.scores[0]!.perceived.text).toBe('75 (green)');
    expect(report.criteria.map((c) => c.short)).toEqual(['Anchoring', 'Transparency', 'Results']);
    expect(report.trend[0]!.label).toBe('Round 1 (Mar 10, 2025)');
    expect(report.outcome.decision).toBe('Continue the cooperation');
    expect(report.outcome.recommendation).toBe('Change the cooperation (redesign)');
    expect(report.perspectives.note).toMatch(/^Groups with fewer than 3 responses are not shown on their own/);
    expect(report.perspectives.rows[0]!.label).toBe('Others (Operational leader, Political sponsors and Member municipalities)');
    expect(JSON.stringify(report.goals)).toContain('Others: «52 minutter (2025)»');
    const means = report.statements.flatMap((g) => g.rows.map((r) => r.mean)).filter((m) => m !== '–');
    expect(means.some((m) => m.includes(','))).toBe(false);
  });
});

describe("the report's warnings", () => {
  const base = reportInput();
  const noSponsor = variantOf((w) => ({ sponsors: w.sponsors.filter((s) => s.kind === 'administrativ') }));
  const input = { ...base, results: { ...base.results, warnings: evaluateWarnings(noSponsor, NOW) } };

  it('are worded by their codes in the report language: bokmål as evaluated, nynorsk and English', () => {
    const id = 'understyring.ingen_politisk_sponsor';
    const nb = buildEvaluationReport(input).warnings.find((w) => w.title === 'Deltakere uten politisk sponsor')!;
    expect(nb.facts).toEqual(evaluateWarnings(noSponsor, NOW).find((w) => w.id === id)!.facts);
    const nn = buildEvaluationReport(input, reportLanguage('nn')).warnings.find((w) => w.title === 'Deltakarar utan politisk sponsor')!;
    expect(nn.facts).toEqual(['Ingen av dei 3 deltakarane har ein politisk sponsor: Kristiansand, Lillesand og Birkenes.']);
    const en = buildEvaluationReport(input, reportLanguage('en')).warnings.find((w) => w.title === 'Members without a political sponsor')!;
    expect(en.facts).toEqual(['None of the 3 members has a political sponsor: Kristiansand, Lillesand and Birkenes.']);
    expect(en.advice).toMatch(/^According to the research/);
  });
});
