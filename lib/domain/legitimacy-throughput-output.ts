// Throughput (openness, seed 001 ch. 6.2) and output (results, ch. 6.3) indicators:
// an information plan that reaches citizens too, published minutes, case documents in
// time; goals with indicators, minimum funding, an operative leader, evaluation on time.

import type { Audience, Dossier } from './dossier';
import { addMonths, formatDateNb, inWindow, lastTwelveMonths, monthsBetween, toIsoDate, type IsoDate } from './iso-date';
import type { Indicator } from './legitimacy';
import { countNb, hasText, joinNb, joinSome, quoted } from './nb-text';

export function throughputIndicators(dossier: Dossier, today: IsoDate): Indicator[] {
  return [informationPlan(dossier), publishedMinutes(dossier), documentsInTime(dossier, today)];
}

export function outputIndicators(dossier: Dossier, today: IsoDate): Indicator[] {
  return [goals(dossier), minimumFunding(dossier), leaderInPlace(dossier), evaluationOnSchedule(dossier, today)];
}

const KEY_AUDIENCES: readonly { audience: Audience; text: string }[] = [
  { audience: 'politikere', text: 'politikere' },
  { audience: 'administrasjon', text: 'administrasjonen' },
  { audience: 'innbyggere', text: 'innbyggere' },
];

function informationPlan(d: Dossier): Indicator {
  const base = {
    id: 'throughput.informasjonsplan',
    label: 'Informasjonsplanen når politikere, administrasjon og innbyggere',
    weight: 2,
  };
  const reached = KEY_AUDIENCES.filter((a) => d.informationItems.some((i) => i.audience === a.audience));
  const missing = KEY_AUDIENCES.filter((a) => !reached.includes(a));
  const facts: string[] = [];
  if (reached.length > 0) facts.push(`Informasjonsplanen har tiltak rettet mot ${joinNb(reached.map((a) => a.text))}.`);
  if (missing.length > 0) facts.push(`Ingen tiltak i informasjonsplanen er rettet mot ${joinNb(missing.map((a) => a.text))}.`);
  return { ...base, value: reached.length / KEY_AUDIENCES.length, facts };
}

export const PUBLISHED_MINUTES_CHANNEL = 'publiserte referater';

const normalise = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

function publishedMinutes(d: Dossier): Indicator {
  const base = { id: 'throughput.publisering', label: 'Referater og vedtak blir publisert', weight: 1 };
  const planned = d.informationItems.some((i) => normalise(i.channel) === PUBLISHED_MINUTES_CHANNEL);
  const withMinutes = d.occurrences.filter((o) => o.status === 'holdt' && hasText(o.minutesUrl)).length;
  const facts: string[] = [];
  if (planned) facts.push('Informasjonsplanen har publiserte referater som kanal.');
  if (withMinutes > 0) facts.push(`Holdte forankringer med lenke til referat: ${withMinutes}.`);
  if (facts.length === 0) {
    facts.push('Informasjonsplanen har ingen publisering av referater, og ingen holdte forankringer har lenke til referat.');
  }
  return { ...base, value: planned || withMinutes > 0 ? 1 : 0, facts };
}

function documentsInTime(d: Dossier, today: IsoDate): Indicator {
  const base = { id: 'throughput.saksdokumenter', label: 'Saksdokumenter sendt ut i tide', weight: 1 };
  const window = lastTwelveMonths(today);
  const recent = d.bodyDecisions.filter((b) => inWindow(b.date, window));
  if (recent.length === 0) {
    return { ...base, value: null, facts: ['Samarbeidets organer har ikke registrert vedtak de siste 12 månedene.'] };
  }
  const late = recent.filter((b) => !b.documentsSentInTime);
  const facts = [`${recent.length - late.length} av ${recent.length} saker siste 12 måneder hadde saksdokumentene ute i tide.`];
  if (late.length > 0) facts.push(`Sendt for sent: ${joinSome(late.map((b) => quoted(b.title)))}.`);
  return { ...base, value: (recent.length - late.length) / recent.length, facts };
}

function goals(d: Dossier): Indicator {
  const base = { id: 'output.maal', label: 'Mål med indikator og målverdi', weight: 2 };
  if (d.goals.length === 0) return { ...base, value: 0, facts: ['Ingen mål er registrert.'] };
  const incomplete = d.goals.filter((g) => !hasText(g.indicator) || !hasText(g.target));
  const complete = d.goals.length - incomplete.length;
  const facts = [`${complete} av ${d.goals.length} mål har både indikator og målverdi.`];
  if (incomplete.length > 0) facts.push(`Mangler indikator eller målverdi: ${joinSome(incomplete.map((g) => quoted(g.statement)))}.`);
  return { ...base, value: complete / d.goals.length, facts };
}

function minimumFunding(d: Dossier): Indicator {
  const base = { id: 'output.minimumsfinansiering', label: 'Minimumsfinansiering er avklart', weight: 1 };
  const facts: string[] = [];
  if (hasText(d.support.minimumFunding)) facts.push('Minimumsfinansieringen av samarbeidet er beskrevet.');
  if (hasText(d.design.leader.funding)) facts.push('Det er beskrevet hvordan stillingen som operativ leder finansieres.');
  if (facts.length === 0) {
    return { ...base, value: 0, facts: ['Det står ikke hvordan samarbeidets grunndrift og operativ leder finansieres.'] };
  }
  return { ...base, value: 1, facts };
}

function leaderInPlace(d: Dossier): Indicator {
  const base = { id: 'output.operativ_leder', label: 'Operativ leder er på plass', weight: 1 };
  const name = d.design.leader.name;
  if (!hasText(name)) return { ...base, value: 0, facts: ['Samarbeidet har ingen operativ leder registrert.'] };
  const title = hasText(d.design.leader.title) ? ` (${d.design.leader.title.trim()})` : '';
  return { ...base, value: 1, facts: [`Operativ leder er ${name.trim()}${title}.`] };
}

/** The latest closed evaluation as a calendar day, or null. */
export function lastClosedEvaluation(d: Dossier): IsoDate | null {
  const closed = d.evaluations.flatMap((e) => (e.closedAt ? [toIsoDate(e.closedAt)] : []));
  return closed.sort().at(-1) ?? null;
}

export function evaluationIntervalMonths(d: Dossier): number {
  const months = d.framing.evaluationIntervalMonths;
  return Number.isInteger(months) && months > 0 ? months : 12;
}

function evaluationOnSchedule(d: Dossier, today: IsoDate): Indicator {
  const base = { id: 'output.evaluering', label: 'Evaluering gjennomført etter planen', weight: 2 };
  const last = lastClosedEvaluation(d);
  const reference = last ?? (d.startDate ? toIsoDate(d.startDate) : null);
  if (reference === null) {
    return { ...base, value: null, facts: ['Samarbeidet er ikke i drift ennå, så ingen evaluering er forfalt.'] };
  }
  const interval = evaluationIntervalMonths(d);
  const due = addMonths(reference, interval);
  const ago = countNb(Math.max(0, monthsBetween(reference, today)), 'måned', 'måneder');
  const facts = [
    last
      ? `Siste evaluering ble avsluttet ${formatDateNb(last)}, for ${ago} siden.`
      : `Ingen evaluering er avsluttet siden samarbeidet startet ${formatDateNb(reference)}, for ${ago} siden.`,
  ];
  const onSchedule = today <= due;
  facts.push(
    onSchedule
      ? `Med evaluering hver ${interval}. måned er neste evaluering ventet innen ${formatDateNb(due)}.`
      : `Med evaluering hver ${interval}. måned skulle neste evaluering vært avsluttet innen ${formatDateNb(due)}.`,
  );
  return { ...base, value: onSchedule ? 1 : 0, facts };
}
