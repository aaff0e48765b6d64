// Input legitimacy (democratic anchoring) indicators, seed 001 ch. 6.1: formal member
// decisions, sponsors, planned and held anchoring points, a conscious choice of form and
// a defined mandate for the operative leader.

import type { AnchoringOccurrence, Dossier, Member, MemberDecision } from './dossier';
import { addDays, formatDateNb, inWindow, lastTwelveMonths, type IsoDate } from './iso-date';
import type { Indicator } from './legitimacy';
import { hasText, joinNb } from './nb-text';

/** Days after the due date an anchoring still counts as held on time. */
export const ANCHORING_GRACE_DAYS = 30;

export function inputIndicators(dossier: Dossier, today: IsoDate): Indicator[] {
  return [
    memberDecisions(dossier),
    sponsors(dossier),
    anchoringPlanned(dossier),
    anchoringHeld(dossier, today),
    legalFormChosen(dossier),
    mandateDefined(dossier),
  ];
}

const names = (members: readonly Member[]) => joinNb(members.map((m) => m.name));

/** The member's latest decision counts: a later round (redesign) overrides the first. */
export function latestDecision(decisions: readonly MemberDecision[], memberId: string): MemberDecision | undefined {
  return decisions
    .filter((d) => d.memberId === memberId)
    .sort((a, b) => b.round - a.round || b.date.localeCompare(a.date))[0];
}

function memberDecisions(d: Dossier): Indicator {
  const base = { id: 'input.tilslutning', label: 'Formelt vedtak om tilslutning i alle deltakere', weight: 2 };
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
  const base = { id: 'input.sponsorer', label: 'Politisk og administrativ sponsor hos hver deltaker', weight: 2 };
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

function anchoringPlanned(d: Dossier): Indicator {
  const base = { id: 'input.forankringspunkter', label: 'Formelle forankringspunkter er planlagt', weight: 1 };
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
  const base = {
    id: 'input.forankring_holdt',
    label: 'Formelle forankringspunkter holdt i tide siste 12 måneder',
    weight: 2,
  };
  const formal = new Set(d.anchoringPoints.filter((p) => p.kind === 'formell').map((p) => p.id));
  const window = lastTwelveMonths(today);
  const counts = new Map<Outcome, number>();
  for (const o of d.occurrences) {
    if (!formal.has(o.anchoringPointId) || !inWindow(o.dueDate, window)) continue;
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

function legalFormChosen(d: Dossier): Indicator {
  const base = { id: 'input.organisasjonsform', label: 'Bevisst valgt organisasjonsform', weight: 1 };
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
  const base = { id: 'input.mandat', label: 'Operativ leders handlingsrom er avklart på alle tre nivåer', weight: 1 };
  const defined = MANDATE_LEVELS.filter((l) => d.design.mandate[l.key].some((entry) => hasText(entry)));
  const missing = MANDATE_LEVELS.filter((l) => !defined.includes(l));
  const facts: string[] = [];
  if (defined.length > 0) facts.push(`Mandatet beskriver ${joinNb(defined.map((l) => l.text))}.`);
  if (missing.length > 0) facts.push(`Mandatet sier ikke ${joinNb(missing.map((l) => l.text))}.`);
  return { ...base, value: defined.length / MANDATE_LEVELS.length, facts };
}
