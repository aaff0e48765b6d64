// The outcome of an evaluation: the round closes with a recommendation and a decision
// (seed 001: a cooperation is a means, and evaluation decides whether it is kept, changed or
// wound down). The lifecycle step that leaves «beslutning» carries these as event details;
// the runner's effect stores them on the round they conclude.

export const DECISIONS = ['opprettholde', 'redesign', 'avvikle'] as const;
export type Decision = (typeof DECISIONS)[number];

export const DECISION_LABELS: Record<Decision, string> = {
  opprettholde: 'Opprettholde samarbeidet',
  redesign: 'Endre samarbeidet (redesign)',
  avvikle: 'Avvikle samarbeidet',
};

/** The lifecycle event that carries out each decision. */
export const DECISION_EVENTS = {
  opprettholde: 'BESLUTT_OPPRETTHOLDE',
  redesign: 'BESLUTT_REDESIGN',
  avvikle: 'BESLUTT_AVVIKLE',
} as const satisfies Record<Decision, string>;

export type DecisionEvent = (typeof DECISION_EVENTS)[Decision];

export function decisionOfEvent(type: string): Decision | null {
  const found = DECISIONS.find((d) => DECISION_EVENTS[d] === type);
  return found ?? null;
}

/** What the step's details hold (all strings: details are kept in the event history as text). */
export interface DecisionDetails {
  summary: string;
  recommendation: Decision;
  recommendationNote: string;
  decisionNote: string;
  /** 'ja' when the summary may be shown on the public pages. */
  summaryPublic: 'ja' | 'nei';
}

export function decisionDetails(details: Record<string, string> | undefined): DecisionDetails | null {
  if (!details) return null;
  const recommendation = DECISIONS.find((d) => d === details.recommendation);
  if (!recommendation || !details.summary?.trim()) return null;
  return {
    summary: details.summary.trim(),
    recommendation,
    recommendationNote: details.recommendationNote?.trim() ?? '',
    decisionNote: details.decisionNote?.trim() ?? '',
    summaryPublic: details.summaryPublic === 'nei' ? 'nei' : 'ja',
  };
}
