// Test-only scenarios for the end-to-end specs: each builds a cooperation in drift, as of a
// given day, that is well governed — no warning at all — except for the one thing the
// scenario is about. A spec asks the e2e server for one (app/api/test/samarbeid, honoured
// only when BROBYGGER_E2E=1), so every spec has its own cooperation and no spec shares
// mutable data with another. Pure: the route writes the dossier.
import { addDays, addMonths, lastDayOfMonth, yearOf, type IsoDate } from '@/lib/pure/domain/iso-date';
import type { AnchoringOccurrence, Dossier } from '@/lib/pure/domain/dossier';
import { readyDossier, READY_MEMBER_IDS } from '@/testing/fixtures/domain';
import { PERIOD_END_MONTHS } from '@/lib/pure/domain/anchoring-schedule';

export const E2E_SCENARIOS = ['styrt', 'understyring', 'vertskommune_uten_godtgjoring', 'ingen_nytte', 'etter_valg'] as const;
export type E2eScenario = (typeof E2E_SCENARIOS)[number];

/** Quarter ends (31.03, 30.06 …) from `from` to `to`, both inclusive. */
function quarterEnds(from: IsoDate, to: IsoDate): IsoDate[] {
  const days: IsoDate[] = [];
  for (let y = yearOf(from); y <= yearOf(to); y++) {
    for (const m of PERIOD_END_MONTHS.kvartalsvis) {
      const end = lastDayOfMonth(y, m);
      if (end >= from && end <= to) days.push(end);
    }
  }
  return days;
}

/**
 * The well-governed base: in drift for two years, formannskap briefings held every quarter in
 * every member, the budget anchored, sponsors everywhere, bodies with seats, an evaluation half
 * a year ago. evaluateWarnings() finds nothing at `today`.
 */
export function governedDossier(name: string, today: IsoDate): Dossier {
  const d = readyDossier();
  d.id = crypto.randomUUID();
  d.name = name;
  d.state = 'drift';
  d.startDate = addMonths(today, -24);
  d.goals = d.goals.map((g) => ({ ...g, deadline: `${yearOf(today) + 2}-12-31` }));
  d.sponsors = d.sponsors.map((s) => ({ ...s, confirmedAt: `${addMonths(today, -6)}T10:00:00.000Z` }));
  const held = (pointId: string, memberId: string, dueDate: IsoDate, i: number): AnchoringOccurrence => ({
    id: `o-${pointId}-${memberId}-${i}`,
    anchoringPointId: pointId,
    memberId,
    dueDate,
    status: 'holdt',
    heldDate: addDays(dueDate, -5),
    saksnummer: `${dueDate.slice(2, 4)}/${100 + i}`,
    minutesUrl: null,
  });
  const members = Object.values(READY_MEMBER_IDS);
  d.occurrences = quarterEnds(d.startDate, addDays(today, -31)).flatMap((due, i) => members.map((m, j) => held('a-formannskap', m, due, i * 10 + j)));
  d.memberDecisions = members.map((m, i) => ({ id: `md-${m}`, memberId: m, body: 'Kommunestyret', date: addDays(d.startDate!, -30 + i), saksnummer: `${i + 1}/1`, outcome: 'tilslutning', url: null, round: 1 }));
  d.evaluations = [{ id: 'e-1', number: 1, closedAt: `${addMonths(today, -6)}T10:00:00.000Z`, decision: 'opprettholde' }];
  return d;
}

/** The scenario's cooperation as of `today`; the name makes it the spec's own. */
export function scenarioDossier(scenario: E2eScenario, name: string, today: IsoDate): Dossier {
  const d = governedDossier(name, today);
  switch (scenario) {
    case 'styrt':
      return d;
    case 'understyring': {
      // Nothing formal held for the last 14 months, and Froland without a political sponsor.
      const cutoff = addMonths(today, -14);
      d.occurrences = d.occurrences.map((o) => (o.dueDate > cutoff ? { ...o, status: 'planlagt', heldDate: null, saksnummer: null } : o));
      d.sponsors = d.sponsors.filter((s) => !(s.memberId === READY_MEMBER_IDS.froland && s.kind === 'politisk'));
      return d;
    }
    case 'vertskommune_uten_godtgjoring':
      d.framing = { ...d.framing, hostCompensationOre: 0, hostCompensationNote: null, hostCompensationNone: false, hostCompensationNoneReason: null };
      return d;
    case 'etter_valg':
      // An election has been recorded: Arendal's two sponsors wait for re-confirmation.
      d.sponsors = d.sponsors.map((s) => (s.memberId === READY_MEMBER_IDS.arendal ? { ...s, needsReconfirmation: true } : s));
      return d;
    case 'ingen_nytte':
      d.members = d.members.map((m) =>
        m.id === READY_MEMBER_IDS.froland ? { ...m, expectedBenefitLevel: 'ingen', expectedBenefit: 'Innbyggerne i Froland bruker legevakten i Åmli, som ligger nærmere.' } : m,
      );
      return d;
  }
}
