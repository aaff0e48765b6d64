// A stored summary must give exactly what building from the dossier gives: the card as each
// viewer sees it and the register row of each member municipality, after a trip through JSON
// (which is how it is stored).
import { describe, expect, it } from 'vitest';
import type { Dossier } from '@/lib/pure/domain/dossier';
import { READY_MEMBER_IDS, readyDossier } from '@/testing/fixtures/domain';
import { registerRow, rowFromBase } from '@/lib/pure/register/row';
import { buildCard, personalCard, type DashboardInput } from './cards';
import { isCurrentSummary, summarise, SUMMARY_FORMAT } from './summary';
import type { TaskKind } from './tasks';

const NOW = new Date('2026-03-15T10:00:00Z');

function input(change: (d: Dossier) => void = () => {}): DashboardInput {
  const d = readyDossier();
  d.state = 'drift';
  d.startDate = '2025-09-01';
  change(d);
  const occurrences = [
    { id: 'late', anchoringPointId: 'a-formannskap', memberId: READY_MEMBER_IDS.grimstad, dueDate: '2025-12-31', status: 'planlagt' as const, heldDate: null, saksnummer: null, minutesUrl: null, body: 'formannskap' },
    { id: 'next', anchoringPointId: 'a-formannskap', memberId: READY_MEMBER_IDS.arendal, dueDate: '2026-06-30', status: 'planlagt' as const, heldDate: null, saksnummer: null, minutesUrl: null, body: 'formannskap' },
  ];
  d.occurrences = occurrences;
  return { dossier: d, decisionRound: 1, occurrences, executions: [] };
}

const stored = (i: DashboardInput) => JSON.parse(JSON.stringify(summarise(i, NOW))) as unknown;

describe('cooperation summary', () => {
  const viewers: Record<string, (kind: TaskKind) => boolean> = {
    everyone: () => true,
    nobody: () => false,
    'sponsor tasks only': (kind) => kind === 'sponsor',
    'all but evaluation': (kind) => kind !== 'evaluering',
  };
  const cases: Record<string, (d: Dossier) => void> = {
    running: () => {},
    'sponsors to re-confirm': (d) => d.sponsors.forEach((s) => (s.needsReconfirmation = true)),
    ended: (d) => (d.state = 'avviklet'),
  };
  for (const [name, change] of Object.entries(cases)) {
    it(`gives each viewer the card built from the dossier (${name})`, () => {
      const summary = stored(input(change));
      expect(isCurrentSummary(summary)).toBe(true);
      if (!isCurrentSummary(summary)) return;
      for (const mayAct of Object.values(viewers)) expect(personalCard(summary.card, mayAct)).toEqual(buildCard(input(change), NOW, mayAct));
    });
    it(`gives each municipality's register the row built from the dossier (${name})`, () => {
      const summary = stored(input(change));
      if (!isCurrentSummary(summary)) throw new Error('not a summary');
      for (const kommunenummer of ['4203', '4202', '4215', '0301']) {
        const context = { kommunenummer, taskArea: 'Barnevern', isPublic: true, organisationNumber: '999888777' };
        expect(rowFromBase(summary.register, context)).toEqual(registerRow(input(change).dossier, context, NOW));
      }
    });
  }

  it('has tasks for someone in the cases above (the comparison is not between empty lists)', () => {
    const summary = summarise(input((d) => d.sponsors.forEach((s) => (s.needsReconfirmation = true))), NOW);
    expect(summary.card.tasks.map((t) => t.kind)).toContain('sponsor');
    expect(summary.card.waiting).toEqual([]);
    expect(summary.resource.memberKommunenummer.length).toBeGreaterThan(1);
  });

  it('treats a summary of another format, or anything else, as not current', () => {
    const summary = summarise(input(), NOW);
    expect(isCurrentSummary({ ...summary, format: SUMMARY_FORMAT + 1 })).toBe(false);
    expect(isCurrentSummary(null)).toBe(false);
    expect(isCurrentSummary('x')).toBe(false);
  });
});
