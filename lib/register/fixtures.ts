// Test fixtures for the register and the public projection: a cooperation FULL of internal
// values, each a distinctive string, so a leak test can search rendered output for them.
// Every internal string starts with "INTERN" and every public one with "OFFENTLIG".
import type { Dossier } from '@/lib/domain/dossier';
import { readyDossier, READY_MEMBER_IDS } from '@/lib/domain/fixtures';
import type { PublicationSource } from './public';

const ids = READY_MEMBER_IDS;

export const INTERNAL_BUDGET_ORE = 987_654_321_00;
export const INTERNAL_SHARE_PERCENT = 37.77;
export const INTERNAL_MINUTES_URL = 'https://intern.example/INTERN-ledergruppe-referat';
export const PUBLIC_MINUTES_URL = 'https://moter.example/OFFENTLIG-kommunestyre-referat';
export const PUBLIC_MEETING_MINUTES_URL = 'https://moter.example/OFFENTLIG-nemnd-referat';

/** A dossier in drift where every free-text field holds a marker saying whether it may be shown. */
export function leakyDossier(): Dossier {
  const d = readyDossier();
  d.id = '00000000-0000-4000-8000-00000000beef';
  d.name = 'OFFENTLIG-navn Legevakt';
  d.state = 'drift';
  d.startDate = '2024-03-01';
  d.purpose = 'OFFENTLIG-formål';
  d.problemWhat = 'OFFENTLIG-hva';
  d.problemWhy = 'OFFENTLIG-hvorfor';
  d.problemHow = 'OFFENTLIG-hvordan';
  d.members = d.members.map((m) => ({
    ...m,
    contactPerson: m.id === ids.arendal ? 'OFFENTLIG-kontakt Arendal' : `INTERN-kontakt ${m.name}`,
    expectedBenefit: `INTERN-nytte ${m.name}`,
    fixedSharePercent: INTERNAL_SHARE_PERCENT,
    usage: 4242.42,
  }));
  d.goals = d.goals.map((g, i) => ({ ...g, statement: `INTERN-mål ${i}`, indicator: `INTERN-indikator ${i}`, baseline: `INTERN-utgangspunkt ${i}`, target: `INTERN-målverdi ${i}` }));
  d.framing = {
    ...d.framing,
    budgetOre: INTERNAL_BUDGET_ORE,
    financing: 'INTERN-finansiering',
    hostCompensationOre: 123_456_789_00,
    hostCompensationNote: 'INTERN-vertskompensasjon',
    strategyPlan: 'INTERN-strategiplan',
    actionPlan: 'INTERN-handlingsplan',
    ownerStrategy: 'INTERN-eierstrategi',
  };
  d.design = {
    ...d.design,
    legalFormRationale: 'INTERN-begrunnelse for formen',
    bodies: d.design.bodies.map((b) => ({ ...b, name: 'OFFENTLIG-nemnd' })),
    leader: { name: 'INTERN-leder Navnesen', title: 'INTERN-ledertittel', recruitment: 'ekstern', funding: 'INTERN-lederfinansiering' },
    mandate: { alone: ['INTERN-mandat alene'], administrative: ['INTERN-mandat administrativt'], political: ['INTERN-mandat politisk'] },
    workingMethods: 'INTERN-arbeidsform',
  };
  d.sponsors = d.sponsors.map((s) => ({ ...s, name: `INTERN-sponsor ${s.id}`, title: `INTERN-sponsortittel ${s.id}` }));
  d.support = { practicalSupport: 'INTERN-praktisk støtte', minimumFunding: 'INTERN-minimumsfinansiering', professionalCommunity: 'INTERN-fagmiljø' };
  d.participation = { representation: 'INTERN-representasjon', informalContact: 'INTERN-uformell kontakt' };
  d.anchoringPoints = d.anchoringPoints.map((p) => ({ ...p, description: `INTERN-forankringsbeskrivelse ${p.id}` }));
  d.informationItems = [
    { id: 'i-referat', audience: 'innbyggere', content: 'INTERN-informasjonsinnhold', timing: 'INTERN-tidspunkt', channel: 'Publiserte referater', place: 'INTERN-sted', responsible: 'INTERN-ansvarlig' },
  ];
  d.instruments = [{ id: 'ins-x', family: 'innramming', code: null, label: 'INTERN-virkemiddel', status: 'etablert', documentUrl: 'https://intern.example/INTERN-dokument' }];
  d.memberDecisions = [
    { id: 'md-1', memberId: ids.arendal, body: 'OFFENTLIG-bystyre', date: '2024-02-01', saksnummer: 'OFFENTLIG-24/1', outcome: 'tilslutning', url: 'https://moter.example/OFFENTLIG-vedtak', round: 1 },
    { id: 'md-2', memberId: ids.grimstad, body: 'kommunestyre', date: '2024-02-05', saksnummer: '24/2', outcome: 'tilslutning', url: 'javascript:alert(1)', round: 1 },
  ];
  d.bodyMeetings = [
    { id: 'mt-1', bodyId: 'b-nemnd', bodyName: 'OFFENTLIG-nemnd', date: '2025-01-10', documentsSentDate: '2025-01-09', minutesPublished: true },
    { id: 'mt-2', bodyId: 'b-nemnd', bodyName: 'OFFENTLIG-nemnd', date: '2025-02-10', documentsSentDate: '2025-01-20', minutesPublished: false },
  ];
  const decision = { political: true, outcome: 'vedtatt' as const, preparedByMemberIds: [], anchoringEvent: null, body: 'OFFENTLIG-nemnd' };
  d.bodyDecisions = [
    { ...decision, id: 'bd-public', meetingId: 'mt-1', date: '2025-01-10', title: 'OFFENTLIG-sak', withinMandate: true, prepared: 'nei' },
    { ...decision, id: 'bd-internal', meetingId: 'mt-2', date: '2025-02-10', title: 'INTERN-sak som ikke er offentlig', withinMandate: false, prepared: 'ja' },
  ];
  d.evaluations = [
    { id: 'e-1', closedAt: '2024-03-15T12:00:00.000Z', decision: 'redesign' },
    { id: 'e-2', closedAt: '2025-03-15T12:00:00.000Z', decision: 'opprettholde' },
  ];
  return d;
}

/** The source as the database would hand it over for leakyDossier(). */
export function leakySource(dossier: Dossier = leakyDossier()): PublicationSource {
  return {
    dossier,
    isPublic: true,
    taskArea: 'Legevakt',
    organisationNumber: '974760673',
    publicContactMemberIds: [ids.arendal],
    bodyDecisions: [
      { id: 'bd-public', isPublic: true, saksnummer: 'OFFENTLIG-25/7', url: 'https://moter.example/OFFENTLIG-nemndvedtak' },
      { id: 'bd-internal', isPublic: false, saksnummer: 'INTERN-25/8', url: 'https://intern.example/INTERN-nemndvedtak' },
    ],
    meetings: [
      { id: 'mt-1', minutesPublic: true, minutesUrl: PUBLIC_MEETING_MINUTES_URL, hasFile: false },
      { id: 'mt-2', minutesPublic: false, minutesUrl: 'https://intern.example/INTERN-nemnd-referat', hasFile: true },
    ],
    evaluationSummaries: [
      { id: 'e-1', summary: 'INTERN-oppsummering av en eldre runde', summaryPublic: true },
      { id: 'e-2', summary: 'OFFENTLIG-oppsummering av siste runde', summaryPublic: true },
    ],
    occurrences: [
      { memberId: ids.arendal, body: 'kommunestyre', level: 'politisk', kind: 'formell', status: 'holdt', heldDate: '2025-04-01', minutesUrl: PUBLIC_MINUTES_URL },
      { memberId: ids.grimstad, body: 'ledergruppe', level: 'administrativ', kind: 'uformell', status: 'holdt', heldDate: '2025-04-02', minutesUrl: INTERNAL_MINUTES_URL },
      { memberId: ids.lillesand, body: 'INTERN-administrativt organ', level: 'administrativ', kind: 'formell', status: 'holdt', heldDate: '2025-04-03', minutesUrl: 'https://intern.example/INTERN-adm-referat' },
      { memberId: ids.froland, body: 'formannskap', level: 'politisk', kind: 'formell', status: 'ikke_holdt', heldDate: null, minutesUrl: 'https://intern.example/INTERN-ikke-holdt' },
    ],
  };
}

/** Every internal marker in the fixture (the dossier's and the source's), for leak assertions. */
export function internalStrings(source: PublicationSource): string[] {
  const found = new Set<string>();
  const walk = (value: unknown) => {
    if (typeof value === 'string') {
      for (const match of value.matchAll(/INTERN[-\w æøåÆØÅ/.:]*/g)) found.add(match[0].trim());
    } else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(source);
  return [...found];
}
