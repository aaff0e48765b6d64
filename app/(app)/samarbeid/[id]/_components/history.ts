// The cooperation's history as one list, newest first: lifecycle steps (workflow_events) and
// saves of its forms (change_log, one entry per save with every field it changed).
import type { SaveGroup } from '@/db/queries/change-log';

export interface StepEntry {
  kind: 'step';
  key: string;
  at: Date;
  seq: number;
  eventType: string;
  fromState: unknown;
  toState: unknown;
  actorName: string;
  comment: string | null;
}

export interface ChangeEntry {
  kind: 'changes';
  key: string;
  at: Date;
  unit: string;
  actorName: string;
  changes: { section: string; field: string; old: string | null; new: string | null; public: boolean }[];
}

export type HistoryEntry = StepEntry | ChangeEntry;

interface StepRow {
  seq: number;
  eventType: string;
  fromState: unknown;
  toState: unknown;
  actorName: string;
  comment: string | null;
  createdAt: Date;
}

/** The newest `limit` entries of both kinds; `more` says whether older ones were left out (fetch limit + 1 saves). */
export function mergeHistory(steps: readonly StepRow[], saves: readonly SaveGroup[], limit: number): { entries: HistoryEntry[]; more: boolean } {
  const entries: HistoryEntry[] = [
    ...steps.map((s): StepEntry => ({ kind: 'step', key: `steg-${s.seq}`, at: s.createdAt, ...s })),
    ...saves.map(
      (s): ChangeEntry => ({
        kind: 'changes',
        key: `lagring-${s.saveId}`,
        at: s.at,
        unit: s.unit,
        actorName: s.actorName,
        changes: s.changes.map((c) => ({ section: c.section, field: c.field, old: c.oldValue, new: c.newValue, public: c.public })),
      }),
    ),
  ].sort((a, b) => b.at.getTime() - a.at.getTime());
  return { entries: entries.slice(0, limit), more: entries.length > limit };
}
