import { describe, expect, it } from 'vitest';
import { buildEvaluationReport, NO_RECOMMENDATION, NO_SUMMARY, NOT_DECIDED, reportFileName, signed } from './evaluation-report';
import { reportInput, reportResults } from './report-fixtures';

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

  it('shows each perspective with its response count and the change since the previous round where both exist', () => {
    expect(report.criteria.map((c) => c.short)).toEqual(['Forankring', 'Åpenhet', 'Resultater']);
    expect(report.perspectives).toEqual([
      { label: 'Operativ leder', responses: '1 av 1', scores: ['75 (+5)', '25 (−25)', '–'] },
      { label: 'Politiske sponsorer', responses: '1 av 2', scores: ['100', '50', '–'] },
      { label: 'Administrative sponsorer', responses: '0 av 1', scores: ['–', '–', '–'] },
      { label: 'Deltakerkommunene', responses: '1 av 1', scores: ['60 (0)', '60 (0)', '–'] },
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
    const results = reportResults();
    results.previous!.questionnaireVersion = 0;
    expect(buildEvaluationReport(reportInput({ results })).comparison?.caption).toBe('Sammenlignet med runde 1, lukket 10.03.2025, med en annen versjon av spørreskjemaet.');
  });

  it('gives each goal its measure, attainment and reported results', () => {
    expect(report.goals).toEqual([
      {
        statement: 'Kortere ventetid på legevakten',
        measure: 'Indikator: Median ventetid, utgangspunkt 75 minutter, mål 45 minutter, frist 31.12.2027.',
        attainment: '3,5 av 5',
        answers: '2 svar, 1 vet ikke',
        reportedResults: ['Operativ leder: «52 minutter (2025)»'],
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
    expect(NOT_DECIDED).toBe('Ikke besluttet ennå');
  });

  it('says the summary is not written yet when it is missing or blank', () => {
    for (const summary of [null, '   ']) {
      const r = buildEvaluationReport(reportInput({ outcome: { ...reportInput().outcome, summary } }));
      expect(r.summary).toEqual({ text: NO_SUMMARY, missing: true });
    }
  });

  it('has no comparison for a first round, and says so', () => {
    const results = { ...reportResults(), roundNumber: 1, previous: null };
    const first = buildEvaluationReport(reportInput({ results }));
    expect(first.comparison).toBeNull();
    expect(first.noComparison).toMatch(/første evalueringsrunde/);
    expect(first.perspectives[0]!.scores).toEqual(['75', '25', '–']);
    expect(first.title).toMatch(/runde 1$/);
  });

  it('handles a cooperation without members, form or goals and a round nobody was invited to', () => {
    const results = { ...reportResults(), goals: [], warnings: [], responses: { ...reportResults().responses, answered: 0, invited: 0 } };
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
  });
});
