// Test fixtures shared by the domain, workflow and UI tests. readyDossier() is a cooperation
// of four Agder municipalities with Arendal as host that satisfies every readiness rule;
// tests break one thing at a time from it. People and numbers are fictional.

import {
  emptyDossier,
  type Audience,
  type Dossier,
  type Member,
  type Phase,
  type Sponsor,
  type SponsorKind,
} from './dossier';
import { legalForm } from './legal-forms';

export const READY_LEGAL_FORM = 'vertskommune_nemnd';

export const READY_MEMBER_IDS = {
  arendal: 'm-arendal',
  grimstad: 'm-grimstad',
  lillesand: 'm-lillesand',
  froland: 'm-froland',
} as const;

function member(id: string, kommunenummer: string, name: string, population: number, host = false): Member {
  return {
    id,
    kommunenummer,
    name,
    role: host ? 'vertskommune' : 'samarbeidskommune',
    population,
    usage: null,
    fixedSharePercent: null,
    representatives: host ? 2 : 1,
    contactPerson: `Kontaktperson i ${name}`,
    expectedBenefit: `${name} får en stabil legevakt med kortere ventetid og færre vakter per lege.`,
    expectedBenefitLevel: 'hoy',
  };
}

export function readyMembers(): Member[] {
  return [
    member(READY_MEMBER_IDS.arendal, '4203', 'Arendal kommune', 46_000, true),
    member(READY_MEMBER_IDS.grimstad, '4202', 'Grimstad kommune', 24_500),
    member(READY_MEMBER_IDS.lillesand, '4215', 'Lillesand kommune', 11_500),
    member(READY_MEMBER_IDS.froland, '4214', 'Froland kommune', 6_200),
  ];
}

function sponsor(m: Member, kind: SponsorKind): Sponsor {
  const town = m.name.replace(' kommune', '');
  return {
    id: `s-${m.id}-${kind}`,
    memberId: m.id,
    kind,
    name: kind === 'politisk' ? `Ordfører i ${town}` : `Kommunalsjef helse i ${town}`,
    title: kind === 'politisk' ? 'ordfører' : 'kommunalsjef',
    userId: null,
    confirmedAt: '2024-01-15T10:00:00.000Z',
    needsReconfirmation: false,
  };
}

/** Every item of the form's agreement checklist, recommended ones included, as covered. */
function fullChecklist(code: string): Record<string, boolean> {
  return Object.fromEntries((legalForm(code)?.agreementItems ?? []).map((item) => [item.id, true]));
}

export function readyDossier(): Dossier {
  const members = readyMembers();
  const d = emptyDossier('samarbeid-legevakt-ostre-agder', 'Legevakt Østre Agder', members);
  d.purpose = 'Felles legevakt for innbyggerne i fire kommuner i Østre Agder.';
  d.problemWhat = 'Små vaktdistrikter gir tunge vaktbelastninger for legene.';
  d.problemWhy = 'Rekruttering av leger svikter når vaktbelastningen er høy.';
  d.problemHow = 'Én felles legevakt i Arendal med vertskommune og felles folkevalgt nemnd.';
  d.taskAreaId = 'legevakt';
  d.geographicLevel = 'regionalt';
  d.initiatingKommunenummer = '4203';
  d.state = 'etablering';
  d.goals = [
    {
      id: 'g-ventetid',
      statement: 'Kortere ventetid på legevakten',
      indicator: 'Median ventetid i minutter',
      baseline: '75 minutter (2023)',
      target: '45 minutter',
      deadline: '2026-12-31',
    },
    {
      id: 'g-vaktbelastning',
      statement: 'Færre vakter per fastlege',
      indicator: 'Antall legevaktvakter per fastlege per år',
      baseline: '38 vakter (2023)',
      target: '24 vakter',
      deadline: '2027-06-30',
    },
  ];
  d.framing = {
    ...d.framing,
    budgetOre: 24_000_000_00,
    financing: 'Deltakerkommunenes bidrag etter fordelingsnøkkel, pluss statstilskudd.',
    costKey: { kind: 'fast_og_innbyggere', fixedPartPercent: 20 },
    hostCompensationOre: 450_000_00,
    hostCompensationNote: 'Dekker Arendals tid til administrasjon, lønn og arkiv.',
    agreementChecklist: fullChecklist(READY_LEGAL_FORM),
    strategyPlan: 'Strategiplan 2025–2028',
    actionPlan: 'Handlingsplan rulleres årlig med budsjettet.',
    annualReport: true,
    accounts: true,
    ownerStrategy: 'Felles eierstrategi vedtatt i alle fire kommunestyrer.',
  };
  d.design = {
    legalForm: READY_LEGAL_FORM,
    legalFormRationale:
      'Legevakt krever enkeltvedtak og faglig ledelse i én kommune; nemnda gir alle kommunene politisk innflytelse.',
    bodies: [
      {
        id: 'b-nemnd',
        name: 'Felles folkevalgt nemnd for legevakt',
        kind: 'felles_folkevalgt_nemnd',
        seats: Object.fromEntries(members.map((m) => [m.id, m.representatives])),
        rotatingChair: true,
      },
    ],
    leader: {
      name: 'Kari Nordmann (fiktiv)',
      title: 'Legevaktsjef',
      recruitment: 'ekstern',
      funding: 'Full stilling i legevaktens budsjett.',
    },
    mandate: {
      alone: ['Bemanning og vaktplaner innenfor budsjett'],
      administrative: ['Endringer i åpningstid'],
      political: ['Budsjett og økonomiplan', 'Endring av lokalisering'],
    },
    workingMethods: 'Månedlige driftsmøter med kommuneoverlegene; felles fagutvalg.',
  };
  d.sponsors = members.flatMap((m) => [sponsor(m, 'politisk'), sponsor(m, 'administrativ')]);
  d.support = {
    practicalSupport: 'Arendal stiller kontor, møterom og sekretariat.',
    minimumFunding: 'Legevaktsjefens stilling finansieres fullt av samarbeidet.',
    professionalCommunity: 'Fagnettverk for legevaktleger i Agder.',
  };
  d.anchoringPoints = [
    {
      id: 'a-budsjett',
      kind: 'formell',
      level: 'politisk',
      body: 'kommunestyre',
      trigger: { type: 'hendelse', event: 'budsjett' },
      memberIds: [],
      description: 'Budsjett og økonomiplan behandles i hvert kommunestyre.',
    },
    {
      id: 'a-formannskap',
      kind: 'formell',
      level: 'politisk',
      body: 'formannskap',
      trigger: { type: 'periodisk', frequency: 'kvartalsvis' },
      memberIds: [],
      description: 'Muntlig orientering fra legevaktsjefen.',
    },
    {
      id: 'a-ledergruppe',
      kind: 'uformell',
      level: 'administrativ',
      body: 'ledergruppe',
      trigger: { type: 'periodisk', frequency: 'halvaarlig' },
      memberIds: [],
      description: null,
    },
  ];
  const info = (audience: Audience, content: string, timing: string, channel: string, place: string | null) =>
    ({ id: `i-${audience}`, audience, content, timing, channel, place, responsible: 'Legevaktsjef' });
  d.informationItems = [
    info('politikere', 'Status, økonomi og måloppnåelse', 'Kvartalsvis', 'orienteringssak', 'formannskap'),
    info('innbyggere', 'Formål, vedtak og publiserte referater', 'Løpende', 'nettside', 'Kommunenes nettsider'),
    info('administrasjon', 'Endringer i rutiner', 'Ved behov', 'nyhetsbrev', null),
  ];
  d.participation = {
    representation: 'Arendal har to og de andre kommunene én representant i nemnda.',
    informalContact: 'Legevaktsjefen møter kommunalsjefene for helse uformelt hver måned.',
  };
  const instrument = (id: string, family: Phase, label: string) =>
    ({ id, family, code: null, label, status: 'etablert' as const, documentUrl: null });
  d.instruments = [
    instrument('ins-avtale', 'innramming', 'Samarbeidsavtale'),
    instrument('ins-sponsor', 'stotte', 'Sponsorer i alle kommuner'),
  ];
  return d;
}
