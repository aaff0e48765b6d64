// Input legitimacy (democratic anchoring) indicators, seed 001 ch. 6.1: formal member
// decisions, sponsors, planned and held anchoring points, a conscious choice of form and
// a defined mandate for the operative leader. What happens now (anchoring held per member
// in the last year, sponsors confirmed since the election) weighs more than what was fixed
// when the cooperation was set up (legitimacy-indicators.ts has the weights), and a year in
// drift without formal anchoring caps the score below green (inputCap).

import { formalOccurrences, membersAnchored, runningForAYear } from './anchoring-facts';
import type { AnchoringOccurrence, Dossier, Member, MemberDecision } from './dossier';
import { addDays, formatDateNb, inWindow, lastTwelveMonths, type IsoDate } from './iso-date';
import type { Indicator, ScoreCap } from './legitimacy';
import { indicatorBase } from './legitimacy-indicators';
import { hasText, joinNb, joinSome } from './nb-text';
import { THRESHOLDS } from './thresholds';

/** Days after the due date an anchoring still counts as held on time. */
export const ANCHORING_GRACE_DAYS = THRESHOLDS.anchoringGraceDays.value;

export function inputIndicators(dossier: Dossier, today: IsoDate): Indicator[] {
  return [
    memberDecisions(dossier),
    sponsors(dossier),
    sponsorsConfirmed(dossier),
    anchoringPlanned(dossier),
    anchoringHeld(dossier, today),
    anchoringPerMember(dossier, today),
    legalFormChosen(dossier),
    mandateDefined(dossier),
  ];
}

/** A year in drift with no formal anchoring held in it: input cannot be green. */
export function inputCap(dossier: Dossier, today: IsoDate): ScoreCap | null {
  if (!runningForAYear(dossier, today)) return null;
  if (membersAnchored(dossier, lastTwelveMonths(today)).length > 0) return null;
  return {
    max: THRESHOLDS.inputCapWithoutAnchoring.value,
    reason: `Ingen formell forankring er holdt de siste 12 månedene, så demokratisk forankring kan ikke bli grønn (høyst ${THRESHOLDS.inputCapWithoutAnchoring.value} poeng).`,
  };
}

const names = (members: readonly Member[]) => joinNb(members.map((m) => m.name));

/** The member's latest decision counts: a later round (redesign) overrides the first. */
export function latestDecision(decisions: readonly MemberDecision[], memberId: string): MemberDecision | undefined {
  return decisions
    .filter((d) => d.memberId === memberId)
    .sort((a, b) => b.round - a.round || b.date.localeCompare(a.date))[0];
}

function memberDecisions(d: Dossier): Indicator {
  const base = indicatorBase('input.tilslutning');
  if (d.members.length === 0) return { ...base, value: null, facts: ['Samarbeidet har ingen registrerte deltakere.'] };
  const by = (outcome: MemberDecision['outcome'] | undefined) =>
    d.members.filter((m) => latestDecision(d.memberDecisions, m.id)?.outcome === outcome);
  const joined = by('tilslutning');
  const facts = [`${joined.length} av ${d.members.length} deltakere har vedtatt tilslutning.`];
  const none = by(undefined);
  if (none.length > 0) facts.push(`Vedtak mangler fra ${names(none)}.`);
  const rejected = by('avslag');
  if (rejected.length > 0) facts.push(`${names(rejected)} har sagt nei til samarbeidet.`);
  const postponed = by('utsatt');
  if (postponed.length > 0) facts.push(`${names(postponed)} har utsatt saken.`);
  return { ...base, value: joined.length / d.members.length, facts };
}

function sponsors(d: Dossier): Indicator {
  const base = indicatorBase('input.sponsorer');
  if (d.members.length === 0) return { ...base, value: null, facts: ['Samarbeidet har ingen registrerte deltakere.'] };
  const has = (m: Member, kind: 'politisk' | 'administrativ') =>
    d.sponsors.some((s) => s.memberId === m.id && s.kind === kind);
  const both = d.members.filter((m) => has(m, 'politisk') && has(m, 'administrativ'));
  const facts = [`${both.length} av ${d.members.length} deltakere har både politisk og administrativ sponsor.`];
  const noPolitical = d.members.filter((m) => !has(m, 'politisk'));
  if (noPolitical.length > 0) facts.push(`Politisk sponsor mangler i ${names(noPolitical)}.`);
  const noAdministrative = d.members.filter((m) => !has(m, 'administrativ'));
  if (noAdministrative.length > 0) facts.push(`Administrativ sponsor mangler i ${names(noAdministrative)}.`);
  return { ...base, value: both.length / d.members.length, facts };
}

function sponsorsConfirmed(d: Dossier): Indicator {
  const base = indicatorBase('input.sponsorer_bekreftet');
  if (d.sponsors.length === 0) return { ...base, value: null, facts: ['Samarbeidet har ingen sponsorer registrert.'] };
  const pending = d.sponsors.filter((s) => s.needsReconfirmation);
  const member = (id: string) => d.members.find((m) => m.id === id)?.name ?? 'tidligere deltaker';
  const facts =
    pending.length === 0
      ? ['Ingen sponsorer venter på ny bekreftelse etter et kommunevalg.']
      : [
          `${pending.length} av ${d.sponsors.length} sponsorer venter på ny bekreftelse etter valget.`,
          `Det gjelder ${joinSome(pending.map((s) => `${s.name} (${member(s.memberId)})`))}.`,
        ];
  return { ...base, value: (d.sponsors.length - pending.length) / d.sponsors.length, facts };
}

function anchoringPlanned(d: Dossier): Indicator {
  const base = indicatorBase('input.forankringspunkter');
  const formal = d.anchoringPoints.filter((p) => p.kind === 'formell');
  const political = formal.filter((p) => p.level === 'politisk').length;
  const administrative = formal.length - political;
  if (formal.length === 0) return { ...base, value: 0, facts: ['Ingen formelle forankringspunkter er planlagt.'] };
  const facts = [`Planlagte formelle forankringspunkter – politisk nivå: ${political}, administrativt nivå: ${administrative}.`];
  // Administrative anchoring alone leaves the councils without a say: half credit.
  if (political === 0) facts.push('Ingen formelle forankringspunkter er lagt til politisk nivå.');
  return { ...base, value: political > 0 ? 1 : 0.5, facts };
}

type Outcome = 'i_tide' | 'for_sent' | 'ikke_holdt' | 'utsatt' | 'apen' | 'venter';

function outcomeOf(o: AnchoringOccurrence, today: IsoDate): Outcome {
  const limit = addDays(o.dueDate, ANCHORING_GRACE_DAYS);
  switch (o.status) {
    case 'holdt':
      return o.heldDate !== null && o.heldDate <= limit ? 'i_tide' : 'for_sent';
    case 'ikke_holdt':
      return 'ikke_holdt';
    case 'utsatt':
      return 'utsatt';
    case 'planlagt':
      // Still inside the grace period: neither a success nor a failure yet.
      return today <= limit ? 'venter' : 'apen';
  }
}

// Ordered as shown to the user; the counts follow the sentence "x av y ... ble holdt i tide".
const OUTCOME_FACTS: Readonly<Record<Exclude<Outcome, 'i_tide'>, (n: number) => string>> = {
  for_sent: (n) => `${n} av dem ble holdt mer enn ${ANCHORING_GRACE_DAYS} dager etter fristen eller mangler dato for når de ble holdt.`,
  ikke_holdt: (n) => `${n} av dem ble ikke holdt.`,
  utsatt: (n) => `${n} av dem er utsatt.`,
  apen: (n) => `${n} av dem er ennå ikke registrert som holdt, over ${ANCHORING_GRACE_DAYS} dager etter fristen.`,
  venter: (n) =>
    `Forankringer med frist de siste ${ANCHORING_GRACE_DAYS} dagene som ennå ikke er registrert: ${n}. De telles med når ${ANCHORING_GRACE_DAYS} dager har gått.`,
};

function anchoringHeld(d: Dossier, today: IsoDate): Indicator {
  const base = indicatorBase('input.forankring_holdt');
  const window = lastTwelveMonths(today);
  const counts = new Map<Outcome, number>();
  for (const o of formalOccurrences(d)) {
    if (!inWindow(o.dueDate, window)) continue;
    const outcome = outcomeOf(o, today);
    counts.set(outcome, (counts.get(outcome) ?? 0) + 1);
  }
  const waiting = counts.get('venter') ?? 0;
  counts.delete('venter');
  const due = [...counts.values()].reduce((a, b) => a + b, 0);
  const onTime = counts.get('i_tide') ?? 0;
  const facts: string[] = [];
  if (due === 0) {
    facts.push(`Ingen formelle forankringer hadde frist mellom ${formatDateNb(addDays(window.after, 1))} og ${formatDateNb(today)}.`);
  } else {
    facts.push(`${onTime} av ${due} formelle forankringer med frist siste 12 måneder ble holdt i tide.`);
  }
  for (const outcome of ['for_sent', 'ikke_holdt', 'utsatt', 'apen'] as const) {
    const n = counts.get(outcome) ?? 0;
    if (n > 0) facts.push(OUTCOME_FACTS[outcome](n));
  }
  if (waiting > 0) facts.push(OUTCOME_FACTS.venter(waiting));
  return { ...base, value: due === 0 ? null : onTime / due, facts };
}

function anchoringPerMember(d: Dossier, today: IsoDate): Indicator {
  const base = indicatorBase('input.forankring_per_deltaker');
  if (!runningForAYear(d, today)) {
    return { ...base, value: null, facts: ['Samarbeidet har ikke vært i drift i ett år ennå, så et helt år med forankring kan ikke vurderes.'] };
  }
  if (d.members.length === 0) return { ...base, value: null, facts: ['Samarbeidet har ingen registrerte deltakere.'] };
  const anchored = membersAnchored(d, lastTwelveMonths(today));
  const facts = [`${anchored.length} av ${d.members.length} deltakere har hatt minst én formell forankring de siste 12 månedene.`];
  const missing = d.members.filter((m) => !anchored.includes(m));
  if (missing.length > 0) facts.push(`Ingen formell forankring er holdt i ${joinSome(missing.map((m) => m.name), 8)}.`);
  return { ...base, value: anchored.length / d.members.length, facts };
}

function legalFormChosen(d: Dossier): Indicator {
  const base = indicatorBase('input.organisasjonsform');
  if (!hasText(d.design.legalForm)) return { ...base, value: 0, facts: ['Organisasjonsform er ikke valgt.'] };
  if (!hasText(d.design.legalFormRationale)) {
    return { ...base, value: 0.5, facts: ['Organisasjonsform er valgt, men det står ikke hvorfor.'] };
  }
  return { ...base, value: 1, facts: ['Organisasjonsform er valgt og begrunnet.'] };
}

const MANDATE_LEVELS = [
  { key: 'alone', text: 'hva operativ leder avgjør selv' },
  { key: 'administrative', text: 'hva som krever administrativ forankring' },
  { key: 'political', text: 'hva som krever politisk forankring' },
] as const;

function mandateDefined(d: Dossier): Indicator {
  const base = indicatorBase('input.mandat');
  const defined = MANDATE_LEVELS.filter((l) => d.design.mandate[l.key].some((entry) => hasText(entry)));
  const missing = MANDATE_LEVELS.filter((l) => !defined.includes(l));
  const facts: string[] = [];
  if (defined.length > 0) facts.push(`Mandatet beskriver ${joinNb(defined.map((l) => l.text))}.`);
  if (missing.length > 0) facts.push(`Mandatet sier ikke ${joinNb(missing.map((l) => l.text))}.`);
  return { ...base, value: defined.length / MANDATE_LEVELS.length, facts };
}
