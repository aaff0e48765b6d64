// Every threshold the warnings and the legitimacy lights use, in one place, each with the
// help text users read (on the forms and on "Slik regnes det ut", which is generated from
// this file). Change a value here and the rules, the forms and the explanation follow.

export interface Threshold {
  value: number;
  /** What the number counts, after the number: "dager", "poeng". */
  unit: string;
  /** A short Norwegian name. */
  label: string;
  /** Why the threshold is where it is and what it triggers, for users. */
  help: string;
}

export const THRESHOLDS = {
  overstyringCount: {
    value: 3,
    unit: 'vedtak',
    label: 'Overstyring: politiske vedtak innenfor operativ leders mandat',
    help:
      'Varselet om overstyring kommer når samarbeidets politiske organer de siste 12 månedene har fattet minst så mange vedtak i saker som ligger innenfor operativ leders mandat – eller når slike saker er mer enn halvparten av de politiske vedtakene. Et enkelt vedtak kan ha gode grunner; et mønster betyr at mandatet ikke blir brukt.',
  },
  documentsNoticeDays: {
    value: 7,
    unit: 'dager',
    label: 'Frist for å sende ut saksdokumenter før møtet',
    help:
      'Saksdokumentene regnes som sendt ut i tide når de går ut minst så mange dager før møtet i samarbeidets organ. Kommer de senere, rekker verken administrasjonen eller de folkevalgte i kommunene å forberede saken. Hvert samarbeid kan sette sin egen frist; denne gjelder når ingen annen er satt.',
  },
  perceivedGapPoints: {
    value: 25,
    unit: 'poeng',
    label: 'Avstand mellom opplevd og strukturell legitimitet',
    help:
      'Når de som svarte i siste evaluering, gir et kriterium minst så mange poeng mer eller mindre enn dataene i Brobygger gjør, kommer et varsel. Enten mangler dataene noe de som kjenner samarbeidet, ser – eller så ser de ikke det dataene viser.',
  },
  largeServiceCooperation: {
    value: 10,
    unit: 'deltakere',
    label: 'Mange deltakere i et tjenestesamarbeid',
    help: 'Tjenestesamarbeid med så mange deltakere eller flere har i regionene vist seg tunge å styre.',
  },
  lowPerceivedMean: {
    value: 2.5,
    unit: 'av 5',
    label: 'Lavt snitt i evalueringen',
    help:
      'Et snitt på dette eller lavere på en påstand i evalueringen (1–5) regnes som lavt. Lave svar på det samme som et varsel handler om, tas med som et ekstra faktum og hever alvorligheten.',
  },
  anchoringGraceDays: {
    value: 30,
    unit: 'dager',
    label: 'Frist for å registrere en forankring som holdt i tide',
    help: 'En forankring teller som holdt i tide når den er holdt senest så mange dager etter fristen. Til da teller den verken for eller imot.',
  },
  inputCapWithoutAnchoring: {
    value: 69,
    unit: 'poeng',
    label: 'Tak på input uten formell forankring det siste året',
    help:
      'Et samarbeid som har vært i drift i minst ett år uten at noen formell forankring er holdt de siste 12 månedene, kan ikke få grønt lys på demokratisk forankring, uansett hvor godt det var forankret da det ble etablert. Input får da høyst denne poengsummen.',
  },
} as const satisfies Record<string, Threshold>;

export type ThresholdId = keyof typeof THRESHOLDS;

/** Traffic-light bands for every 0-100 score (structural and perceived alike). */
export const LIGHT_BANDS = { green: 70, yellow: 40 } as const;
