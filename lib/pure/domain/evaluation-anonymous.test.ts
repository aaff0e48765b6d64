// The anonymity rule on every result view's input: built from real submissions through
// buildRoundResults, and read back from an older round's stored results.
import { describe, expect, it } from 'vitest';
import { isAnonymous } from './anonymity';
import { createTranslator } from 'use-intl/core';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import { ANONYMITY_NOTE, anonymityNote, anonymousResults } from './evaluation-anonymous';
import { buildRoundResults, type RoundResults } from './evaluation-results';
import { readyDossier, READY_MEMBER_IDS } from '@/testing/fixtures/domain';
import type { Answers, Submission } from './perceived';
import type { InvitationPerspective } from './questionnaire';

const NOW = new Date('2026-03-01T12:00:00Z');

function answers(value: 1 | 2 | 3 | 4 | 5, comment: string | null = null): Answers {
  return { statements: { apenhet: { value, comment }, egen_nytte: { value, comment: null } }, goals: {}, whatWorks: comment, whatToChange: null };
}

function round(submissions: Submission[]): RoundResults {
  const d = readyDossier();
  d.state = 'evaluering';
  d.startDate = '2024-01-01';
  return buildRoundResults({
    round: { id: 'r1', number: 1, questionnaireVersion: 1, openedAt: '2026-02-01T08:00:00Z' },
    dossier: d,
    invitations: submissions.map((s) => ({ perspective: s.perspective, memberId: s.memberId ?? null })),
    submissions,
    previous: null,
    now: NOW,
  });
}

const s = (perspective: InvitationPerspective, memberId: string | null, value: 1 | 2 | 3 | 4 | 5, comment: string | null = null): Submission => ({ perspective, memberId, answers: answers(value, comment) });
const { arendal, grimstad, lillesand } = READY_MEMBER_IDS;

describe('anonymousResults', () => {
  it('a one-person perspective is merged into «Øvrige», and its comment loses its role', () => {
    const results = anonymousResults(
      round([
        s('operativ_leder', arendal, 5, 'Lederen skriver dette.'),
        s('politisk_sponsor', grimstad, 1),
        s('administrativ_sponsor', lillesand, 1),
        s('radmannsteam', arendal, 3),
        s('radmannsteam', grimstad, 3),
        s('medlemsrepresentant', lillesand, 3),
      ]),
    );
    expect(results.perspectives.rows.map((r) => [r.label, r.respondents])).toEqual([
      ['Deltakerkommunene', 3],
      ['Øvrige', 3],
    ]);
    expect(results.perspectives.rows[1]!.includes).toEqual(['Operativ leder', 'Politiske sponsorer', 'Administrative sponsorer']);
    // The merged throughput is the mean of 100, 0 and 0 — the leader's 100 cannot be read off.
    expect(results.perspectives.rows[1]!.criteria.throughput).toBe(33);
    expect(results.statements.find((x) => x.id === 'apenhet')!.comments).toEqual([{ source: 'Øvrige', text: 'Lederen skriver dette.' }]);
    expect(results.whatWorks).toEqual([{ source: 'Øvrige', text: 'Lederen skriver dette.' }]);
    expect(isAnonymous(results.perspectives)).toBe(true);
  });

  it('per member municipality: groups under 3 merged or left out', () => {
    const results = anonymousResults(
      round([
        s('radmannsteam', arendal, 4),
        s('politisk_sponsor', arendal, 4),
        s('administrativ_sponsor', arendal, 4),
        s('radmannsteam', grimstad, 1),
        s('radmannsteam', lillesand, 2),
        s('politisk_sponsor', lillesand, 2),
        s('operativ_leder', null, 5),
      ]),
    );
    expect(results.members!.rows.map((r) => [r.label, r.respondents, r.includes])).toEqual([
      ['Arendal kommune', 3, ['Arendal kommune']],
      ['Øvrige', 3, ['Grimstad kommune', 'Lillesand kommune']],
    ]);
    expect(isAnonymous(results.members!)).toBe(true);
    // One member alone beside a large one: folded together, so the one cannot be subtracted out.
    const two = anonymousResults(round([s('radmannsteam', arendal, 4), s('politisk_sponsor', arendal, 4), s('administrativ_sponsor', arendal, 4), s('radmannsteam', grimstad, 1)]));
    expect(two.members!.rows.map((r) => [r.label, r.respondents])).toEqual([['Øvrige', 4]]);
  });

  it('with fewer than 3 respondents in all, no group is shown and comments carry no role', () => {
    const results = anonymousResults(round([s('operativ_leder', null, 5, 'Bare to svarte.'), s('politisk_sponsor', arendal, 1)]));
    expect(results.perspectives.rows).toEqual([]);
    expect(results.perspectives.hiddenRespondents).toBe(2);
    expect(results.whatWorks).toEqual([{ source: null, text: 'Bare to svarte.' }]);
  });

  it('comments are ordered by group and text, never by role', () => {
    const results = anonymousResults(
      round([s('operativ_leder', null, 5, 'Å – sist alfabetisk'), s('politisk_sponsor', null, 1, 'A – først alfabetisk'), s('administrativ_sponsor', null, 3, 'M – midt i')]),
    );
    expect(results.whatWorks.map((c) => c.text)).toEqual(['A – først alfabetisk', 'M – midt i', 'Å – sist alfabetisk']);
  });

  it('an older round (no merged groups stored) shows no group below 3 and no merged scores', () => {
    const stored = round([
      s('operativ_leder', null, 5, 'Gammel kommentar.'),
      s('politisk_sponsor', null, 1),
      s('administrativ_sponsor', null, 1),
      s('radmannsteam', null, 3),
      s('radmannsteam', null, 3),
      s('medlemsrepresentant', null, 3),
    ]);
    delete stored.groups;
    const results = anonymousResults(stored);
    expect(results.exactGroups).toBe(false);
    expect(results.members).toBeNull();
    expect(results.perspectives.rows.map((r) => [r.label, r.respondents, r.criteria.throughput])).toEqual([
      ['Deltakerkommunene', 3, 50],
      ['Øvrige', 3, null],
    ]);
    expect(isAnonymous(results.perspectives)).toBe(true);
    expect(results.whatWorks).toEqual([{ source: 'Øvrige', text: 'Gammel kommentar.' }]);
  });
});

describe('anonymityNote', () => {
  it('is bokmål by default, word for word as before', () => {
    expect(anonymityNote()).toBe(
      'Grupper med færre enn 3 svar vises ikke hver for seg. De er slått sammen til «Øvrige», eller utelatt når heller ikke de til sammen er 3. Kommentarer står bare med gruppen de kom fra når gruppen vises.',
    );
    expect(ANONYMITY_NOTE).toBe(anonymityNote());
  });

  it('follows the translator it is given (nynorsk, English)', () => {
    const nn = createTranslator({ locale: 'nn', messages: CATALOGUES.nn, namespace: 'evaluering.runde' });
    const en = createTranslator({ locale: 'en', messages: CATALOGUES.en, namespace: 'evaluering.runde' });
    expect(anonymityNote(nn)).toBe(
      'Grupper med færre enn 3 svar blir ikkje viste kvar for seg. Dei er slått saman til «Andre», eller utelatne når heller ikkje dei til saman er 3. Kommentarar står berre med gruppa dei kom frå når gruppa blir vist.',
    );
    expect(anonymityNote(en)).toMatch(/^Groups with fewer than 3 answers are not shown on their own\./);
  });
});
