import { describe, expect, it } from 'vitest';
import { type Dossier } from './dossier';
import { emptyDossier } from './empty-dossier';
import { isBalanced, structuralScores } from './legitimacy';
import { joinSome, quoted } from './nb-text';
import { bodyMeeting, indicatorOf as indicator, indicatorValues as values, NOW, wellGovernedDossier } from '@/testing/fixtures/legitimacy';

describe('structuralScores — throughput, hand-worked', () => {
  const d = wellGovernedDossier();
  d.informationItems = [
    { id: 'p', audience: 'politikere', content: 'Status', timing: 'Årlig', channel: ' Publiserte  Referater ', place: null, responsible: 'Leder' },
    { id: 'm', audience: 'media', content: 'Pressemelding', timing: 'Ved behov', channel: 'nettside', place: null, responsible: 'Leder' },
  ];
  d.occurrences = [];
  d.bodyMeetings = [
    bodyMeeting('2024-04-01'),
    bodyMeeting('2024-08-01', { documentsSentDate: '2024-07-29' }), // 3 days before: late
    bodyMeeting('2025-03-15', { documentsSentDate: '2025-03-08' }), // exactly 7 days: in time
    bodyMeeting('2024-12-01', { documentsSentDate: null }), // not recorded: left out
    bodyMeeting('2024-03-15', { documentsSentDate: '2024-03-14' }), // outside the 12 months
  ];
  d.bodyDecisions = [];
  const throughput = structuralScores(d, NOW).throughput;

  it('computes every indicator', () => {
    expect(values(throughput)).toEqual({
      'throughput.informasjonsplan': 1 / 3,
      'throughput.publisering': 1,
      'throughput.saksdokumenter': 2 / 3,
    });
    // (2·⅓ + 1·1 + 1·⅔) / 4 = 0,583
    expect(throughput.score).toBe(58);
    expect(throughput.light).toBe('gul');
  });

  it('explains each indicator', () => {
    expect(indicator(throughput, 'throughput.informasjonsplan').facts).toEqual([
      'Informasjonsplanen har tiltak rettet mot politikere.',
      'Ingen tiltak i informasjonsplanen er rettet mot administrasjonen og innbyggere.',
    ]);
    expect(indicator(throughput, 'throughput.publisering').facts).toEqual(['Informasjonsplanen har publiserte referater som kanal.']);
    expect(indicator(throughput, 'throughput.saksdokumenter').facts).toEqual([
      '2 av 3 møter siste 12 måneder fikk saksdokumentene minst 7 dager før møtet.',
      'Sendt for sent: Samarbeidsutvalget 01.08.2024.',
      'Møter uten registrert utsendingsdato, som ikke er talt med: 1.',
    ]);
  });

  it('minutes linked from held occurrences count as publication; nothing at all gives 0', () => {
    const withLinks = { ...wellGovernedDossier(), informationItems: [] };
    expect(indicator(structuralScores(withLinks, NOW).throughput, 'throughput.publisering')).toMatchObject({
      value: 1,
      facts: ['Holdte forankringer med lenke til referat: 7.'],
    });
    const none = { ...withLinks, occurrences: [], bodyDecisions: [], bodyMeetings: [] };
    const t = structuralScores(none, NOW).throughput;
    expect(indicator(t, 'throughput.publisering').value).toBe(0);
    expect(indicator(t, 'throughput.saksdokumenter')).toMatchObject({
      value: null,
      facts: ['Samarbeidets organer har ikke registrert møter de siste 12 månedene.'],
    });
    expect(t.score).toBe(0); // (2·0 + 1·0) / 3
  });
});

describe('structuralScores — output, hand-worked', () => {
  const d = wellGovernedDossier();
  d.goals = [
    ...d.goals,
    { id: 'g3', statement: 'Færre unødige henvendelser', indicator: 'Andel henvendelser', baseline: '20 %', target: ' ', deadline: null },
  ];
  d.support = { ...d.support, minimumFunding: null };
  d.design = { ...d.design, leader: { ...d.design.leader, name: null } };
  d.evaluations = [
    { id: 'e0', closedAt: '2023-02-01T08:00:00Z', decision: 'opprettholde' },
    { id: 'e1', closedAt: '2024-02-10T08:00:00Z', decision: 'opprettholde' },
    { id: 'e2', closedAt: null, decision: null },
  ];
  const output = structuralScores(d, NOW).output;

  it('computes every indicator', () => {
    expect(values(output)).toEqual({
      'output.maal': 2 / 3,
      'output.maaloppnaaelse': null,
      'output.minimumsfinansiering': 1,
      'output.operativ_leder': 0,
      'output.evaluering': 0,
    });
    // (1·⅔ + 1·1 + 1·0 + 2·0) / 5 = 0,333
    expect(output.score).toBe(33);
    expect(output.light).toBe('roed');
    expect(isBalanced(structuralScores(d, NOW))).toBe(false);
  });

  it('explains each indicator', () => {
    expect(indicator(output, 'output.maal').facts).toEqual([
      '2 av 3 mål har både indikator og målverdi.',
      'Mangler indikator eller målverdi: «Færre unødige henvendelser».',
    ]);
    expect(indicator(output, 'output.minimumsfinansiering').facts).toEqual([
      'Det er beskrevet hvordan stillingen som operativ leder finansieres.',
    ]);
    expect(indicator(output, 'output.operativ_leder').facts).toEqual(['Samarbeidet har ingen operativ leder registrert.']);
    expect(indicator(output, 'output.evaluering').facts).toEqual([
      'Siste evaluering ble avsluttet 10.02.2024, for 13 måneder siden.',
      'Med evaluering hver 12. måned skulle neste evaluering vært avsluttet innen 10.02.2025.',
    ]);
  });

  it('evaluation: due on the interval date, overdue the day after; measured from the start without one', () => {
    const score = (startDate: string | null, interval = 12) =>
      indicator(
        structuralScores({ ...wellGovernedDossier(), evaluations: [], startDate, framing: { ...wellGovernedDossier().framing, evaluationIntervalMonths: interval } }, NOW)
          .output,
        'output.evaluering',
      );
    expect(score('2024-03-15').value).toBe(1);
    expect(score('2024-03-15').facts).toEqual([
      'Ingen evaluering er avsluttet siden samarbeidet startet 15.03.2024, for 12 måneder siden.',
      'Med evaluering hver 12. måned er neste evaluering ventet innen 15.03.2025.',
    ]);
    expect(score('2024-03-14').value).toBe(0);
    expect(score('2023-03-16', 24).value).toBe(1);
    expect(score(null)).toMatchObject({ value: null, facts: ['Samarbeidet er ikke i drift ennå, så ingen evaluering er forfalt.'] });
  });

  it('counts a single month in the singular', () => {
    const d = { ...wellGovernedDossier(), evaluations: [{ id: 'e', closedAt: '2025-02-01', decision: null }] };
    expect(indicator(structuralScores(d, NOW).output, 'output.evaluering').facts[0]).toBe(
      'Siste evaluering ble avsluttet 01.02.2025, for 1 måned siden.',
    );
  });

  it('no goals, no funding, no leader give 0', () => {
    const empty = emptyDossier('x', 'Tomt');
    expect(values(structuralScores(empty, NOW).output)).toEqual({
      'output.maal': 0,
      'output.maaloppnaaelse': null,
      'output.minimumsfinansiering': 0,
      'output.operativ_leder': 0,
      'output.evaluering': null,
    });
  });
});

describe('output.maaloppnaaelse: goal attainment from the latest evaluation', () => {
  const withRounds = (evaluations: Dossier['evaluations']) => indicator(structuralScores({ ...wellGovernedDossier(), evaluations }, NOW).output, 'output.maaloppnaaelse');

  it('uses the latest closed round with attainment answers, as (mean − 1) / 4', () => {
    const result = withRounds([
      { id: 'e0', closedAt: '2023-11-01T10:00:00Z', decision: 'opprettholde', goalAttainment: [{ goalId: 'g1', mean: 5 }] },
      { id: 'e1', closedAt: '2024-11-20T12:00:00Z', decision: null, goalAttainment: [{ goalId: 'g1', mean: 2 }, { goalId: 'g2', mean: 4 }, { goalId: 'gx', mean: null }] },
      { id: 'e2', closedAt: null, decision: null },
    ]);
    expect(result.value).toBe(0.5); // mean 3 -> (3 − 1) / 4
    expect(result.facts).toEqual([
      'I evalueringen avsluttet 20.11.2024 var snittet for måloppnåelse 3 av 5 over 2 mål.',
      'Langt unna målet: «Kort ventetid».',
    ]);
  });

  it('weighs twice what having indicators weighs: a cooperation with fine goals that are not reached scores low', () => {
    const d = { ...wellGovernedDossier(), evaluations: [{ id: 'e1', closedAt: '2024-11-20T12:00:00Z', decision: null, goalAttainment: [{ goalId: 'g1', mean: 1 }, { goalId: 'g2', mean: 1 }] }] };
    // (1·1 + 2·0 + 1 + 1 + 2·1) / 7 = 5 / 7
    expect(structuralScores(d, NOW).output.score).toBe(71);
    expect(withRounds([]).value).toBeNull();
  });
});

describe('joinSome', () => {
  it('lists up to five items and counts the rest', () => {
    expect(joinSome([])).toBe('');
    expect(joinSome(['A'].map(quoted))).toBe('«A»');
    expect(joinSome(['A', 'B', 'C'].map(quoted))).toBe('«A», «B» og «C»');
    expect(joinSome(['A', 'B', 'C', 'D', 'E', 'F', 'G'])).toBe('A, B, C, D, E og 2 til');
  });
});
