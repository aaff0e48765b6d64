// "Slik regnes det ut": every weight and threshold behind the legitimacy lights, the warnings
// and the evaluation results, assembled from the very constants the computations use
// (legitimacy-indicators.ts, thresholds.ts, anonymity.ts, event-anchoring.ts, the warning
// rules), so the explanation cannot say one thing while the code does another. Pure data for
// the public page app/(public)/om/slik-regnes-det-ut.
import { MIN_GROUP_SIZE } from './anonymity';
import { EVENT_ANCHORING } from './event-anchoring';
import { CRITERION_LABELS, type Criterion } from './legitimacy';
import { BASIS_LABELS, INDICATORS, type IndicatorBasis, type IndicatorDefinition } from './legitimacy-indicators';
import { LIGHT_BANDS, THRESHOLDS } from './thresholds';
import { TRAP_LABELS, WARNING_RULES, type Severity } from './warnings';

export interface ExplainedIndicator {
  id: string;
  label: string;
  weight: number;
  basis: string;
  explanation: string;
}

export interface ExplainedCriterion {
  criterion: Criterion;
  label: string;
  indicators: ExplainedIndicator[];
  totalWeight: number;
  /** Share of the weight that follows the cooperation's life (løpende), in whole percent. */
  ongoingShare: number;
}

const SEVERITY_WORDS: Readonly<Record<Severity, string>> = { hoy: 'høy', middels: 'middels', lav: 'lav' };

export function explainedCriteria(): ExplainedCriterion[] {
  const criteria: Criterion[] = ['input', 'throughput', 'output'];
  return criteria.map((criterion) => {
    const indicators = (Object.entries(INDICATORS) as [string, IndicatorDefinition][])
      .filter(([, d]) => d.criterion === criterion)
      .map(([id, d]) => ({ id, label: d.label, weight: d.weight, basis: BASIS_LABELS[d.basis], explanation: d.explanation, raw: d.basis }));
    const total = indicators.reduce((n, i) => n + i.weight, 0);
    const ongoing = indicators.filter((i) => i.raw === ('loepende' satisfies IndicatorBasis)).reduce((n, i) => n + i.weight, 0);
    return {
      criterion,
      label: CRITERION_LABELS[criterion],
      indicators: indicators.map(({ raw: _raw, ...rest }) => rest),
      totalWeight: total,
      ongoingShare: Math.round((100 * ongoing) / total),
    };
  });
}

export const LIGHT_RULE = `Hvert kriterium får 0–100 poeng: det vektede snittet av indikatorene som gjelder (en indikator som ikke gjelder ennå, telles ikke med). Grønn er ${LIGHT_BANDS.green} poeng eller mer, gul fra ${LIGHT_BANDS.yellow} til ${LIGHT_BANDS.green - 1}, rød under ${LIGHT_BANDS.yellow}. Opplevde poeng fra evalueringene får de samme fargene.`;

export const PERCEIVED_RULE =
  'Et svar på skalaen gir poeng slik: 1 gir 0, 2 gir 25, 3 gir 50, 4 gir 75 og 5 gir 100. «Vet ikke» teller ikke. Hver som har svart, får sitt snitt per kriterium, og kriteriets poeng er snittet av dem, så alle som svarer, teller likt.';

export const ANONYMITY_RULE = `Ingen gruppe – et perspektiv eller en deltakerkommune – med færre enn ${MIN_GROUP_SIZE} svar vises for seg. Små grupper slås sammen til «Øvrige». Blir også «Øvrige» for liten, slås den minste av de andre gruppene inn, slik at ingen kan regne seg fram til en liten gruppe ved å trekke fra. Når heller ikke det gir ${MIN_GROUP_SIZE}, vises ingen grupper. Kommentarer står bare med gruppen når gruppen vises. Det samme gjelder på resultatsiden, i rapporten, i PDF-en og i CSV-filen.`;

export function explainedThresholds() {
  return Object.values(THRESHOLDS).map((t) => ({ label: t.label, value: `${String(t.value).replace('.', ',')} ${t.unit}`, help: t.help }));
}

export function explainedWarnings() {
  return WARNING_RULES.map((r) => ({ id: r.id, trap: TRAP_LABELS[r.trap], title: r.title, severity: SEVERITY_WORDS[r.severity] }));
}

export function explainedEvents() {
  return Object.values(EVENT_ANCHORING).map((e) => ({ label: e.label, months: e.months, standard: `${e.standard.body} (${e.standard.level} nivå, ${e.standard.kind})`, help: e.help }));
}
