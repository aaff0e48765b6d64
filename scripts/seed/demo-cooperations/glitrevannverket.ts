// Glitrevannverket IKS (seed 000 l.903): owned by Drammen, Asker and Lier, runs four water
// treatment plants and supplies about 150 000 people, Frogn and part of Holmestrand included.
// In drift since 2019 under its current company agreement, with fixed ownership shares as the
// cost key (illustrative shares, not the company's real ones). Strong framing, no instrument of
// support in use — «born then forgotten» — no evaluation since the start, and the last budget
// went to the representantskap with its case documents sent out late.
import { checklist, councilDecisions, held, info, municipality, point, sponsorsFor, uses } from './build';
import { personName } from './people';
import { demoCooperation } from './cooperation';
import type { DemoCooperationBuilder } from './types';

export const glitrevannverket: DemoCooperationBuilder = (clock) => {
  const members = [
    municipality('3301', 'Drammen', { role: 'deltaker', population: 102_273, fixedSharePercent: 55, representatives: 2, expectedBenefit: 'Sikker vannforsyning til hele den nye storkommunen uten å drive egne behandlingsanlegg.' }),
    municipality('3203', 'Asker', { role: 'deltaker', fixedSharePercent: 25, expectedBenefit: 'Reservevann og stabil leveranse til de vestlige delene av kommunen.' }),
    municipality('3312', 'Lier', { role: 'deltaker', population: 27_584, fixedSharePercent: 20, expectedBenefit: 'Drikkevann av god kvalitet og en beredskap kommunen ikke kunne bygd alene.' }),
  ];
  return demoCooperation({
    key: 'glitrevannverket',
    name: 'Glitrevannverket IKS',
    members,
    purpose: 'Sikkert drikkevann nok til innbyggerne i eierkommunene: selskapet eier og driver vannbehandlingsanleggene og selger også vann til nabokommuner.',
    problemWhat: 'Tre kommuner henter vann fra de samme kildene og trenger store anlegg som ingen av dem bør eie alene.',
    problemWhy: 'Vannbehandling krever tung kompetanse, store investeringer og god beredskap; én driftsorganisasjon gir sikrere leveranse og lavere pris per kubikkmeter.',
    problemHow: 'Interkommunalt selskap med faste eierandeler som kostnadsnøkkel, representantskap og styre; kommunene kjøper vann til selvkost.',
    taskAreaId: 'Vann og avløp',
    geographicLevel: 'regionalt',
    initiatingKommunenummer: '3301',
    goals: [
      { id: 'g-avbrudd', statement: 'Stabil leveranse', indicator: 'Timer med leveranseavbrudd per år', baseline: '14 timer (2018)', target: 'Under 4 timer', deadline: '2025-12-31' },
      { id: 'g-lekkasje', statement: 'Mindre lekkasje', indicator: 'Andel vann som ikke faktureres', baseline: '18 % (2018)', target: '10 %', deadline: '2028-12-31' },
    ],
    framing: {
      budgetOre: 165_000_000_00,
      financing: 'Eierne betaler etter eierandel; salg av vann til Frogn og Holmestrand reduserer eiernes andel.',
      costKey: { kind: 'faste_andeler', fixedPartPercent: null },
      agreementChecklist: checklist('iks'),
      strategyPlan: 'Hovedplan for vannforsyning 2019–2030',
      actionPlan: 'Investeringsplan rullert med økonomiplanen.',
      annualReport: true,
      accounts: true,
      ownerStrategy: 'Eierstrategi vedtatt i alle tre kommunestyrer i 2018.',
    },
    design: {
      legalForm: 'iks',
      legalFormRationale: 'Store og varige anlegg med felles eierskap; et interkommunalt selskap gir klare eierandeler og et profesjonelt styre.',
      bodies: [
        { id: 'b-representantskap', name: 'Representantskapet', kind: 'representantskap', seats: Object.fromEntries(members.map((m) => [m.id, m.representatives])), rotatingChair: false },
        { id: 'b-styre', name: 'Styret', kind: 'styre', seats: {}, rotatingChair: false },
      ],
      leader: { name: personName('glitrevannverket', 'leder'), title: 'Administrerende direktør', recruitment: 'ekstern', funding: 'Lønnes av selskapet.' },
      mandate: {
        alone: ['Drift, vedlikehold og bemanning', 'Kjøp innenfor vedtatt budsjett'],
        administrative: ['Avtaler om vannsalg til nabokommuner'],
        political: ['Budsjett, økonomiplan og vannpris i representantskapet', 'Større investeringer og nye kilder', 'Endringer i selskapsavtalen'],
      },
      workingMethods: 'Styret møtes åtte ganger i året; representantskapet to ganger. Eierne møtes i et årlig eiermøte.',
    },
    sponsors: sponsorsFor(members, () => ({ politisk: 'ordforer', administrativ: 'teknisk', confirmedAt: '2023-12-04T10:00:00.000Z' })),
    support: {
      practicalSupport: 'Selskapet har egne lokaler og egen administrasjon.',
      minimumFunding: 'Driften er fullt finansiert gjennom vannsalget til eierne.',
      professionalCommunity: null,
    },
    anchoringPoints: [
      point('a-eiermote', 'eiermøte', { type: 'periodisk', frequency: 'aarlig' }, { description: 'Årlig eiermøte med ordførerne.' }),
      point('a-aarsmelding', 'kommunestyre', { type: 'hendelse', event: 'aarsmelding' }, { description: 'Årsmelding og regnskap til kommunestyrene.' }),
    ],
    informationItems: [
      info('politikere', 'Årsmelding, investeringer og vannpris', 'Årlig', 'årsmelding', 'Kommunestyret', 'Administrerende direktør'),
      info('innbyggere', 'Vannkvalitet, planlagte avbrudd og hvem som eier selskapet', 'Løpende', 'nettside', 'Selskapets nettside og SMS-varsling', 'Kommunikasjonsrådgiver'),
      info('media', 'Hendelser som påvirker vannforsyningen', 'Ved hendelser', 'pressemelding', null, 'Administrerende direktør'),
    ],
    participation: {
      representation: 'Drammen har to og Asker og Lier én representant hver i representantskapet.',
      informalContact: 'Direktøren møter de tekniske sjefene i eierkommunene ved behov.',
    },
    // Framing and design in place; the support family is empty.
    instruments: [
      uses('vedtekter_avtale', 'etablert'),
      uses('budsjett', 'etablert'),
      uses('strategi_handlingsplan', 'etablert'),
      uses('aarsmelding_regnskap', 'etablert'),
      uses('driftsavtale', 'etablert'),
      uses('eierstrategi', 'etablert'),
      uses('organisasjonsform', 'etablert'),
      uses('instruksjon_styret', 'planlagt'),
      uses('representanter_organer', 'etablert'),
    ],
    // The documents for the economy plan went out three days before the meeting: a rådmannsfelle signal.
    bodyMeetings: [
      { id: 'mt-representantskap', bodyId: 'b-representantskap', bodyName: 'Representantskapet', date: clock.daysAgo(40), documentsSentDate: clock.daysAgo(43) },
    ],
    bodyDecisions: [
      {
        id: 'bd-okonomiplan',
        meetingId: 'mt-representantskap',
        body: 'Representantskapet',
        date: clock.daysAgo(40),
        title: 'Økonomiplan og vannpris for de neste fire årene',
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
      { kind: 'event', at: '2018-04-16', type: 'START_ETABLERING', comment: 'Eierne ble enige om ny selskapsavtale med faste eierandeler og en felles eierstrategi.' },
      { kind: 'event', at: '2018-09-03', type: 'SEND_TIL_MEDLEMSVEDTAK' },
      { kind: 'decisions', decisions: councilDecisions(1, [
        { memberId: 'm-3301', date: '2018-10-23', body: 'bystyre' },
        { memberId: 'm-3203', date: '2018-10-30' },
        { memberId: 'm-3312', date: '2018-11-13' },
      ]) },
      { kind: 'event', at: '2019-01-01', type: 'ALLE_VEDTAK_FATTET', comment: 'Ny selskapsavtale gjelder fra 1. januar 2019.' },
      { kind: 'anchoring', log: held },
    ],
  });
};
