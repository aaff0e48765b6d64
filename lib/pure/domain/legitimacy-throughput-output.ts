// Throughput (openness, seed 001 ch. 6.2) and output (results, ch. 6.3) indicators:
// an information plan that reaches citizens too, published minutes, case documents in
// time (from the meetings of the cooperation's bodies); goals with indicators and the
// attainment the latest evaluation recorded, minimum funding, a leader, evaluation on time.

import { documentsTiming, meetingsIn, noticeDays } from './bodies';
import type { Audience, Dossier } from './dossier';
import { addMonths, formatDateNb, lastTwelveMonths, monthsBetween, toIsoDate, type IsoDate } from './iso-date';
import type { Indicator } from './legitimacy';
import { indicatorBase } from './legitimacy-indicators';
import { countNb, formatNumberNb, hasText, joinNb, joinSome, quoted } from './nb-text';

export function throughputIndicators(dossier: Dossier, today: IsoDate): Indicator[] {
  return [informationPlan(dossier), publishedMinutes(dossier), documentsInTime(dossier, today)];
}

export function outputIndicators(dossier: Dossier, today: IsoDate): Indicator[] {
  return [goals(dossier), goalAttainment(dossier), minimumFunding(dossier), leaderInPlace(dossier), evaluationOnSchedule(dossier, today)];
}

const KEY_AUDIENCES: readonly { audience: Audience; text: string }[] = [
  { audience: 'politikere', text: 'politikere' },
  { audience: 'administrasjon', text: 'administrasjonen' },
  { audience: 'innbyggere', text: 'innbyggere' },
];

function informationPlan(d: Dossier): Indicator {
  const base = indicatorBase('throughput.informasjonsplan');
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
  const base = indicatorBase('throughput.publisering');
  const planned = d.informationItems.some((i) => normalise(i.channel) === PUBLISHED_MINUTES_CHANNEL);
  const withMinutes = d.occurrences.filter((o) => o.status === 'holdt' && hasText(o.minutesUrl)).length;
  const ownMinutes = d.bodyMeetings.filter((m) => m.minutesPublished === true).length;
  const facts: string[] = [];
  if (planned) facts.push('Informasjonsplanen har publiserte referater som kanal.');
  if (withMinutes > 0) facts.push(`Holdte forankringer med lenke til referat: ${withMinutes}.`);
  if (ownMinutes > 0) facts.push(`Møter i samarbeidets organer med offentlig referat: ${ownMinutes}.`);
  if (facts.length === 0) {
    facts.push('Informasjonsplanen har ingen publisering av referater, ingen holdte forankringer har lenke til referat, og ingen referater fra samarbeidets møter er offentlige.');
  }
  return { ...base, value: planned || withMinutes > 0 || ownMinutes > 0 ? 1 : 0, facts };
}

function documentsInTime(d: Dossier, today: IsoDate): Indicator {
  const base = indicatorBase('throughput.saksdokumenter');
  const days = noticeDays(d);
  const meetings = meetingsIn(d, lastTwelveMonths(today));
  const timed = meetings.map((m) => ({ meeting: m, timing: documentsTiming(m, days) }));
  const known = timed.filter((t) => t.timing !== 'ukjent');
  const unknown = timed.length - known.length;
  if (known.length === 0) {
    const facts =
      meetings.length === 0
        ? ['Samarbeidets organer har ikke registrert møter de siste 12 månedene.']
        : [`Ingen av de ${meetings.length} møtene de siste 12 månedene har registrert når saksdokumentene ble sendt ut.`];
    return { ...base, value: null, facts };
  }
  const late = known.filter((t) => t.timing === 'for_sent');
  const facts = [`${known.length - late.length} av ${known.length} møter siste 12 måneder fikk saksdokumentene minst ${days} dager før møtet.`];
  if (late.length > 0) facts.push(`Sendt for sent: ${joinSome(late.map((t) => `${t.meeting.bodyName} ${formatDateNb(t.meeting.date)}`))}.`);
  if (unknown > 0) facts.push(`Møter uten registrert utsendingsdato, som ikke er talt med: ${unknown}.`);
  return { ...base, value: (known.length - late.length) / known.length, facts };
}

function goals(d: Dossier): Indicator {
  const base = indicatorBase('output.maal');
  if (d.goals.length === 0) return { ...base, value: 0, facts: ['Ingen mål er registrert.'] };
  const incomplete = d.goals.filter((g) => !hasText(g.indicator) || !hasText(g.target));
  const complete = d.goals.length - incomplete.length;
  const facts = [`${complete} av ${d.goals.length} mål har både indikator og målverdi.`];
  if (incomplete.length > 0) facts.push(`Mangler indikator eller målverdi: ${joinSome(incomplete.map((g) => quoted(g.statement)))}.`);
  return { ...base, value: complete / d.goals.length, facts };
}

/** The latest closed evaluation with answers on goal attainment, or null. */
function latestAttainment(d: Dossier) {
  return (
    d.evaluations
      .filter((e) => e.closedAt !== null && (e.goalAttainment ?? []).some((g) => g.mean !== null))
      .sort((a, b) => (a.closedAt! < b.closedAt! ? -1 : 1))
      .at(-1) ?? null
  );
}

function goalAttainment(d: Dossier): Indicator {
  const base = indicatorBase('output.maaloppnaaelse');
  const latest = latestAttainment(d);
  if (!latest) return { ...base, value: null, facts: ['Ingen avsluttet evaluering har svar om måloppnåelse ennå.'] };
  const answered = latest.goalAttainment!.filter((g): g is { goalId: string; mean: number } => g.mean !== null);
  const mean = answered.reduce((sum, g) => sum + g.mean, 0) / answered.length;
  const statement = (id: string) => d.goals.find((g) => g.id === id)?.statement ?? 'et mål som senere er fjernet';
  const facts = [
    `I evalueringen avsluttet ${formatDateNb(toIsoDate(latest.closedAt!))} var snittet for måloppnåelse ${formatNumberNb(mean)} av 5 over ${countNb(answered.length, 'mål', 'mål')}.`,
  ];
  const weak = answered.filter((g) => g.mean <= 2.5);
  if (weak.length > 0) facts.push(`Langt unna målet: ${joinSome(weak.map((g) => quoted(statement(g.goalId))))}.`);
  return { ...base, value: (mean - 1) / 4, facts };
}

function minimumFunding(d: Dossier): Indicator {
  const base = indicatorBase('output.minimumsfinansiering');
  const facts: string[] = [];
  if (hasText(d.support.minimumFunding)) facts.push('Minimumsfinansieringen av samarbeidet er beskrevet.');
  if (hasText(d.design.leader.funding)) facts.push('Det er beskrevet hvordan stillingen som operativ leder finansieres.');
  if (facts.length === 0) {
    return { ...base, value: 0, facts: ['Det står ikke hvordan samarbeidets grunndrift og operativ leder finansieres.'] };
  }
  return { ...base, value: 1, facts };
}

function leaderInPlace(d: Dossier): Indicator {
  const base = indicatorBase('output.operativ_leder');
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
  const base = indicatorBase('output.evaluering');
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
