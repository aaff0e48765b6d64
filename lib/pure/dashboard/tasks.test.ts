import { describe, expect, it } from 'vitest';
import { emptyDossier } from '@/lib/pure/domain/empty-dossier';
import { readyDossier } from '@/testing/fixtures/domain';
import { completeness } from '@/lib/pure/domain/completeness';
import { openTasks } from './tasks';

const context = { today: '2026-03-01', decisionRound: null, executions: [] };

describe('the follow-up task for missing phase data', () => {
  it('asks a running cooperation registered without phase data to complete it, naming the first item', () => {
    const d = { ...emptyDossier('c-1', 'Registrert IKS', readyDossier().members), state: 'drift' as const, startDate: '2025-09-01' };
    d.design.legalForm = 'iks';
    const { followUps, score } = completeness(d);
    const task = openTasks(d, context).find((t) => t.kind === 'fullfor');
    expect(task).toEqual({
      kind: 'fullfor',
      text: `${followUps[0]!.text} (og ${followUps.length - 1} punkter til). Samarbeidet er ${score} % komplett.`,
      status: `Samarbeidet er ${score} % komplett i Brobygger; ${followUps.length} punkter gjenstår.`,
      href: '/samarbeid/c-1',
      overdue: false,
      followUp: { ruleId: followUps[0]!.ruleId, more: followUps.length - 1, score },
    });
  });

  it('gives no such task to a complete cooperation, nor to one still being established', () => {
    expect(openTasks({ ...readyDossier(), state: 'drift', startDate: '2025-09-01' }, context).some((t) => t.kind === 'fullfor')).toBe(false);
    expect(openTasks({ ...emptyDossier('c-2', 'Utkast'), state: 'etablering' }, context).some((t) => t.kind === 'fullfor')).toBe(false);
  });
});
