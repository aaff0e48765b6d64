// Hand-built test fixtures for the legitimacy and warning rules: one well-governed
// cooperation (every structural indicator at its best, no warning) that tests then break
// one fact at a time, plus small lookup helpers. Fictional people; NOW is 15 March 2025.

import {
  emptyDossier,
  type AnchoringOccurrence,
  type AnchoringPoint,
  type BodyDecision,
  type BodyMeeting,
  type Dossier,
  type Member,
  type OccurrenceStatus,
  type Sponsor,
} from './dossier';
import { addDays } from './iso-date';
import type { CriterionScore, Indicator } from './legitimacy';
import { evaluateWarnings, type PerceivedSignals, type Warning } from './warnings';

export const NOW = new Date('2025-03-15T10:00:00Z');

export function fixtureMember(id: string, name: string, fields: Partial<Member> = {}): Member {
  return {
    id,
    kommunenummer: null,
    name,
    role: 'samarbeidskommune',
    population: 10_000,
    usage: null,
    fixedSharePercent: null,
    representatives: 1,
    contactPerson: `Kontaktperson i ${name}`,
    expectedBenefit: `${name} får en felles legevakt med døgnbemanning.`,
    expectedBenefitLevel: 'hoy',
    ...fields,
  };
}

export function sponsor(memberId: string, kind: Sponsor['kind'], fields: Partial<Sponsor> = {}): Sponsor {
  return {
    id: `${memberId}-${kind}`,
    memberId,
    kind,
    name: `${kind === 'politisk' ? 'Ordfører' : 'Kommunalsjef'} i ${memberId}`,
    title: null,
    userId: null,
    confirmedAt: '2024-01-10T09:00:00Z',
    needsReconfirmation: false,
    ...fields,
  };
}

let occurrenceSeq = 0;
export function occurrence(
  anchoringPointId: string,
  memberId: string,
  dueDate: string,
  status: OccurrenceStatus,
  fields: Partial<AnchoringOccurrence> = {},
): AnchoringOccurrence {
  occurrenceSeq += 1;
  return {
    id: `occ-${occurrenceSeq}`,
    anchoringPointId,
    memberId,
    dueDate,
    status,
    heldDate: status === 'holdt' ? dueDate : null,
    saksnummer: null,
    minutesUrl: null,
    ...fields,
  };
}

export function anchoringPoint(id: string, fields: Partial<AnchoringPoint> = {}): AnchoringPoint {
  return {
    id,
    kind: 'formell',
    level: 'politisk',
    body: 'formannskap',
    trigger: { type: 'periodisk', frequency: 'kvartalsvis' },
    memberIds: [],
    description: null,
    ...fields,
  };
}

/** A meeting of the fixture's samarbeidsutvalg on `date`, documents sent 14 days before unless given. */
export function bodyMeeting(date: string, fields: Partial<BodyMeeting> = {}): BodyMeeting {
  return { id: `møte-${date}`, bodyId: 'su', bodyName: 'Samarbeidsutvalget', date, documentsSentDate: addDays(date, -14), ...fields };
}

/** A decision in the meeting on `date` (see bodyMeeting; add the meeting to bodyMeetings too). */
export function bodyDecision(id: string, date: string, fields: Partial<BodyDecision> = {}): BodyDecision {
  return {
    id,
    meetingId: `møte-${date}`,
    body: 'Samarbeidsutvalget',
    date,
    title: `Sak ${id}`,
    political: false,
    outcome: 'vedtatt',
    withinMandate: false,
    prepared: 'ja',
    preparedByMemberIds: [],
    anchoringEvent: null,
    ...fields,
  };
}

/** Meetings for every decision's date that has none yet, so fixtures stay short. */
export function withMeetings(decisions: readonly BodyDecision[], meetings: readonly BodyMeeting[] = []): BodyMeeting[] {
  const all = [...meetings];
  for (const b of decisions) if (!all.some((m) => m.id === b.meetingId)) all.push(bodyMeeting(b.date, { id: b.meetingId }));
  return all;
}

/**
 * A host-municipality emergency-room cooperation (legevakt) of three members in drift since
 * 2022: every structural indicator is 1 and no warning applies at NOW.
 */
export function wellGovernedDossier(): Dossier {
  const members = [
    fixtureMember('kr', 'Kristiansand', { role: 'vertskommune', population: 116_000, representatives: 2 }),
    fixtureMember('li', 'Lillesand', { population: 11_300 }),
    fixtureMember('bi', 'Birkenes', { population: 5_300 }),
  ];
  const d = emptyDossier('legevakt', 'Legevakten i Kristiansandsregionen', members);
  const heldWithMinutes = (point: string, member: string, due: string) =>
    occurrence(point, member, due, 'holdt', { heldDate: due, minutesUrl: `https://example.no/referat/${point}-${member}-${due}` });
  return {
    ...d,
    purpose: 'Felles legevakt for innbyggerne i tre kommuner.',
    state: 'drift',
    startDate: '2022-01-01',
    design: {
      legalForm: 'vertskommune_administrativ',
      legalFormRationale: 'Oppgaven er lovpålagt og egner seg for delegasjon til vertskommunen.',
      bodies: [{ id: 'su', name: 'Samarbeidsutvalget', kind: 'samarbeidsutvalg', seats: { kr: 1, li: 1, bi: 1 }, rotatingChair: true }],
      leader: { name: 'Kari Nordmann', title: 'Legevaktsjef', recruitment: 'ekstern', funding: 'Lønn dekkes av driftsbudsjettet.' },
      mandate: {
        alone: ['Vaktplaner og bemanning'],
        administrative: ['Endringer i åpningstider'],
        political: ['Budsjett og endring av samarbeidsavtalen'],
      },
      workingMethods: 'Månedlige driftsmøter.',
    },
    framing: {
      ...d.framing,
      budgetOre: 1_200_000_000,
      costKey: { kind: 'innbyggere', fixedPartPercent: null },
      hostCompensationOre: 50_000_000,
      annualReport: true,
      accounts: true,
      evaluationIntervalMonths: 12,
    },
    support: { practicalSupport: 'Lokaler i vertskommunen.', minimumFunding: 'Grunnbemanning er sikret i budsjettet.', professionalCommunity: null },
    participation: { representation: 'Én representant per kommune i samarbeidsutvalget.', informalContact: 'Jevnlig kontakt med ordførerne.' },
    sponsors: members.flatMap((m) => [sponsor(m.id, 'politisk'), sponsor(m.id, 'administrativ')]),
    memberDecisions: members.map((m, i) => ({
      id: `vedtak-${m.id}`,
      memberId: m.id,
      body: 'kommunestyre',
      date: `2021-11-1${i}`,
      saksnummer: `21/10${i}`,
      outcome: 'tilslutning',
      url: null,
      round: 1,
    })),
    anchoringPoints: [
      anchoringPoint('aarsmelding', { body: 'kommunestyre', trigger: { type: 'hendelse', event: 'aarsmelding' } }),
      anchoringPoint('orientering', { memberIds: ['kr'] }),
      anchoringPoint('ledergruppe', { kind: 'uformell', level: 'administrativ', body: 'ledergruppe' }),
    ],
    occurrences: [
      ...members.map((m) => heldWithMinutes('aarsmelding', m.id, '2024-06-30')),
      ...['2024-03-31', '2024-06-30', '2024-09-30', '2024-12-31'].map((due) => heldWithMinutes('orientering', 'kr', due)),
      occurrence('orientering', 'kr', '2025-03-31', 'planlagt'),
    ],
    informationItems: [
      { id: 'i1', audience: 'politikere', content: 'Status og økonomi', timing: 'Kvartalsvis', channel: 'orienteringssak', place: 'Formannskapet', responsible: 'Legevaktsjef' },
      { id: 'i2', audience: 'administrasjon', content: 'Drift og avvik', timing: 'Månedlig', channel: 'informasjonsmøte', place: null, responsible: 'Legevaktsjef' },
      { id: 'i3', audience: 'innbyggere', content: 'Referater og vedtak', timing: 'Etter hvert møte', channel: 'publiserte referater', place: 'Nettsiden', responsible: 'Vertskommunen' },
    ],
    goals: [
      { id: 'g1', statement: 'Kort ventetid', indicator: 'Median ventetid', baseline: '45 min', target: '30 min', deadline: '2026-12-31' },
      { id: 'g2', statement: 'Fornøyde brukere', indicator: 'Brukertilfredshet', baseline: '4,1', target: '4,5', deadline: null },
    ],
    bodyMeetings: [bodyMeeting('2024-05-02'), bodyMeeting('2024-10-15')],
    bodyDecisions: [
      bodyDecision('b1', '2024-05-02', { title: 'Ny vaktordning' }),
      bodyDecision('b2', '2024-10-15', { title: 'Budsjett 2025', political: true }),
    ],
    evaluations: [
      {
        id: 'e1',
        closedAt: '2024-11-20T12:00:00Z',
        decision: 'opprettholde',
        goalAttainment: [
          { goalId: 'g1', mean: 5 },
          { goalId: 'g2', mean: 5 },
        ],
      },
    ],
  };
}

/** The well-governed fixture with some fields replaced. */
export function variantOf(patch: (d: Dossier) => Partial<Dossier>): Dossier {
  const d = wellGovernedDossier();
  return { ...d, ...patch(d) };
}

export function indicatorOf(score: CriterionScore, id: string): Indicator {
  const found = score.indicators.find((i) => i.id === id);
  if (!found) throw new Error(`no indicator ${id}`);
  return found;
}

export const indicatorValues = (score: CriterionScore) => Object.fromEntries(score.indicators.map((i) => [i.id, i.value]));

export const warningIds = (d: Dossier, answers?: PerceivedSignals) => evaluateWarnings(d, NOW, answers).map((w) => w.id);

export function findWarning(d: Dossier, id: string, answers?: PerceivedSignals): Warning {
  const found = evaluateWarnings(d, NOW, answers).find((w) => w.id === id);
  if (!found) throw new Error(`expected warning ${id}, got ${warningIds(d).join(', ') || 'none'}`);
  return found;
}
