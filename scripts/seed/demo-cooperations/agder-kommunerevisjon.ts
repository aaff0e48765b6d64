// Agder Kommunerevisjon IKS (seed 000 l.657: Kristiansand owns 52 % together with Vennesla,
// Evje og Hornnes, Bykle, Valle, Iveland, Bygland and Agder fylkeskommune). A new company
// agreement is out for member decisions: every phase ready, some councils have said yes, Bykle
// has postponed, three owners have not decided yet. Only Kristiansand's share is from the seed;
// the other ownership shares are illustrative.
import { checklist, councilDecisions, info, municipality, organisation, point, sponsorsFor, uses } from './build';
import { personName } from './people';
import { demoCooperation } from './cooperation';
import type { DemoCooperationBuilder } from './types';

const BENEFIT_SMALL = 'Tilgang til forvaltningsrevisjon og eierskapskontroll av samme kvalitet som i de store kommunene, til en forutsigbar pris.';

export const agderKommunerevisjon: DemoCooperationBuilder = (clock) => {
  const members = [
    municipality('4204', 'Kristiansand', { role: 'kontorkommune', fixedSharePercent: 52, representatives: 2, expectedBenefit: 'Et uavhengig revisjonsmiljø som er stort nok til å dekke kommunens omfattende selskaper og tjenester.' }),
    organisation('agderFylkeskommune', 'Agder fylkeskommune', { role: 'deltaker', fixedSharePercent: 13, representatives: 2, contactPerson: personName('agderFylkeskommune', 'okonomi'), expectedBenefit: 'Revisjon av fylkeskommunen og felles metodeutvikling med kommunene.' }),
    municipality('4223', 'Vennesla', { role: 'deltaker', fixedSharePercent: 12, expectedBenefit: 'Fast revisor som kjenner kommunen, og forvaltningsrevisjon etter kontrollutvalgets plan.' }),
    municipality('4219', 'Evje og Hornnes', { role: 'deltaker', fixedSharePercent: 6, expectedBenefit: BENEFIT_SMALL }),
    municipality('4222', 'Bykle', { role: 'deltaker', fixedSharePercent: 5, expectedBenefit: BENEFIT_SMALL }),
    municipality('4221', 'Valle', { role: 'deltaker', fixedSharePercent: 4, expectedBenefit: BENEFIT_SMALL }),
    municipality('4218', 'Iveland', { role: 'deltaker', fixedSharePercent: 4, expectedBenefit: BENEFIT_SMALL }),
    municipality('4220', 'Bygland', { role: 'deltaker', fixedSharePercent: 4, expectedBenefit: BENEFIT_SMALL }),
  ];
  return demoCooperation({
    key: 'agderKommunerevisjon',
    name: 'Agder Kommunerevisjon IKS',
    members,
    purpose: 'Felles kommunerevisjon som gir eierne regnskapsrevisjon, forvaltningsrevisjon og eierskapskontroll fra et uavhengig og sterkt fagmiljø.',
    problemWhat: 'Små kommuner kan ikke bygge egne revisjonsmiljøer med den bredden loven og kontrollutvalgene krever.',
    problemWhy: 'Kravene til forvaltningsrevisjon og eierskapskontroll har økt, og det er vanskelig å rekruttere revisorer til små enheter.',
    problemHow: 'Ny selskapsavtale for det interkommunale selskapet med faste eierandeler, representantskap og styre, og kontrollutvalgene som bestillere.',
    taskAreaId: 'Revisjon',
    geographicLevel: 'regionalt',
    initiatingKommunenummer: '4204',
    goals: [
      { id: 'g-forvaltningsrevisjon', statement: 'Forvaltningsrevisjon levert etter plan', indicator: 'Andel bestilte forvaltningsrevisjoner levert innen avtalt frist', baseline: '70 % (2025)', target: '95 %', deadline: '2028-12-31' },
      { id: 'g-beretning', statement: 'Revisjonsberetninger i tide', indicator: 'Andel revisjonsberetninger avgitt innen 15. april', baseline: '90 % (2025)', target: '100 %', deadline: '2027-06-30' },
    ],
    framing: {
      budgetOre: 26_500_000_00,
      financing: 'Eierne betaler etter eierandel; forvaltningsrevisjon ut over grunnavtalen faktureres etter medgått tid.',
      costKey: { kind: 'faste_andeler', fixedPartPercent: null },
      agreementChecklist: checklist('iks'),
      strategyPlan: 'Strategi for selskapet 2027–2030',
      actionPlan: 'Årlig virksomhetsplan vedtatt av styret.',
      annualReport: true,
      accounts: true,
      ownerStrategy: 'Felles eierstrategi vedtas sammen med selskapsavtalen.',
    },
    design: {
      legalForm: 'iks',
      legalFormRationale: 'Revisjonen må være uavhengig av kommunene den reviderer; et eget selskap med faste eierandeler gir det, og fylkeskommunen kan være eier.',
      bodies: [
        { id: 'b-representantskap', name: 'Representantskapet', kind: 'representantskap', seats: Object.fromEntries(members.map((m) => [m.id, m.representatives])), rotatingChair: false },
        { id: 'b-styre', name: 'Styret', kind: 'styre', seats: {}, rotatingChair: false },
      ],
      leader: { name: personName('agderKommunerevisjon', 'leder'), title: 'Revisjonssjef (daglig leder)', recruitment: 'ekstern', funding: 'Stillingen inngår i selskapets budsjett.' },
      mandate: {
        alone: ['Revisjonsplaner og bemanning av oppdrag', 'Faglige metoder og kvalitetskontroll'],
        administrative: ['Prisliste for tilleggsoppdrag'],
        political: ['Budsjett og økonomiplan i representantskapet', 'Endringer i selskapsavtalen', 'Nye eiere'],
      },
      workingMethods: 'Kontrollutvalgene bestiller; styret møtes seks ganger i året og representantskapet to ganger.',
    },
    sponsors: sponsorsFor(members, () => ({ politisk: 'ordforer', administrativ: 'okonomi', confirmedAt: `${clock.daysAgo(150)}T10:00:00.000Z` })),
    support: {
      practicalSupport: 'Selskapet leier kontor i Kristiansand og har avdelingskontor i Setesdal.',
      minimumFunding: 'Grunnavtalen sikrer finansiering av revisjonssjef og fast bemanning.',
      professionalCommunity: 'Revisorene deltar i fagnettverk med de andre kommunerevisjonene på Sørlandet.',
    },
    anchoringPoints: [
      point('a-eiermote', 'eiermøte', { type: 'periodisk', frequency: 'aarlig' }, { description: 'Eiermøte med ordførerne før representantskapets budsjettmøte.' }),
      point('a-aarsmelding', 'kommunestyre', { type: 'hendelse', event: 'aarsmelding' }, { description: 'Selskapets årsmelding legges fram for kommunestyret og fylkestinget.' }),
      point('a-kontrollutvalg', 'kontrollutvalg', { type: 'periodisk', frequency: 'halvaarlig' }, { description: 'Status for bestilte revisjoner i hvert kontrollutvalg.' }),
    ],
    informationItems: [
      info('politikere', 'Funn fra revisjonene og oppfølgingen av dem', 'Halvårlig', 'orienteringssak', 'Kontrollutvalget', 'Revisjonssjef'),
      info('innbyggere', 'Revisjonsrapporter, selskapsavtale og hvem som har ansvaret', 'Når rapporter er behandlet', 'nettside', 'Selskapets nettside', 'Revisjonssjef'),
      info('administrasjon', 'Revisjonsplan og frister for kommunenes regnskap', 'Årlig', 'informasjonsmøte', null, 'Revisjonssjef'),
    ],
    participation: {
      representation: 'Hver eier har én plass i representantskapet, Kristiansand og fylkeskommunen to.',
      informalContact: 'Revisjonssjefen møter økonomisjefene i eierkommunene to ganger i året.',
    },
    instruments: [
      uses('vedtekter_avtale', 'planlagt'),
      uses('budsjett', 'etablert'),
      uses('eierstrategi', 'planlagt'),
      uses('aarsmelding_regnskap', 'etablert'),
      uses('organisasjonsform', 'etablert'),
      uses('instruksjon_styret', 'planlagt'),
      uses('minimumsfinansiering', 'etablert'),
      uses('sponsor', 'planlagt'),
      uses('representanter_organer', 'etablert'),
      uses('informasjonsmoter', 'etablert'),
    ],
    isPublic: true,
    steps: [
      { kind: 'event', at: clock.daysAgo(200), type: 'START_ETABLERING', comment: 'Representantskapet ba eierne om en ny selskapsavtale med eierandeler i prosent.' },
      { kind: 'event', at: clock.daysAgo(170), type: 'VELG_FASE', phase: 'design' },
      { kind: 'event', at: clock.daysAgo(140), type: 'VELG_FASE', phase: 'stotte' },
      { kind: 'event', at: clock.daysAgo(120), type: 'VELG_FASE', phase: 'deltakelse' },
      { kind: 'event', at: clock.daysAgo(75), type: 'SEND_TIL_MEDLEMSVEDTAK', comment: 'Selskapsavtalen er sendt til sju kommunestyrer og fylkestinget.' },
      {
        kind: 'decisions',
        decisions: councilDecisions(1, [
          { memberId: 'm-4204', date: clock.daysAgo(45), body: 'bystyre' },
          { memberId: 'm-4223', date: clock.daysAgo(38) },
          { memberId: 'm-4218', date: clock.daysAgo(33) },
          { memberId: 'm-4222', date: clock.daysAgo(20), outcome: 'utsatt' },
          { memberId: 'm-4221', date: clock.daysAgo(12) },
        ]),
      },
    ],
  });
};
