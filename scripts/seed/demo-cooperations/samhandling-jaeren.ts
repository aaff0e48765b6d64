// Samhandling Jæren (seed 001, case description from l.5222): Klepp, Time, Hå and Gjesdal set
// up a joint project in 2010–11 to meet the coordination reform in health and care. The
// principle was that all four take part in every measure; when Hå wanted acute beds
// (øyeblikkelig hjelp) in its own municipality, the negotiations broke down and Hå left. Shown
// as the four-municipality arrangement that was aborted during establishment; the three others
// carried on in a new cooperation. Populations are seed 000's figures (l.1104-1110).
import { info, municipality, point, sponsorsFor } from './build';
import { personName } from './people';
import { demoCooperation } from './cooperation';
import type { DemoCooperationBuilder } from './types';

const BENEFIT = 'Robuste helse- og omsorgstilbud nær innbyggerne og sterkere fagmiljøer enn kommunen kan bygge alene.';

export const samhandlingJaeren: DemoCooperationBuilder = () => {
  const members = [
    municipality('1120', 'Klepp', { role: 'deltaker', population: 19_848, expectedBenefit: BENEFIT }),
    municipality('1121', 'Time', { role: 'deltaker', population: 19_106, expectedBenefit: BENEFIT }),
    municipality('1119', 'Hå', { role: 'deltaker', population: 19_120, expectedBenefit: 'Felles tiltak der det lønner seg, men øyeblikkelig hjelp-plasser i egen kommune.' }),
    municipality('1122', 'Gjesdal', { role: 'deltaker', population: 12_064, expectedBenefit: BENEFIT }),
  ];
  return demoCooperation({
    key: 'samhandlingJaeren',
    name: 'Samhandling Jæren – felles helsetiltak for fire kommuner',
    members,
    purpose: 'Prosjekt der fire jærkommuner skulle utrede og etablere felles helse- og omsorgstiltak etter samhandlingsreformen, blant annet øyeblikkelig hjelp-plasser.',
    problemWhat: 'Samhandlingsreformen gir kommunene nye og mer krevende oppgaver i helse og omsorg.',
    problemWhy: 'Hver kommune alene har for få pasienter og fagfolk til å gi gode nok tilbud i de nye oppgavene.',
    problemHow: 'Et felles prosjekt styrt av regionrådet, med prosjektleder, en prosjektgruppe av helsesjefene og milepælsplan til hvert kommunestyre.',
    taskAreaId: 'Øyeblikkelig hjelp døgnopphold',
    geographicLevel: 'regionalt',
    initiatingKommunenummer: '1122',
    goals: [
      { id: 'g-tiltak', statement: 'Minst ett felles tiltak i drift', indicator: 'Felles tiltak etablert', baseline: 'Ingen', target: 'Minst ett', deadline: '2012-12-31' },
    ],
    framing: { financing: 'Kommunene finansierer prosjektlederen; skjønnsmidler og tilskudd fra Helsedirektoratet til resten.', annualReport: true },
    design: {
      legalForm: 'prosjekt',
      legalFormRationale: 'Et tidsavgrenset prosjekt skulle utrede tiltakene før kommunene valgte en varig samarbeidsform.',
      bodies: [
        { id: 'b-styringsgruppe', name: 'Styringsgruppen (regionrådet)', kind: 'styringsgruppe', seats: Object.fromEntries(members.map((m) => [m.id, 3])), rotatingChair: false },
        { id: 'b-prosjektgruppe', name: 'Prosjektgruppen', kind: 'arbeidsutvalg', seats: Object.fromEntries(members.map((m) => [m.id, 1])), rotatingChair: false },
      ],
      leader: { name: personName('samhandlingJaeren', 'leder'), title: 'Prosjektleder', recruitment: 'ekstern', funding: 'Kommunene dekker stillingen i prosjektperioden.' },
      mandate: { alone: ['Prosjektplan og arbeidsmetoder'], administrative: [], political: ['Valg av tiltak og samarbeidsmodell'] },
    },
    sponsors: sponsorsFor(members, () => ({ politisk: 'ordforer', administrativ: 'helse', confirmedAt: '2011-03-01T10:00:00.000Z' })),
    anchoringPoints: [
      point('a-milepael', 'kommunestyre', { type: 'hendelse', event: 'stor_beslutning' }, { description: 'Milepælsplanen og valg av tiltak legges fram for hvert kommunestyre.' }),
    ],
    informationItems: [
      info('politikere', 'Framdrift og forslag til tiltak', 'Ved hver milepæl', 'informasjonsmøte', 'Kommunestyrene', 'Prosjektleder'),
    ],
    isPublic: true,
    steps: [
      { kind: 'event', at: '2011-02-15', type: 'START_ETABLERING', comment: 'Regionrådet har ansatt prosjektleder og gitt prosjektet mandat.' },
      { kind: 'event', at: '2011-09-05', type: 'VELG_FASE', phase: 'design' },
      {
        kind: 'event',
        at: '2012-06-18',
        type: 'AVBRYT',
        comment:
          'Hå ville ha øyeblikkelig hjelp-plassene i egen kommune. Prinsippet var at alle deltar i alle tiltak, så forhandlingene brøt sammen og Hå trakk seg. Klepp, Time og Gjesdal fortsetter i et nytt samarbeid.',
      },
    ],
  });
};
