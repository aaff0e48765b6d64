// Throughput (openness, seed 001 ch. 6.2) and output (results, ch. 6.3) indicators:
// an information plan that reaches citizens too, published minutes, case documents in
// time (from the meetings of the cooperation's bodies); goals with indicators and the
// attainment the latest evaluation recorded, minimum funding, a leader, evaluation on time.
// The facts are codes of the catalogue namespace `legitimitetstekst`, worded in the language
// given (bokmål by default).

import { documentsTiming, meetingsIn, noticeDays } from './bodies';
import type { Audience, Dossier } from './dossier';
import { addMonths, lastTwelveMonths, monthsBetween, toIsoDate, type IsoDate } from './iso-date';
import type { Indicator } from './legitimacy';
import { indicatorBase } from './legitimacy-indicators';
import { BOKMAAL_LEGITIMACY, dateValue, indicatorWith, list, quotedText, text, type LegitimacyText, type LegitimacyWords } from './legitimacy-words';
import { hasText } from './nb-text';

export function throughputIndicators(dossier: Dossier, today: IsoDate, w: LegitimacyWords = BOKMAAL_LEGITIMACY): Indicator[] {
  return [informationPlan(dossier, w), publishedMinutes(dossier, w), documentsInTime(dossier, today, w)];
}

export function outputIndicators(dossier: Dossier, today: IsoDate, w: LegitimacyWords = BOKMAAL_LEGITIMACY): Indicator[] {
  return [goals(dossier, w), goalAttainment(dossier, w), minimumFunding(dossier, w), leaderInPlace(dossier, w), evaluationOnSchedule(dossier, today, w)];
}

const KEY_AUDIENCES = ['politikere', 'administrasjon', 'innbyggere'] as const satisfies readonly Audience[];
type KeyAudience = (typeof KEY_AUDIENCES)[number];

function informationPlan(d: Dossier, w: LegitimacyWords): Indicator {
  const base = indicatorBase('throughput.informasjonsplan', w);
  const reached = KEY_AUDIENCES.filter((a) => d.informationItems.some((i) => i.audience === a));
  const missing = KEY_AUDIENCES.filter((a) => !reached.includes(a));
  const audiences = (as: readonly KeyAudience[]) => list(as.map((a) => text(`fact.audience.${a}`)));
  const facts: LegitimacyText[] = [];
  if (reached.length > 0) facts.push(text('fact.planReaches', { audiences: audiences(reached) }));
  if (missing.length > 0) facts.push(text('fact.planMisses', { audiences: audiences(missing) }));
  return indicatorWith(base, reached.length / KEY_AUDIENCES.length, facts, w);
}

export const PUBLISHED_MINUTES_CHANNEL = 'publiserte referater';

const normalise = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

function publishedMinutes(d: Dossier, w: LegitimacyWords): Indicator {
  const base = indicatorBase('throughput.publisering', w);
  const planned = d.informationItems.some((i) => normalise(i.channel) === PUBLISHED_MINUTES_CHANNEL);
  const withMinutes = d.occurrences.filter((o) => o.status === 'holdt' && hasText(o.minutesUrl)).length;
  const ownMinutes = d.bodyMeetings.filter((m) => m.minutesPublished === true).length;
  const facts: LegitimacyText[] = [];
  if (planned) facts.push(text('fact.minutesPlanned'));
  if (withMinutes > 0) facts.push(text('fact.minutesLinked', { count: withMinutes }));
  if (ownMinutes > 0) facts.push(text('fact.ownMinutes', { count: ownMinutes }));
  if (facts.length === 0) facts.push(text('fact.noMinutes'));
  return indicatorWith(base, planned || withMinutes > 0 || ownMinutes > 0 ? 1 : 0, facts, w);
}

function documentsInTime(d: Dossier, today: IsoDate, w: LegitimacyWords): Indicator {
  const base = indicatorBase('throughput.saksdokumenter', w);
  const days = noticeDays(d);
  const meetings = meetingsIn(d, lastTwelveMonths(today));
  const timed = meetings.map((m) => ({ meeting: m, timing: documentsTiming(m, days) }));
  const known = timed.filter((t) => t.timing !== 'ukjent');
  const unknown = timed.length - known.length;
  if (known.length === 0) {
    const facts = meetings.length === 0 ? [text('fact.noMeetings')] : [text('fact.noSendDates', { count: meetings.length })];
    return indicatorWith(base, null, facts, w);
  }
  const late = known.filter((t) => t.timing === 'for_sent');
  const facts = [text('fact.documentsOnTime', { onTime: known.length - late.length, known: known.length, days })];
  if (late.length > 0) {
    facts.push(text('fact.sentLate', { meetings: list(late.map((t) => text('fact.meeting', { body: t.meeting.bodyName, date: dateValue(t.meeting.date) })), 5) }));
  }
  if (unknown > 0) facts.push(text('fact.unknownSendDates', { count: unknown }));
  return indicatorWith(base, (known.length - late.length) / known.length, facts, w);
}

function goals(d: Dossier, w: LegitimacyWords): Indicator {
  const base = indicatorBase('output.maal', w);
  if (d.goals.length === 0) return indicatorWith(base, 0, [text('fact.noGoals')], w);
  const incomplete = d.goals.filter((g) => !hasText(g.indicator) || !hasText(g.target));
  const complete = d.goals.length - incomplete.length;
  const facts = [text('fact.goalsComplete', { complete, total: d.goals.length })];
  if (incomplete.length > 0) facts.push(text('fact.goalsIncomplete', { goals: list(incomplete.map((g) => quotedText(g.statement)), 5) }));
  return indicatorWith(base, complete / d.goals.length, facts, w);
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

function goalAttainment(d: Dossier, w: LegitimacyWords): Indicator {
  const base = indicatorBase('output.maaloppnaaelse', w);
  const latest = latestAttainment(d);
  if (!latest) return indicatorWith(base, null, [text('fact.noAttainment')], w);
  const answered = latest.goalAttainment!.filter((g): g is { goalId: string; mean: number } => g.mean !== null);
  const mean = answered.reduce((sum, g) => sum + g.mean, 0) / answered.length;
  const statement = (id: string) => {
    const goal = d.goals.find((g) => g.id === id);
    return goal ? quotedText(goal.statement) : text('quoted', { text: text('fact.removedGoal') });
  };
  // One decimal, as the sentence has always shown it; the catalogue formats it for the language.
  const facts = [text('fact.attainment', { date: dateValue(toIsoDate(latest.closedAt!)), mean: Math.round(mean * 10) / 10, count: answered.length })];
  const weak = answered.filter((g) => g.mean <= 2.5);
  if (weak.length > 0) facts.push(text('fact.farFromGoal', { goals: list(weak.map((g) => statement(g.goalId)), 5) }));
  return indicatorWith(base, (mean - 1) / 4, facts, w);
}

function minimumFunding(d: Dossier, w: LegitimacyWords): Indicator {
  const base = indicatorBase('output.minimumsfinansiering', w);
  const facts: LegitimacyText[] = [];
  if (hasText(d.support.minimumFunding)) facts.push(text('fact.fundingDescribed'));
  if (hasText(d.design.leader.funding)) facts.push(text('fact.leaderFundingDescribed'));
  if (facts.length === 0) return indicatorWith(base, 0, [text('fact.noFunding')], w);
  return indicatorWith(base, 1, facts, w);
}

function leaderInPlace(d: Dossier, w: LegitimacyWords): Indicator {
  const base = indicatorBase('output.operativ_leder', w);
  const name = d.design.leader.name;
  if (!hasText(name)) return indicatorWith(base, 0, [text('fact.noLeader')], w);
  const title = d.design.leader.title;
  const fact = hasText(title) ? text('fact.leaderIsTitled', { name: name.trim(), title: title.trim() }) : text('fact.leaderIs', { name: name.trim() });
  return indicatorWith(base, 1, [fact], w);
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

function evaluationOnSchedule(d: Dossier, today: IsoDate, w: LegitimacyWords): Indicator {
  const base = indicatorBase('output.evaluering', w);
  const last = lastClosedEvaluation(d);
  const reference = last ?? (d.startDate ? toIsoDate(d.startDate) : null);
  if (reference === null) return indicatorWith(base, null, [text('fact.notRunning')], w);
  const interval = evaluationIntervalMonths(d);
  const due = addMonths(reference, interval);
  const months = Math.max(0, monthsBetween(reference, today));
  const onSchedule = today <= due;
  const facts = [
    last ? text('fact.lastEvaluation', { date: dateValue(last), months }) : text('fact.noEvaluationSince', { date: dateValue(reference), months }),
    text(onSchedule ? 'fact.nextDue' : 'fact.overdue', { interval, date: dateValue(due) }),
  ];
  return indicatorWith(base, onSchedule ? 1 : 0, facts, w);
}
