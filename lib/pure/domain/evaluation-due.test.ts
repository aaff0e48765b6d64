import { describe, expect, it } from 'vitest';
import { evaluationDue } from './evaluation-due';
import { readyDossier } from '@/testing/fixtures/domain';

const at = (iso: string) => new Date(`${iso}T10:00:00Z`);

function running(patch: { startDate?: string | null; interval?: number; evaluations?: { id: string; closedAt: string | null }[] } = {}) {
  const d = readyDossier();
  d.state = 'drift';
  d.startDate = patch.startDate === undefined ? '2024-04-01' : patch.startDate;
  d.framing.evaluationIntervalMonths = patch.interval ?? 12;
  d.evaluations = (patch.evaluations ?? []).map((e) => ({ ...e, decision: null }));
  return d;
}

describe('evaluationDue', () => {
  it('counts the interval from the start of drift until the first evaluation', () => {
    expect(evaluationDue(running(), at('2025-03-31'))).toEqual({ due: false, dueDate: '2025-04-01', basis: 'oppstart', intervalMonths: 12, inProgress: false });
    expect(evaluationDue(running(), at('2025-04-01')).due).toBe(true);
  });

  it('counts from the last closed evaluation, with the framing’s interval', () => {
    const d = running({ interval: 24, evaluations: [{ id: 'e1', closedAt: '2025-05-20T12:00:00Z' }, { id: 'e2', closedAt: '2024-05-01T12:00:00Z' }] });
    expect(evaluationDue(d, at('2027-05-19'))).toMatchObject({ due: false, dueDate: '2027-05-20', basis: 'siste_evaluering', intervalMonths: 24 });
    expect(evaluationDue(d, at('2027-05-20')).due).toBe(true);
  });

  it('counts in Norwegian days: due from midnight in Norway, and a round closed after midnight closed the next day', () => {
    // 00:30 in Oslo on 1 April 2025 (summer time) is still 31 March in UTC.
    expect(evaluationDue(running(), new Date('2025-03-31T22:30:00Z')).due).toBe(true);
    expect(evaluationDue(running(), new Date('2025-03-31T21:59:59Z')).due).toBe(false);
    const late = running({ evaluations: [{ id: 'e1', closedAt: '2025-05-20T22:30:00Z' }] });
    expect(evaluationDue(late, at('2026-05-20'))).toMatchObject({ due: false, dueDate: '2026-05-21' });
  });

  it('falls back to 12 months when the interval is not a positive whole number', () => {
    expect(evaluationDue(running({ interval: 0 }), at('2025-01-01')).intervalMonths).toBe(12);
  });

  it('is not due while a round is open, outside drift, or before the start', () => {
    expect(evaluationDue(running({ evaluations: [{ id: 'e1', closedAt: null }] }), at('2026-01-01'))).toMatchObject({ due: false, inProgress: true });
    const evaluating = { ...running(), state: 'beslutning' as const };
    expect(evaluationDue(evaluating, at('2026-01-01')).due).toBe(false);
    expect(evaluationDue(running({ startDate: null }), at('2026-01-01'))).toEqual({ due: false, dueDate: null, basis: null, intervalMonths: 12, inProgress: false });
  });
});
