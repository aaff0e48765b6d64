// Drammensregionen interkommunalt politisk råd (seed 000 l.963-990): Drammen, Lier, Øvre Eiker
// and Holmestrand, with a secretariat in Drammen and three priority areas. Shown while it is
// being established and deliberately incomplete, so a newcomer sees the missing lists:
// innramming and design are ready; støtte lacks sponsors in two members and a minimum
// funding; deltakelse lacks anything for citizens and an arrangement for informal contact.
import { checklist, info, municipality, point, sponsorsFor, uses } from './build';
import { personName } from './people';
import { demoCooperation } from './cooperation';
import type { DemoCooperationBuilder } from './types';

export const drammensregionen: DemoCooperationBuilder = (clock) => {
  const members = [
    municipality('3301', 'Drammen', { role: 'kontorkommune', population: 102_273, representatives: 2, expectedBenefit: 'En tydelig rolle som motor for regional utvikling vest for Oslo.' }),
    municipality('3312', 'Lier', { role: 'deltaker', population: 27_584, representatives: 2, expectedBenefit: 'Felles satsing på helsenæring ved det nye sykehuset på grensen mot Drammen.' }),
    municipality('3314', 'Øvre Eiker', { role: 'deltaker', population: 20_044, representatives: 2, expectedBenefit: 'Samarbeid om næringsarealer og framtidens kompetanse.' }),
    municipality('3903', 'Holmestrand', { role: 'deltaker', population: 25_681, representatives: 2, expectedBenefit: 'En bro mot Drammensregionen i saker der kommunen ellers ser mot Vestfold.' }),
  ];
  return demoCooperation({
    key: 'drammensregionen',
    name: 'Drammensregionen interkommunalt politisk råd',
    members,
    purpose: 'Politisk samarbeidsråd som skal styrke regionens identitet og kontakt, synliggjøre regionen for næringslivet og gi de fire kommunene en felles stemme overfor Osloregionen, fylkene og staten.',
    problemWhat: 'Etter kommunesammenslåingene manglet regionen en felles politisk arena; det tidligere regionrådet var blitt et rent samtaleforum.',
    problemWhy: 'Uten samordning konkurrerer kommunene om de samme etableringene og når dårligere fram i regionale og nasjonale saker.',
    problemHow: 'Et interkommunalt politisk råd med sekretariat i Drammen og tre satsingsområder: grønn nærings- og samfunnsutvikling, framtidens kompetanse og attraktivitet.',
    taskAreaId: 'Interkommunalt politisk råd / regionråd',
    geographicLevel: 'regionalt',
    initiatingKommunenummer: '3301',
    goals: [
      { id: 'g-strategi', statement: 'Felles regional strategi', indicator: 'Strategien er vedtatt i alle fire kommunestyrer', baseline: 'Ingen felles strategi', target: 'Vedtatt i alle fire', deadline: '2027-06-30' },
      { id: 'g-helsenaering', statement: 'Helsenæring ved det nye sykehuset', indicator: 'Virksomheter etablert i helseparken', baseline: '0', target: '15 virksomheter', deadline: '2030-12-31' },
    ],
    framing: {
      budgetOre: 3_800_000_00,
      financing: 'Tilskudd fra kommunene etter fordelingsnøkkelen, pluss prosjektmidler fra fylkeskommunene.',
      costKey: { kind: 'fast_og_innbyggere', fixedPartPercent: 50 },
      hostCompensationNote: 'Drammen får sekretariatslederens lønn og kontorplass dekket over rådets budsjett.',
      // Exit, dissolution and evaluation are still being negotiated.
      agreementChecklist: checklist('ipr', ['uttreden', 'opplosning', 'evaluering', 'uttreden-praktisk']),
      strategyPlan: 'Strategidokument under arbeid',
      annualReport: true,
      accounts: true,
    },
    design: {
      legalForm: 'ipr',
      legalFormRationale: 'Rådet skal samordne og drive interessepolitikk, ikke produsere tjenester; et interkommunalt politisk råd erstatter de tidligere regionrådene.',
      bodies: [
        { id: 'b-representantskap', name: 'Representantskapet', kind: 'representantskap', seats: Object.fromEntries(members.map((m) => [m.id, 2])), rotatingChair: true },
        { id: 'b-au', name: 'Administrativt arbeidsutvalg', kind: 'arbeidsutvalg', seats: Object.fromEntries(members.map((m) => [m.id, 1])), rotatingChair: false },
      ],
      leader: { name: personName('drammensregionen', 'leder'), title: 'Sekretariatsleder', recruitment: 'ekstern', funding: 'Full stilling i sekretariatet, finansiert over rådets budsjett.' },
      mandate: {
        alone: ['Møteplan, saksforberedelse og faggrupper'],
        administrative: ['Prosjekter innenfor vedtatt budsjett'],
        political: ['Høringsuttalelser', 'Strategidokument og budsjett'],
      },
      workingMethods: 'Representantskapet møtes fire ganger i året; faggrupper med folk fra kommunene og partnere konkretiserer satsingsområdene.',
    },
    // Holmestrand has not appointed sponsors yet; Øvre Eiker has only an administrative one.
    sponsors: sponsorsFor(members, (m) => {
      if (m.kommunenummer === '3903') return null;
      const confirmedAt = `${clock.daysAgo(60)}T10:00:00.000Z`;
      if (m.kommunenummer === '3314') return { politisk: null, administrativ: 'samfunn', confirmedAt };
      return { politisk: 'ordforer', administrativ: 'kommunedirektor', confirmedAt };
    }),
    support: {
      practicalSupport: 'Drammen stiller kontor og møterom i rådhuset.',
      minimumFunding: null,
      professionalCommunity: null,
    },
    anchoringPoints: [
      point('a-formannskap', 'formannskap', { type: 'periodisk', frequency: 'halvaarlig' }, { description: 'Orientering om rådets saker.' }),
      point('a-aarsmelding', 'kommunestyre', { type: 'hendelse', event: 'aarsmelding' }),
    ],
    informationItems: [
      info('politikere', 'Sakliste og vedtak fra representantskapet', 'Etter hvert møte', 'orienteringssak', 'Formannskapet', 'Sekretariatsleder'),
    ],
    participation: {
      representation: 'Ordfører og én representant fra opposisjonen fra hver kommune i representantskapet.',
      informalContact: null,
    },
    instruments: [
      uses('vedtekter_avtale', 'planlagt'),
      uses('budsjett', 'planlagt'),
      uses('organisasjonsform', 'etablert'),
      uses('rekruttering_leder', 'planlagt'),
      uses('representanter_organer', 'planlagt'),
    ],
    isPublic: false,
    steps: [
      { kind: 'event', at: clock.daysAgo(120), type: 'START_ETABLERING', comment: 'Ordførerne ble enige om å formalisere samarbeidet som interkommunalt politisk råd.' },
      { kind: 'event', at: clock.daysAgo(90), type: 'VELG_FASE', phase: 'design' },
      { kind: 'event', at: clock.daysAgo(30), type: 'VELG_FASE', phase: 'stotte' },
    ],
  });
};
