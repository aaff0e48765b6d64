// Interkommunal legevakt i Kristiansandsregionen (seed 000 l.673: Kristiansand is host for
// seven neighbours). The model case: complete in every phase, in drift since April 2023, and
// anchored as agreed — one briefing missed and one moved in the last year, the rest held.
// Populations are seed 000's figures for 1 January 2022; Åseral is not in its table (approximate).
import { checklist, councilDecisions, held, info, moved, municipality, notHeld, point, sponsorsFor, uses } from './build';
import { personName } from './people';
import { demoCooperation } from './cooperation';
import type { DemoCooperationBuilder } from './types';

const BENEFIT_SMALL = 'Innbyggerne får lege på vakt hele døgnet, og kommunens få fastleger slipper tunge vaktbelastninger.';

export const legevaktKristiansand: DemoCooperationBuilder = (clock) => {
  const members = [
    municipality('4204', 'Kristiansand', { role: 'vertskommune', population: 113_737, representatives: 2, expectedBenefit: 'Et robust fagmiljø som kan bemanne legevakten forsvarlig, og bedre utnyttelse av lokaler og utstyr.' }),
    municipality('4223', 'Vennesla', { role: 'samarbeidskommune', population: 15_123, expectedBenefit: 'Slipper egen kveldslegevakt; fastlegene kan bruke mer tid på listene sine.' }),
    municipality('4218', 'Iveland', { role: 'samarbeidskommune', population: 1_323, expectedBenefit: BENEFIT_SMALL }),
    municipality('4215', 'Lillesand', { role: 'samarbeidskommune', population: 11_279, expectedBenefit: 'Kortere ventetid på kveld og helg og lettere rekruttering av fastleger.' }),
    municipality('4216', 'Birkenes', { role: 'samarbeidskommune', population: 5_342, expectedBenefit: BENEFIT_SMALL }),
    municipality('4226', 'Hægebostad', { role: 'samarbeidskommune', population: 1_704, expectedBenefit: BENEFIT_SMALL }),
    municipality('4225', 'Lyngdal', { role: 'samarbeidskommune', population: 10_480, expectedBenefit: 'Natt- og helgevakter dekkes av legevakten i Kristiansand, mens dagtilbudet beholdes lokalt.' }),
    municipality('4224', 'Åseral', { role: 'samarbeidskommune', population: 947, expectedBenefit: BENEFIT_SMALL }),
  ];
  const decisionDays = ['2023-02-16', '2023-02-21', '2023-02-23', '2023-03-01', '2023-03-02', '2023-03-08', '2023-03-14', '2023-03-16'];
  return demoCooperation({
    key: 'legevakt',
    name: 'Interkommunal legevakt i Kristiansandsregionen',
    members,
    purpose: 'Én felles legevakt som gir innbyggerne i åtte kommuner akutt legehjelp hele døgnet, med Kristiansand som vertskommune.',
    problemWhat: 'De minste kommunene klarer ikke å bemanne egen legevakt på kveld, natt og helg med den kompetansen som nå kreves.',
    problemWhy: 'Mange vakter på få leger gjør det vanskelig å rekruttere og beholde fastleger, og ventetiden blir lang når bare én lege er på vakt i et stort område.',
    problemHow: 'Samarbeidskommunene overlater legevakten til Kristiansand i et administrativt vertskommunesamarbeid; legevakten drives fra Kristiansand og rykker ut i hele området.',
    taskAreaId: 'Legevakt',
    geographicLevel: 'regionalt',
    initiatingKommunenummer: '4204',
    goals: [
      { id: 'g-telefon', statement: 'Rask svartid på legevakttelefonen', indicator: 'Andel anrop til 116 117 besvart innen to minutter', baseline: '78 % (2022)', target: '90 %', deadline: '2027-12-31' },
      { id: 'g-vakter', statement: 'Færre vakter per fastlege i samarbeidskommunene', indicator: 'Legevaktvakter per fastlege per år', baseline: '32 vakter (2022)', target: '12 vakter', deadline: '2027-06-30' },
      { id: 'g-hastegrad', statement: 'Pasientene får hjelp innen hastegradens frist', indicator: 'Andel konsultasjoner innenfor fristen for hastegraden', baseline: '85 % (2023)', target: '95 %', deadline: '2028-12-31' },
    ],
    framing: {
      budgetOre: 92_000_000_00,
      financing: 'Samarbeidskommunene betaler sin andel etter fordelingsnøkkelen; statlig basistilskudd trekkes fra før fordeling.',
      costKey: { kind: 'fast_og_innbyggere', fixedPartPercent: 10 },
      hostCompensationOre: 1_800_000_00,
      hostCompensationNote: 'Dekker Kristiansands tid til ledelse, lønn, arkiv, IKT og innkjøp for legevakten.',
      agreementChecklist: checklist('vertskommune_administrativ'),
      strategyPlan: 'Strategi for legevakten 2024–2027',
      actionPlan: 'Handlingsplanen rulleres hvert år sammen med budsjettet.',
      annualReport: true,
      accounts: true,
    },
    design: {
      legalForm: 'vertskommune_administrativ',
      legalFormRationale:
        'Legevakt er en lovpålagt tjeneste med enkeltvedtak og strenge krav til faglig forsvarlighet. Et administrativt vertskommunesamarbeid samler fagmiljøet i Kristiansand uten å opprette et nytt rettssubjekt.',
      bodies: [
        {
          id: 'b-samarbeidsutvalg',
          name: 'Samarbeidsutvalget for legevakten',
          kind: 'samarbeidsutvalg',
          seats: Object.fromEntries(members.map((m) => [m.id, m.representatives])),
          rotatingChair: true,
        },
      ],
      leader: {
        name: personName('legevakt', 'leder'),
        title: 'Legevaktsjef (daglig leder)',
        recruitment: 'ekstern',
        funding: 'Full stilling i legevaktens driftsbudsjett, før kostnadene fordeles.',
      },
      mandate: {
        alone: ['Vaktplaner, bemanning og innleie innenfor budsjett', 'Faglige prosedyrer og opplæring'],
        administrative: ['Endringer i åpningstiden for dagtilbudet', 'Større innkjøp av utstyr og IKT'],
        political: ['Budsjett og økonomiplan', 'Endringer i samarbeidsavtalen og kostnadsfordelingen', 'Flytting av legevakten'],
      },
      workingMethods:
        'Samarbeidsutvalget med kommuneoverlegene og helsesjefene møtes fire ganger i året. Legevaktsjefen holder månedlige driftsmøter og et årlig dialogmøte med hver kommune.',
    },
    sponsors: sponsorsFor(members, (m) => ({
      politisk: m.kommunenummer === '4215' ? 'ordforer' : 'varaordforer',
      administrativ: 'helse',
      confirmedAt: '2023-11-20T10:00:00.000Z',
    })),
    support: {
      practicalSupport: 'Kristiansand stiller lokaler, sentralbord, IKT og sekretariat for samarbeidsutvalget.',
      minimumFunding: 'Legevaktsjefens stilling og grunnbemanningen er sikret i budsjettet før fordeling.',
      professionalCommunity: 'Legevaktlegene fra hele regionen er ett fagmiljø med felles internundervisning.',
    },
    anchoringPoints: [
      point('a-aarsmelding', 'kommunestyre', { type: 'hendelse', event: 'aarsmelding' }, { description: 'Årsmelding og regnskap for legevakten legges fram for hvert kommunestyre.' }),
      point('a-budsjett', 'kommunestyre', { type: 'hendelse', event: 'budsjett' }, { description: 'Legevaktens budsjett og kommunens andel behandles med kommunens eget budsjett.' }),
      point('a-formannskap', 'formannskap', { type: 'periodisk', frequency: 'kvartalsvis' }, { description: 'Kort muntlig orientering fra legevaktsjefen eller helsesjefen.' }),
      point('a-ledergruppe', 'ledergruppe', { type: 'periodisk', frequency: 'halvaarlig' }, { kind: 'uformell', level: 'administrativ', description: 'Status og avvik i kommunedirektørens ledergruppe.' }),
    ],
    informationItems: [
      info('politikere', 'Status, økonomi og måloppnåelse, sortert på det formannskapet trenger', 'Kvartalsvis', 'orienteringssak', 'Formannskapet', 'Legevaktsjef'),
      info('innbyggere', 'Når og hvordan du når legevakten, hva den skal gjøre, hvem som har ansvaret, og årsmeldingen', 'Løpende', 'nettside', 'Kommunenes nettsider', 'Kristiansand kommune'),
      info('administrasjon', 'Endringer i rutiner og samhandling med fastlegene', 'Månedlig', 'nyhetsbrev', null, 'Legevaktsjef'),
      info('media', 'Endringer i åpningstider eller adresse', 'Ved endringer', 'pressemelding', null, 'Kommunikasjonsavdelingen i Kristiansand'),
    ],
    participation: {
      representation: 'Hver samarbeidskommune har én plass i samarbeidsutvalget, Kristiansand to; ledervervet går på omgang.',
      informalContact: 'Legevaktsjefen ringer helsesjefene jevnlig og møter ordførerne i regionen når det trengs.',
    },
    instruments: [
      uses('vedtekter_avtale', 'etablert'),
      uses('budsjett', 'etablert'),
      uses('strategi_handlingsplan', 'etablert'),
      uses('aarsmelding_regnskap', 'etablert'),
      uses('organisasjonsform', 'etablert'),
      uses('rekruttering_leder', 'etablert'),
      uses('arbeidsform', 'etablert'),
      uses('praktisk_stotte', 'etablert'),
      uses('minimumsfinansiering', 'etablert'),
      uses('sponsor', 'etablert'),
      uses('dele_begeistringen', 'planlagt'),
      uses('representanter_organer', 'etablert'),
      uses('informasjonsmoter', 'etablert'),
      uses('uformell_kontakt', 'planlagt'),
    ],
    bodyMeetings: [
      { id: 'mt-samarbeidsutvalg', bodyId: 'b-samarbeidsutvalg', bodyName: 'Samarbeidsutvalget for legevakten', date: clock.daysAgo(75), documentsSentDate: clock.daysAgo(85) },
    ],
    bodyDecisions: [
      {
        id: 'bd-helgevakt',
        meetingId: 'mt-samarbeidsutvalg',
        body: 'Samarbeidsutvalget for legevakten',
        date: clock.daysAgo(75),
        title: 'Ny bemanningsplan for helgene',
        political: false,
        outcome: 'vedtatt',
        withinMandate: true,
        prepared: 'ja',
        preparedByMemberIds: [],
        anchoringEvent: null,
      },
    ],
    isPublic: true,
    steps: [
      { kind: 'event', at: '2022-09-05', type: 'START_ETABLERING', comment: 'Kommunedirektørene i regionen ba Kristiansand lede arbeidet med en felles legevakt.' },
      { kind: 'event', at: '2022-10-10', type: 'VELG_FASE', phase: 'design' },
      { kind: 'event', at: '2022-11-28', type: 'VELG_FASE', phase: 'stotte' },
      { kind: 'event', at: '2023-01-09', type: 'VELG_FASE', phase: 'deltakelse' },
      { kind: 'event', at: '2023-01-30', type: 'SEND_TIL_MEDLEMSVEDTAK', comment: 'Avtaleutkast, budsjett og fordelingsnøkkel sendt til alle åtte kommunestyrer.' },
      {
        kind: 'decisions',
        decisions: councilDecisions(1, members.map((m, i) => ({ memberId: m.id, date: decisionDays[i]!, body: m.kommunenummer === '4204' ? 'bystyre' : 'kommunestyre' }))),
      },
      { kind: 'event', at: '2023-04-01', type: 'ALLE_VEDTAK_FATTET', comment: 'Alle åtte kommunestyrer har sluttet seg til avtalen. Felles legevakt fra 1. april.' },
      {
        kind: 'anchoring',
        log: (o) => {
          if (o.pointId === 'a-formannskap' && o.inLastYear && o.indexInLastYear === 0 && o.memberId === 'm-4224') {
            return notHeld('Orienteringen falt ut av møteplanen og ble ikke satt opp igjen.');
          }
          if (o.pointId === 'a-formannskap' && o.inLastYear && o.indexInLastYear === 1 && o.memberId === 'm-4226') {
            return moved('Flyttet til neste formannskapsmøte fordi budsjettarbeidet tok hele møtet.');
          }
          return held(o);
        },
      },
      { kind: 'minutes', meetingId: 'mt-samarbeidsutvalg', url: 'https://www.kristiansand.kommune.no/politikk/moter/samarbeidsutvalget-legevakt-protokoll', isPublic: true },
    ],
  });
};
