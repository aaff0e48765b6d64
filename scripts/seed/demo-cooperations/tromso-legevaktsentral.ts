// Tromsø legevaktsentral (seed 000 l.2023): Tromsø answers the emergency-room number for
// Karlsøy, Balsfjord, Kvænangen, Kåfjord, Storfjord and Lyngen. In drift since 2018; this
// autumn Tromsø proposed a new cost key (a fixed readiness share plus inhabitants), which put
// the cooperation into redesign — the history shows the change proposal and the new key.
// Populations are seed 000's (1 January 2022); Kvænangen and Kåfjord are not in its table and
// are approximate.
import { checklist, councilDecisions, held, info, municipality, point, sponsorsFor, uses } from './build';
import { personName } from './people';
import { demoCooperation } from './cooperation';
import type { DemoCooperationBuilder } from './types';

const BENEFIT = 'Innbyggerne når en sykepleier med legevaktkompetanse på 116 117 hele døgnet, og kommunens vakthavende lege blir bare kontaktet når det trengs.';

export const tromsoLegevaktsentral: DemoCooperationBuilder = (clock) => {
  const members = [
    municipality('5501', 'Tromsø', { role: 'vertskommune', population: 77_544, representatives: 2, expectedBenefit: 'Bedre utnyttelse av en sentral som uansett må være bemannet døgnet rundt.' }),
    municipality('5534', 'Karlsøy', { role: 'samarbeidskommune', population: 2_179, expectedBenefit: BENEFIT }),
    municipality('5532', 'Balsfjord', { role: 'samarbeidskommune', population: 5_576, expectedBenefit: BENEFIT }),
    municipality('5546', 'Kvænangen', { role: 'samarbeidskommune', population: 1_200, expectedBenefit: BENEFIT }),
    municipality('5540', 'Kåfjord', { role: 'samarbeidskommune', population: 2_000, expectedBenefit: BENEFIT }),
    municipality('5538', 'Storfjord', { role: 'samarbeidskommune', population: 1_836, expectedBenefit: BENEFIT }),
    municipality('5536', 'Lyngen', { role: 'samarbeidskommune', population: 2_729, expectedBenefit: BENEFIT }),
  ];
  const days = ['2018-03-22', '2018-03-21', '2018-03-15', '2018-04-05', '2018-03-28', '2018-04-11', '2018-04-12'];
  return demoCooperation({
    key: 'tromsoLegevaktsentral',
    name: 'Tromsø legevaktsentral',
    members,
    purpose: 'Felles legevaktsentral i Tromsø som tar imot alle anrop til legevaktnummeret fra sju kommuner hele døgnet, vurderer hastegraden og setter over til riktig lege.',
    problemWhat: 'De små kommunene kan ikke bemanne en egen legevaktsentral med kvalifisert personell døgnet rundt.',
    problemWhy: 'Lange avstander gjør felles legevaktlokaler urealistisk, men telefonen kan samles; da får innbyggerne lik kvalitet på første kontakt.',
    problemHow: 'Administrativt vertskommunesamarbeid der Tromsø driver sentralen og kommunene beholder hver sin vakthavende lege.',
    taskAreaId: 'Legevakt',
    geographicLevel: 'regionalt',
    initiatingKommunenummer: '5501',
    goals: [
      { id: 'g-svartid', statement: 'Rask svartid', indicator: 'Andel anrop besvart innen to minutter', baseline: '74 % (2017)', target: '90 %', deadline: '2027-12-31' },
      { id: 'g-avklart', statement: 'Flere henvendelser avklart på telefon', indicator: 'Andel henvendelser avklart uten legekontakt', baseline: '35 % (2017)', target: '50 %', deadline: '2027-12-31' },
    ],
    framing: {
      budgetOre: 14_500_000_00,
      financing: 'Samarbeidskommunene betaler sin andel etter fordelingsnøkkelen.',
      costKey: { kind: 'innbyggere', fixedPartPercent: null },
      hostCompensationNote: 'Administrasjonstillegg på 5 prosent av driftskostnadene.',
      agreementChecklist: checklist('vertskommune_administrativ'),
      strategyPlan: null,
      actionPlan: 'Årlig driftsplan.',
      annualReport: true,
      accounts: true,
    },
    design: {
      legalForm: 'vertskommune_administrativ',
      legalFormRationale: 'Sentralen treffer ikke prinsipielle vedtak; å delegere driften til Tromsø gir ett fagmiljø og ingen ny organisasjon.',
      bodies: [
        { id: 'b-samarbeidsmote', name: 'Årlig samarbeidsmøte', kind: 'samarbeidsutvalg', seats: Object.fromEntries(members.map((m) => [m.id, 1])), rotatingChair: false },
      ],
      leader: { name: personName('tromsoLegevaktsentral', 'leder'), title: 'Leder for legevaktsentralen', recruitment: 'intern', funding: 'Stillingen inngår i sentralens driftsbudsjett.' },
      mandate: {
        alone: ['Bemanning og vaktplaner', 'Rutiner for hastegradsvurdering'],
        administrative: ['Endringer i hvilke leger som settes over til'],
        political: ['Kostnadsfordeling og budsjett', 'Nye deltakere'],
      },
      workingMethods: 'Årlig samarbeidsmøte med kommuneoverlegene; avviksmøter ved behov.',
    },
    sponsors: sponsorsFor(members, () => ({ politisk: 'varaordforer', administrativ: 'helse', confirmedAt: '2023-11-13T10:00:00.000Z' })),
    support: {
      practicalSupport: 'Tromsø stiller lokaler, telefoni og journalsystem.',
      minimumFunding: 'Grunnbemanningen er sikret før kostnadene fordeles.',
      professionalCommunity: 'Operatørene er del av fagmiljøet ved legevakten i Tromsø.',
    },
    anchoringPoints: [
      point('a-aarsmelding', 'kommunestyre', { type: 'hendelse', event: 'aarsmelding' }, { description: 'Årsrapport fra sentralen legges fram for kommunestyrene.' }),
      point('a-budsjett', 'kommunestyre', { type: 'hendelse', event: 'budsjett' }),
      point('a-ledergruppe', 'ledergruppe', { type: 'periodisk', frequency: 'aarlig' }, { kind: 'uformell', level: 'administrativ' }),
    ],
    informationItems: [
      info('politikere', 'Årsrapport med svartider og antall henvendelser', 'Årlig', 'orienteringssak', 'Kommunestyret', 'Leder for legevaktsentralen'),
      info('innbyggere', 'Når du skal ringe 116 117, og hvem som svarer', 'Løpende', 'nettside', 'Kommunenes nettsider', 'Tromsø kommune'),
      info('ansatte', 'Rutiner og endringer for fastleger og vakthavende leger', 'Ved endringer', 'nyhetsbrev', null, 'Leder for legevaktsentralen'),
    ],
    participation: {
      representation: 'Én representant fra hver kommune i det årlige samarbeidsmøtet, Tromsø to.',
      informalContact: 'Lederen for sentralen har fast telefonkontakt med kommuneoverlegene.',
    },
    instruments: [
      uses('vedtekter_avtale', 'etablert'),
      uses('budsjett', 'etablert'),
      uses('aarsmelding_regnskap', 'etablert'),
      uses('organisasjonsform', 'etablert'),
      uses('redesign', 'planlagt'),
      uses('praktisk_stotte', 'etablert'),
      uses('sponsor', 'etablert'),
      uses('informasjonsmoter', 'etablert'),
      uses('forhandlinger', 'planlagt'),
    ],
    isPublic: true,
    steps: [
      { kind: 'event', at: '2017-09-04', type: 'START_ETABLERING', comment: 'Kommuneoverlegene ønsket én felles legevaktsentral for regionen.' },
      { kind: 'event', at: '2018-02-26', type: 'SEND_TIL_MEDLEMSVEDTAK' },
      { kind: 'decisions', decisions: councilDecisions(1, members.map((m, i) => ({ memberId: m.id, date: days[i]! }))) },
      { kind: 'event', at: '2018-05-02', type: 'ALLE_VEDTAK_FATTET', comment: 'Sentralen svarer for alle sju kommuner fra mai 2018.' },
      { kind: 'anchoring', log: held },
      {
        kind: 'event',
        at: clock.daysAgo(50),
        type: 'ENDRINGSFORSLAG',
        change: {
          kind: 'kostnadsfordeling',
          description:
            'Tromsø foreslår at 20 prosent av kostnadene fordeles likt som en beredskapsdel, fordi sentralen må være bemannet døgnet rundt uansett størrelse; resten etter innbyggertall. Vertskommunens godtgjøring skal stå som et beløp.',
        },
      },
      { kind: 'framing', patch: { costKey: { kind: 'fast_og_innbyggere', fixedPartPercent: 20 }, hostCompensationOre: 650_000_00 } },
      { kind: 'event', at: clock.daysAgo(35), type: 'VELG_FASE', phase: 'innramming', comment: 'En arbeidsgruppe regner ut hva forslaget betyr for hver kommune.' },
    ],
  });
};
