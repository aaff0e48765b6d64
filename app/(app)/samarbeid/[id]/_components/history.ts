// The cooperation's history as one list, newest first: lifecycle steps (workflow_events),
// saves of its forms (change_log, one entry per save with every field it changed) and
// corrections of member decisions (decision_corrections). Each entry carries the phrase it is
// shown with, in the reader's language (bokmål unless the page passes its words) (workflows/cooperation/history-phrases.ts, lib/pure/domain/history-kinds.ts).
import type { SaveGroup } from '@/db/queries/change-log';
import type { CorrectionEntry as StoredCorrection } from '@/db/queries/decision-corrections';
import { changeTitle, correctionTitle } from '@/lib/pure/domain/history-kinds';
import { decisionPurposes, stepPhrase } from '@/workflows/cooperation/history-phrases';
import type { Words } from '@/lib/pure/i18n/loose-words';

/** The historikk.steg and historikk.endring namespaces. */
export interface HistoryWords {
  steps: Words;
  changes: Words;
}

export interface FieldChangeView {
  field: string;
  old: string | null;
  new: string | null;
  public: boolean;
}

interface Common {
  key: string;
  at: Date;
  title: string;
  actorName: string;
}

export interface StepEntry extends Common {
  kind: 'step';
  detail: string | null;
  comment: string | null;
}

export interface ChangeEntry extends Common {
  kind: 'changes';
  changes: FieldChangeView[];
}

export interface CorrectionEntry extends Common {
  kind: 'correction';
  changes: FieldChangeView[];
  reason: string;
}

export type HistoryEntry = StepEntry | ChangeEntry | CorrectionEntry;

export interface StepRow {
  seq: number;
  eventType: string;
  fromState: unknown;
  toState: unknown;
  round: number | null;
  actorName: string;
  comment: string | null;
  createdAt: Date;
}

/**
 * The newest `limit` entries of every kind; `more` says whether older ones were left out
 * (fetch limit + 1 of the paged kinds). Steps come all at once: a cooperation takes a few a year.
 */
export function mergeHistory(
  steps: readonly StepRow[],
  saves: readonly SaveGroup[],
  corrections: readonly StoredCorrection[],
  limit: number,
  words?: HistoryWords,
): { entries: HistoryEntry[]; more: boolean } {
  const purposes = decisionPurposes(steps);
  const entries: HistoryEntry[] = [
    ...steps.map((s): StepEntry => {
      const phrase = stepPhrase({ ...s, purpose: purposes.get(s.seq) ?? null }, words?.steps);
      return { kind: 'step', key: `steg-${s.seq}`, at: s.createdAt, title: phrase.title, detail: phrase.detail, actorName: s.actorName, comment: s.comment };
    }),
    ...saves.map(
      (s): ChangeEntry => ({
        kind: 'changes',
        key: `lagring-${s.saveId}`,
        at: s.at,
        title: changeTitle(s.unit, words?.changes),
        actorName: s.actorName,
        changes: s.changes.map((c) => ({ field: c.field, old: c.oldValue, new: c.newValue, public: c.public })),
      }),
    ),
    ...corrections.map(
      (c): CorrectionEntry => ({
        kind: 'correction',
        key: `retting-${c.id}`,
        at: c.at,
        title: correctionTitle(c.memberName, c.round, words?.changes),
        actorName: c.actorName,
        changes: c.changes.map((change) => ({ ...change, public: false })),
        reason: c.reason,
      }),
    ),
  ].sort((a, b) => b.at.getTime() - a.at.getTime());
  return { entries: entries.slice(0, limit), more: entries.length > limit };
}
