// Structural legitimacy scores (domain.md section 4): input, throughput and output, each
// 0-100 from named indicators computed from the dossier. Every indicator carries the facts
// that raised or lowered it, so the UI can explain a score instead of just showing it.
// Perceived scores from evaluation answers are computed elsewhere and shown alongside.

import type { Dossier } from './dossier';
import { osloDateOf, type IsoDate } from './iso-date';
import { inputCap, inputIndicators } from './legitimacy-input';
import { outputIndicators, throughputIndicators } from './legitimacy-throughput-output';
import { BOKMAAL_LEGITIMACY, type LegitimacyText, type LegitimacyWords } from './legitimacy-words';
import { LIGHT_BANDS } from './thresholds';

export type Criterion = 'input' | 'throughput' | 'output';

export interface Indicator {
  /** Stable id, e.g. 'input.sponsorer'. */
  id: string;
  /** The label for the UI, in the language it was computed in (bokmål by default; stored rows: bokmål). */
  label: string;
  /** 0..1, or null when the indicator does not apply (yet) and is left out of the score. */
  value: number | null;
  /** Relative weight within its criterion. */
  weight: number;
  /** Sentences explaining what raised or lowered the value, in the language it was computed in. */
  facts: string[];
  /** The facts as codes (legitimacy-words.ts), one per fact; absent on rows stored before them. */
  texts?: LegitimacyText[];
}

export type TrafficLight = 'groenn' | 'gul' | 'roed' | 'ukjent';

/** A ceiling on a criterion's score whatever its indicators say, with the reason in words. */
export interface ScoreCap {
  max: number;
  reason: string;
  /** The reason as a code; absent on rows stored before it. */
  text?: LegitimacyText;
}

export interface CriterionScore {
  /** 0-100 (whole number), or null when no indicator applies. */
  score: number | null;
  light: TrafficLight;
  indicators: Indicator[];
  /** Set when a cap lowered the weighted score. */
  cap?: ScoreCap | null;
}

export type StructuralScores = Record<Criterion, CriterionScore>;

export const CRITERION_LABELS: Readonly<Record<Criterion, string>> = {
  input: 'Demokratisk forankring (input)',
  throughput: 'Åpenhet (throughput)',
  output: 'Resultater (output)',
};

export const TRAFFIC_LIGHT_LABELS: Readonly<Record<TrafficLight, string>> = {
  groenn: 'Grønn',
  gul: 'Gul',
  roed: 'Rød',
  ukjent: 'Ukjent',
};

export function trafficLight(score: number | null): TrafficLight {
  if (score === null || Number.isNaN(score)) return 'ukjent';
  if (score >= LIGHT_BANDS.green) return 'groenn';
  if (score >= LIGHT_BANDS.yellow) return 'gul';
  return 'roed';
}

/**
 * Weighted mean of the applicable indicators, rounded to a whole number of points; a cap,
 * when given and lower, replaces it (and is kept on the result so the UI can say why).
 */
export function criterionScore(indicators: Indicator[], cap: ScoreCap | null = null): CriterionScore {
  const applicable = indicators.filter((i): i is Indicator & { value: number } => i.value !== null);
  const totalWeight = applicable.reduce((sum, i) => sum + i.weight, 0);
  const weighted =
    totalWeight > 0 ? Math.round((100 * applicable.reduce((sum, i) => sum + i.weight * i.value, 0)) / totalWeight) : null;
  const capped = cap !== null && weighted !== null && weighted > cap.max;
  const score = capped ? cap.max : weighted;
  return { score, light: trafficLight(score), indicators, ...(capped ? { cap } : {}) };
}

/**
 * `now` is read as a UTC calendar day; windows such as "the last 12 months" end on it. Labels,
 * facts and cap reasons are in the language of `words` (bokmål by default), with their codes.
 */
export function structuralScores(dossier: Dossier, now: Date, words: LegitimacyWords = BOKMAAL_LEGITIMACY): StructuralScores {
  return structuralScoresOn(dossier, osloDateOf(now), words);
}

export function structuralScoresOn(dossier: Dossier, today: IsoDate, words: LegitimacyWords = BOKMAAL_LEGITIMACY): StructuralScores {
  return {
    input: criterionScore(inputIndicators(dossier, today, words), inputCap(dossier, today, words)),
    throughput: criterionScore(throughputIndicators(dossier, today, words)),
    output: criterionScore(outputIndicators(dossier, today, words)),
  };
}

/** Balanced only when all three criteria hold (green); the research's bottom line. */
export function isBalanced(scores: StructuralScores): boolean {
  return scores.input.light === 'groenn' && scores.throughput.light === 'groenn' && scores.output.light === 'groenn';
}
