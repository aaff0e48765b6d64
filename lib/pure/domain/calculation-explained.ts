// "Slik regnes det ut": every weight and threshold behind the legitimacy lights, the warnings
// and the evaluation results, assembled from the very constants the computations use
// (legitimacy-indicators.ts, thresholds.ts, anonymity.ts, event-anchoring.ts, the warning
// rules), so the explanation cannot say one thing while the code does another. Pure data for
// the public page app/(public)/om/slik-regnes-det-ut, which words it in the visitor's language
// (catalogue namespace `utregning`): criteria, bases, traps and severities go out as keys.
// The indicators' and thresholds' names and help texts come in the language of the words given
// (namespace `legitimitetstekst`, bokmål by default); the warnings' and events' own names and
// help texts are the bokmål ones the signed-in pages show too.
import { MIN_GROUP_SIZE } from './anonymity';
import type { OccurrenceEvent } from './dossier';
import { EVENT_ANCHORING, type EventAnchoring } from './event-anchoring';
import type { Criterion } from './legitimacy';
import { indicatorExplanation, indicatorLabel, INDICATORS, type IndicatorBasis, type IndicatorDefinition, type IndicatorId } from './legitimacy-indicators';
import { BOKMAAL_LEGITIMACY, type LegitimacyKey, type LegitimacyWords } from './legitimacy-words';
import { points } from './perceived';
import { LIGHT_BANDS, THRESHOLDS, type ThresholdId } from './thresholds';
import { WARNING_RULES, type Severity, type Trap } from './warnings';

export interface ExplainedIndicator {
  id: string;
  label: string;
  weight: number;
  basis: IndicatorBasis;
  explanation: string;
}

export interface ExplainedCriterion {
  criterion: Criterion;
  indicators: ExplainedIndicator[];
  totalWeight: number;
  /** Share of the weight that follows the cooperation's life (løpende), in whole percent. */
  ongoingShare: number;
}

export function explainedCriteria(w: LegitimacyWords = BOKMAAL_LEGITIMACY): ExplainedCriterion[] {
  const criteria: Criterion[] = ['input', 'throughput', 'output'];
  return criteria.map((criterion) => {
    const indicators = (Object.entries(INDICATORS) as [string, IndicatorDefinition][])
      .filter(([, d]) => d.criterion === criterion)
      .map(([id, d]) => ({ id, label: indicatorLabel(id as IndicatorId, w), weight: d.weight, basis: d.basis, explanation: indicatorExplanation(id as IndicatorId, w) }));
    const total = indicators.reduce((n, i) => n + i.weight, 0);
    const ongoing = indicators.filter((i) => i.basis === ('loepende' satisfies IndicatorBasis)).reduce((n, i) => n + i.weight, 0);
    return {
      criterion,
      indicators,
      totalWeight: total,
      ongoingShare: Math.round((100 * ongoing) / total),
    };
  });
}

/** The numbers the page's rules name: the light bands, the scale's points, the anonymity floor, the input cap. */
export function explainedNumbers() {
  return {
    green: LIGHT_BANDS.green,
    yellow: LIGHT_BANDS.yellow,
    /** The highest yellow score: scores are whole points. */
    yellowTop: LIGHT_BANDS.green - 1,
    /** Points for the answers 1 to 5 on the evaluation's scale. */
    scalePoints: [points(1), points(2), points(3), points(4), points(5)] as const,
    minGroupSize: MIN_GROUP_SIZE,
    inputCap: THRESHOLDS.inputCapWithoutAnchoring.value,
  };
}

/** Every threshold with its name, value and help in the language of `w` (bokmål by default). */
export function explainedThresholds(w: LegitimacyWords = BOKMAAL_LEGITIMACY) {
  return (Object.entries(THRESHOLDS) as [ThresholdId, (typeof THRESHOLDS)[ThresholdId]][]).map(([id, t]) => {
    const word = (part: 'label' | 'unit' | 'help') => w.t(`terskel.${id}.${part}` as LegitimacyKey);
    // A decimal comma in Norwegian, a point in English.
    const value = w.locale === 'en' ? String(t.value) : String(t.value).replace('.', ',');
    return { label: word('label'), value: `${value} ${word('unit')}`, help: word('help') };
  });
}

export function explainedWarnings(): { id: string; trap: Trap; title: string; severity: Severity }[] {
  return WARNING_RULES.map((r) => ({ id: r.id, trap: r.trap, title: r.title, severity: r.severity }));
}

export function explainedEvents(): (EventAnchoring & { event: OccurrenceEvent })[] {
  return (Object.entries(EVENT_ANCHORING) as [OccurrenceEvent, EventAnchoring][]).map(([event, e]) => ({ event, ...e }));
}
