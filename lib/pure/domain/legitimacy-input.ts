// Input legitimacy (democratic anchoring) indicators, seed 001 ch. 6.1: formal member
// decisions, sponsors, planned and held anchoring points, a conscious choice of form and
// a defined mandate for the operative leader. What happens now (anchoring held per member
// in the last year, sponsors confirmed since the election) weighs more than what was fixed
// when the cooperation was set up (legitimacy-indicators.ts has the weights), and a year in
// drift without formal anchoring caps the score below green (inputCap). The facts are codes of
// the catalogue namespace `legitimitetstekst`, worded in the language given (bokmål by default).

import { formalOccurrences, membersAnchored, runningForAYear } from './anchoring-facts';
import type { AnchoringOccurrence, Dossier, Member, MemberDecision } from './dossier';
import { addDays, inWindow, lastTwelveMonths, type IsoDate } from './iso-date';
import type { Indicator, ScoreCap } from './legitimacy';
import { indicatorBase } from './legitimacy-indicators';
import { BOKMAAL_LEGITIMACY, dateValue, indicatorWith, list, text, wordText, type LegitimacyText, type LegitimacyWords } from './legitimacy-words';
import { hasText } from './nb-text';
import { THRESHOLDS } from './thresholds';

/** Days after the due date an anchoring still counts as held on time. */
export const ANCHORING_GRACE_DAYS = THRESHOLDS.anchoringGraceDays.value;

export function inputIndicators(dossier: Dossier, today: IsoDate, w: LegitimacyWords = BOKMAAL_LEGITIMACY): Indicator[] {
  return [
    memberDecisions(dossier, w),
    sponsors(dossier, w),
    sponsorsConfirmed(dossier, w),
    anchoringPlanned(dossier, w),
    anchoringHeld(dossier, today, w),
    anchoringPerMember(dossier, today, w),
    legalFormChosen(dossier, w),
    mandateDefined(dossier, w),
  ];
}

/** A year in drift with no formal anchoring held in it: input cannot be green. */
export function inputCap(dossier: Dossier, today: IsoDate, w: LegitimacyWords = BOKMAAL_LEGITIMACY): ScoreCap | null {
  if (!runningForAYear(dossier, today)) return null;
  if (membersAnchored(dossier, lastTwelveMonths(today)).length > 0) return null;
  const max = THRESHOLDS.inputCapWithoutAnchoring.value;
  const code = text('cap.input', { max });
  return { max, reason: wordText(code, w), text: code };
}

const names = (members: readonly Member[]) => list(members.map((m) => m.name));

/** The member's latest decision counts: a later round (redesign) overrides the first. */
export function latestDecision(decisions: readonly MemberDecision[], memberId: string): MemberDecision | undefined {
  return decisions
    .filter((d) => d.memberId === memberId)
    .sort((a, b) => b.round - a.round || b.date.localeCompare(a.date))[0];
}

const NO_MEMBERS = () => [text('fact.noMembers')];

function memberDecisions(d: Dossier, w: LegitimacyWords): Indicator {
  const base = indicatorBase('input.tilslutning', w);
  if (d.members.length === 0) return indicatorWith(base, null, NO_MEMBERS(), w);
  const by = (outcome: MemberDecision['outcome'] | undefined) =>
    d.members.filter((m) => latestDecision(d.memberDecisions, m.id)?.outcome === outcome);
  const joined = by('tilslutning');
  const facts = [text('fact.joined', { joined: joined.length, total: d.members.length })];
  const none = by(undefined);
  if (none.length > 0) facts.push(text('fact.decisionMissing', { names: names(none) }));
  const rejected = by('avslag');
  if (rejected.length > 0) facts.push(text('fact.rejected', { names: names(rejected) }));
  const postponed = by('utsatt');
  if (postponed.length > 0) facts.push(text('fact.postponed', { names: names(postponed) }));
  return indicatorWith(base, joined.length / d.members.length, facts, w);
}

function sponsors(d: Dossier, w: LegitimacyWords): Indicator {
  const base = indicatorBase('input.sponsorer', w);
  if (d.members.length === 0) return indicatorWith(base, null, NO_MEMBERS(), w);
  const has = (m: Member, kind: 'politisk' | 'administrativ') =>
    d.sponsors.some((s) => s.memberId === m.id && s.kind === kind);
  const both = d.members.filter((m) => has(m, 'politisk') && has(m, 'administrativ'));
  const facts = [text('fact.bothSponsors', { both: both.length, total: d.members.length })];
  const noPolitical = d.members.filter((m) => !has(m, 'politisk'));
  if (noPolitical.length > 0) facts.push(text('fact.noPolitical', { names: names(noPolitical) }));
  const noAdministrative = d.members.filter((m) => !has(m, 'administrativ'));
  if (noAdministrative.length > 0) facts.push(text('fact.noAdministrative', { names: names(noAdministrative) }));
  return indicatorWith(base, both.length / d.members.length, facts, w);
}

function sponsorsConfirmed(d: Dossier, w: LegitimacyWords): Indicator {
  const base = indicatorBase('input.sponsorer_bekreftet', w);
  if (d.sponsors.length === 0) return indicatorWith(base, null, [text('fact.noSponsors')], w);
  const pending = d.sponsors.filter((s) => s.needsReconfirmation);
  const member = (id: string) => d.members.find((m) => m.id === id)?.name ?? text('fact.formerMember');
  const facts =
    pending.length === 0
      ? [text('fact.noneAwaiting')]
      : [
          text('fact.awaiting', { pending: pending.length, total: d.sponsors.length }),
          text('fact.concerns', { names: list(pending.map((s) => text('fact.sponsorOf', { name: s.name, member: member(s.memberId) })), 5) }),
        ];
  return indicatorWith(base, (d.sponsors.length - pending.length) / d.sponsors.length, facts, w);
}

function anchoringPlanned(d: Dossier, w: LegitimacyWords): Indicator {
  const base = indicatorBase('input.forankringspunkter', w);
  const formal = d.anchoringPoints.filter((p) => p.kind === 'formell');
  const political = formal.filter((p) => p.level === 'politisk').length;
  const administrative = formal.length - political;
  if (formal.length === 0) return indicatorWith(base, 0, [text('fact.noFormalPoints')], w);
  const facts = [text('fact.plannedPoints', { political, administrative })];
  // Administrative anchoring alone leaves the councils without a say: half credit.
  if (political === 0) facts.push(text('fact.noPoliticalPoints'));
  return indicatorWith(base, political > 0 ? 1 : 0.5, facts, w);
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
const outcomeFact = (outcome: Exclude<Outcome, 'i_tide'>, count: number): LegitimacyText =>
  text(`fact.outcome.${outcome}`, { count, grace: ANCHORING_GRACE_DAYS });

function anchoringHeld(d: Dossier, today: IsoDate, w: LegitimacyWords): Indicator {
  const base = indicatorBase('input.forankring_holdt', w);
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
  const facts: LegitimacyText[] = [];
  if (due === 0) {
    facts.push(text('fact.noneDue', { from: dateValue(addDays(window.after, 1)), to: dateValue(today) }));
  } else {
    facts.push(text('fact.heldOnTime', { onTime, due }));
  }
  for (const outcome of ['for_sent', 'ikke_holdt', 'utsatt', 'apen'] as const) {
    const n = counts.get(outcome) ?? 0;
    if (n > 0) facts.push(outcomeFact(outcome, n));
  }
  if (waiting > 0) facts.push(outcomeFact('venter', waiting));
  return indicatorWith(base, due === 0 ? null : onTime / due, facts, w);
}

function anchoringPerMember(d: Dossier, today: IsoDate, w: LegitimacyWords): Indicator {
  const base = indicatorBase('input.forankring_per_deltaker', w);
  if (!runningForAYear(d, today)) return indicatorWith(base, null, [text('fact.notAYear')], w);
  if (d.members.length === 0) return indicatorWith(base, null, NO_MEMBERS(), w);
  const anchored = membersAnchored(d, lastTwelveMonths(today));
  const facts = [text('fact.membersAnchored', { anchored: anchored.length, total: d.members.length })];
  const missing = d.members.filter((m) => !anchored.includes(m));
  if (missing.length > 0) facts.push(text('fact.notAnchoredIn', { names: list(missing.map((m) => m.name), 8) }));
  return indicatorWith(base, anchored.length / d.members.length, facts, w);
}

function legalFormChosen(d: Dossier, w: LegitimacyWords): Indicator {
  const base = indicatorBase('input.organisasjonsform', w);
  if (!hasText(d.design.legalForm)) return indicatorWith(base, 0, [text('fact.formMissing')], w);
  if (!hasText(d.design.legalFormRationale)) return indicatorWith(base, 0.5, [text('fact.formNoRationale')], w);
  return indicatorWith(base, 1, [text('fact.formChosen')], w);
}

const MANDATE_LEVELS = ['alone', 'administrative', 'political'] as const;

function mandateDefined(d: Dossier, w: LegitimacyWords): Indicator {
  const base = indicatorBase('input.mandat', w);
  const defined = MANDATE_LEVELS.filter((l) => d.design.mandate[l].some((entry) => hasText(entry)));
  const missing = MANDATE_LEVELS.filter((l) => !defined.includes(l));
  const levels = (ls: readonly (typeof MANDATE_LEVELS)[number][]) => list(ls.map((l) => text(`fact.mandate.${l}`)));
  const facts: LegitimacyText[] = [];
  if (defined.length > 0) facts.push(text('fact.mandateDescribes', { levels: levels(defined) }));
  if (missing.length > 0) facts.push(text('fact.mandateLacks', { levels: levels(missing) }));
  return indicatorWith(base, defined.length / MANDATE_LEVELS.length, facts, w);
}
