// Region Kristiansand (seed 000 l.593-605): the political council of six municipalities,
// mayors in the representantskap and a chair that rotates. In drift since 2020 with the
// typical gaps: the page for citizens was dropped after establishment, no formal anchoring
// has been held in the member councils for a year, two mayors were never re-confirmed as
// sponsors after the 2023 election, and nothing in the support family is in use.
import { checklist, councilDecisions, held, info, municipality, notHeld, point, saksnummer, sponsorsFor, uses } from './build';
import { personName } from './people';
import { demoCooperation } from './cooperation';
import type { DemoClock, DemoCooperationBuilder, DemoEvaluation } from './types';

export const regionKristiansand: DemoCooperationBuilder = (clock) => {
  const members = [
    municipality('4216', 'Birkenes', { role: 'deltaker', population: 5_342, expectedBenefit: 'En stemme i regionale saker og tilgang til fagnettverkene.' }),
    municipality('4218', 'Iveland', { role: 'deltaker', population: 1_323, expectedBenefit: 'Faglig støtte i nettverkene som en liten kommune ikke kan bygge alene.' }),
    municipality('4204', 'Kristiansand', { role: 'kontorkommune', population: 113_737, expectedBenefit: 'En samlet region bak de store sakene overfor staten og fylket.' }),
    municipality('4215', 'Lillesand', { role: 'deltaker', population: 11_279, expectedBenefit: 'Samordnet areal- og næringsutvikling langs kysten.' }),
    municipality('4205', 'Lindesnes', { role: 'deltaker', population: 23_147, expectedBenefit: 'Felles innspill til samferdsel og næringsarealer i vest.' }),
    municipality('4223', 'Vennesla', { role: 'deltaker', population: 15_123, expectedBenefit: 'Sterkere posisjon i samferdselssaker og felles kompetansetiltak.' }),
  ];
  const days = ['2019-11-26', '2019-11-28', '2019-12-03', '2019-12-05', '2019-12-10', '2019-12-12'];
  return demoCooperation({
    key: 'regionKristiansand',
    name: 'Region Kristiansand',
    members,
    purpose: 'Politisk samarbeidsråd der ordførerne i seks kommuner samordner regional utvikling og står sammen i interessepolitikken overfor fylke og stat.',
    problemWhat: 'Kommunene i Kristiansandsregionen deler utfordringer i næringsutvikling, samferdsel og tjenester, men manglet en fast arena for å samordne seg politisk.',
    problemWhy: 'Uten en felles stemme når regionen dårligere fram nasjonalt, og fagmiljøene i de små kommunene blir sårbare.',
    problemHow: 'Et interkommunalt politisk råd med ordførerne i representantskapet, et kommunedirektørutvalg og seks fagnettverk; ledervervet går på omgang mellom kommunene.',
    taskAreaId: 'Interkommunalt politisk råd / regionråd',
    geographicLevel: 'regionalt',
    initiatingKommunenummer: '4204',
    goals: [
      { id: 'g-innspill', statement: 'Felles stemme i nasjonale saker', indicator: 'Felles høringsuttalelser og innspill per år', baseline: '3 (2019)', target: '8 per år', deadline: '2027-12-31' },
      { id: 'g-nettverk', statement: 'Fagnettverk som leverer', indicator: 'Fagnettverk med møteplan og årlig rapport', baseline: '4 av 6 (2019)', target: '6 av 6', deadline: '2025-12-31' },
    ],
    framing: {
      budgetOre: 6_400_000_00,
      financing: 'Faste årlige tilskudd fra kommunene etter fordelingsnøkkelen.',
      costKey: { kind: 'fast_og_innbyggere', fixedPartPercent: 40 },
      hostCompensationOre: 450_000_00,
      hostCompensationNote: 'Kristiansand får dekket sekretariat og regnskap som kontorkommune.',
      // Evaluation, openness and the deadline for case documents were never written into the agreement.
      agreementChecklist: checklist('ipr', ['evaluering', 'apenhet', 'saksdokumenter-frist']),
      strategyPlan: 'Regional strategi for Kristiansandsregionen 2020–2024',
      annualReport: true,
      accounts: true,
      evaluationIntervalMonths: 24,
    },
    design: {
      legalForm: 'ipr',
      legalFormRationale: 'Regionrådet skulle videreføres etter ny kommunelov; et interkommunalt politisk råd passer for samordning og interessepolitikk uten tjenesteproduksjon.',
      bodies: [
        { id: 'b-representantskap', name: 'Representantskapet (ordførerne)', kind: 'representantskap', seats: Object.fromEntries(members.map((m) => [m.id, 1])), rotatingChair: true },
        { id: 'b-kdu', name: 'Kommunedirektørutvalget', kind: 'arbeidsutvalg', seats: Object.fromEntries(members.map((m) => [m.id, 1])), rotatingChair: true },
      ],
      leader: { name: personName('regionKristiansand', 'leder'), title: 'Regionkoordinator', recruitment: 'intern', funding: 'Stillingen på 60 prosent finansieres over rådets budsjett.' },
      mandate: {
        alone: ['Møteplan og sakliste i samråd med leder', 'Koordinering av fagnettverkene'],
        administrative: ['Nye fagnettverk og prosjekter under 500 000 kroner'],
        political: ['Høringsuttalelser på vegne av regionen', 'Budsjett og strategi'],
      },
      workingMethods: 'Representantskapet møtes seks ganger i året; kommunedirektørutvalget forbereder sakene og følger opp fagnettverkene.',
    },
    sponsors: sponsorsFor(members, (m) => {
      const notReconfirmed = m.kommunenummer === '4205' || m.kommunenummer === '4218';
      return {
        politisk: 'ordforer',
        administrativ: 'kommunedirektor',
        confirmedAt: notReconfirmed ? '2019-11-18T10:00:00.000Z' : '2023-11-27T10:00:00.000Z',
        needsReconfirmation: notReconfirmed,
      };
    }),
    support: {
      practicalSupport: 'Sekretariatet sitter i kommunedirektørens stab i Kristiansand, som også stiller møterom.',
      minimumFunding: 'Koordinatorstillingen er sikret gjennom de faste tilskuddene.',
      professionalCommunity: null,
    },
    anchoringPoints: [
      point('a-aarsmelding', 'kommunestyre', { type: 'hendelse', event: 'aarsmelding' }, { description: 'Årsmelding og regnskap til hvert kommunestyre.' }),
      point('a-formannskap', 'formannskap', { type: 'periodisk', frequency: 'halvaarlig' }, { description: 'Ordføreren orienterer formannskapet om sakene i rådet.' }),
      point('a-kdu', 'ledergruppe', { type: 'periodisk', frequency: 'kvartalsvis' }, { kind: 'uformell', level: 'administrativ', description: 'Kommunedirektøren tar opp rådets saker i egen ledergruppe.' }),
    ],
    informationItems: [
      info('politikere', 'Saker i rådet som krever politisk oppfølging i kommunen', 'Halvårlig', 'orienteringssak', 'Formannskapet', 'Regionkoordinator'),
      info('administrasjon', 'Referater fra kommunedirektørutvalget', 'Etter hvert møte', 'e-post', null, 'Regionkoordinator'),
      info('innbyggere', 'Formål, møteplan, sakspapirer og protokoller fra representantskapet', 'Etter hvert møte', 'publiserte referater', 'Nettsiden til rådet', 'Regionkoordinator'),
    ],
    participation: {
      representation: 'Ordførerne møter i representantskapet og kommunedirektørene i kommunedirektørutvalget.',
      informalContact: 'Ordførerne møtes uformelt før hvert representantskapsmøte.',
    },
    instruments: [
      uses('vedtekter_avtale', 'etablert'),
      uses('budsjett', 'etablert'),
      uses('strategi_handlingsplan', 'planlagt'),
      uses('aarsmelding_regnskap', 'etablert'),
      uses('organisasjonsform', 'etablert'),
      uses('valg_deltakere', 'etablert'),
      uses('rullerende_lederverv', 'etablert'),
      uses('representanter_organer', 'etablert'),
      uses('forhandlinger', 'etablert'),
      uses('informasjonsmoter', 'planlagt'),
    ],
    bodyMeetings: [
      { id: 'mt-representantskap', bodyId: 'b-representantskap', bodyName: 'Representantskapet (ordførerne)', date: clock.daysAgo(45), documentsSentDate: clock.daysAgo(59) },
    ],
    bodyDecisions: [
      {
        id: 'bd-ntp',
        meetingId: 'mt-representantskap',
        body: 'Representantskapet (ordførerne)',
        date: clock.daysAgo(45),
        title: 'Felles innspill til Nasjonal transportplan',
        political: true,
        outcome: 'vedtatt',
        withinMandate: false,
        prepared: 'ja',
        preparedByMemberIds: [],
        anchoringEvent: null,
      },
    ],
    isPublic: true,
    steps: [
      { kind: 'event', at: '2019-09-02', type: 'START_ETABLERING', comment: 'Regionrådet skal bli interkommunalt politisk råd etter den nye kommuneloven.' },
      { kind: 'event', at: '2019-09-23', type: 'VELG_FASE', phase: 'design' },
      { kind: 'event', at: '2019-11-04', type: 'SEND_TIL_MEDLEMSVEDTAK', comment: 'Samarbeidsavtalen er sendt til kommunestyrene.' },
      { kind: 'decisions', decisions: councilDecisions(1, members.map((m, i) => ({ memberId: m.id, date: days[i]!, body: m.kommunenummer === '4204' ? 'bystyre' : 'kommunestyre' }))) },
      { kind: 'event', at: '2020-01-02', type: 'ALLE_VEDTAK_FATTET', comment: 'Rådet er etablert fra 1. januar 2020.' },
      {
        kind: 'anchoring',
        // Anchored well for years; in the last twelve months the formal briefings quietly stopped.
        log: (o) => {
          if (!o.inLastYear || o.kind === 'uformell') return held(o);
          if (o.memberId === 'm-4218' && o.pointId === 'a-formannskap' && o.indexInLastYear === 0) {
            return notHeld('Ingen orientering ble satt opp etter at rådet byttet leder.');
          }
          return null;
        },
      },
      { kind: 'drop-information', audience: 'innbyggere' },
      { kind: 'evaluation', round: yearlyEvaluation(clock) },
    ],
  });
};

/** The yearly evaluation eleven months ago, before the briefings stopped: kept as it was. */
function yearlyEvaluation(clock: DemoClock): DemoEvaluation {
  return {
    openedAt: clock.daysAgo(340),
    answers: [
      {
        email: 'radmannsteam@demo.brobygger.no',
        at: clock.daysAgo(336),
        otherwise: 4,
        statements: { apenhet: 2, strategisk_informasjon: 3, rekruttering_leder: 'vet_ikke', rettferdige_kostnader: 5, lokalt_handlingsrom: 3 },
        goals: { 'g-innspill': { value: 4, result: '7 felles innspill siste år' }, 'g-nettverk': { value: 3, result: '5 av 6 nettverk med møteplan' } },
        whatWorks: 'Kommunedirektørutvalget forbereder sakene godt, og regionen snakker med én stemme overfor staten.',
        whatToChange: 'Innbyggerne vet lite om hva rådet gjør. Sakslistene bør ut på kommunenes nettsider.',
      },
      {
        email: 'politisk.sponsor@demo.brobygger.no',
        at: clock.daysAgo(333),
        otherwise: 4,
        statements: { formell_forankring_underveis: 3, aktivt_eierskap: 5, apenhet: 3, strategisk_informasjon: 2, egen_nytte: 5 },
        goals: { 'g-innspill': { value: 5, result: 'NTP-innspillet fikk gjennomslag' }, 'g-nettverk': { value: 'vet_ikke', result: '' } },
        whatWorks: 'Ordførerne møtes jevnlig og kjenner hverandres saker.',
        whatToChange: 'Formannskapet får for sjelden orienteringer mellom møtene i representantskapet.',
      },
    ],
    closedBy: 'radmannsteam@demo.brobygger.no',
    closedAt: clock.daysAgo(325),
    decision: {
      at: clock.daysAgo(310),
      type: 'opprettholde',
      summary:
        'Rådet leverer det det ble etablert for: felles innspill og fagnettverk. Forankringen er god i representantskapet, men svakere i formannskapene, og innbyggerne får lite informasjon.',
      recommendation: 'opprettholde',
      recommendationNote: 'Fortsett, men sett faste orienteringer i formannskapene og legg sakslister ut for innbyggerne.',
      decisionNote: `Representantskapet sak ${saksnummer(clock.daysAgo(310), 'region-evaluering-1')}`,
    },
  };
}
