// The structural legitimacy indicators as data: criterion, label, weight, whether the fact was
// fixed when the cooperation was born or follows its life, and what it measures. The scoring
// modules take their labels and weights from here, and "Slik regnes det ut" is generated
// from the same table, so the explanation cannot drift from the computation. The labels and
// explanations here are the bokmål ones; every language's (bokmål included) are in the catalogue
// namespace `legitimitetstekst` under indicator.<id> (indicatorLabel, indicatorExplanation).
import type { Criterion } from './legitimacy';
import { BOKMAAL_LEGITIMACY, type LegitimacyKey, type LegitimacyWords } from './legitimacy-words';

/** 'etablering': fixed when the cooperation was set up; 'loepende': follows what happens now. */
export type IndicatorBasis = 'etablering' | 'loepende';

export interface IndicatorDefinition {
  criterion: Criterion;
  label: string;
  weight: number;
  basis: IndicatorBasis;
  /** What the indicator measures and when it does not count, for "Slik regnes det ut". */
  explanation: string;
}

export const INDICATORS = {
  'input.tilslutning': {
    criterion: 'input',
    label: 'Formelt vedtak om tilslutning i alle deltakere',
    weight: 1,
    basis: 'etablering',
    explanation: 'Andelen deltakere der siste vedtak om samarbeidet er tilslutning.',
  },
  'input.sponsorer': {
    criterion: 'input',
    label: 'Politisk og administrativ sponsor hos hver deltaker',
    weight: 2,
    basis: 'loepende',
    explanation: 'Andelen deltakere som i dag har både en politisk og en administrativ sponsor.',
  },
  'input.sponsorer_bekreftet': {
    criterion: 'input',
    label: 'Sponsorer bekreftet etter siste kommunevalg',
    weight: 2,
    basis: 'loepende',
    explanation: 'Andelen sponsorer som ikke venter på ny bekreftelse etter et registrert kommunevalg. Teller ikke når samarbeidet ikke har sponsorer.',
  },
  'input.forankringspunkter': {
    criterion: 'input',
    label: 'Formelle forankringspunkter er planlagt',
    weight: 1,
    basis: 'etablering',
    explanation: 'Fullt ut når minst ett formelt forankringspunkt er lagt til politisk nivå, halvt når bare administrativt nivå er planlagt.',
  },
  'input.forankring_holdt': {
    criterion: 'input',
    label: 'Formelle forankringspunkter holdt i tide siste 12 måneder',
    weight: 2,
    basis: 'loepende',
    explanation:
      'Andelen formelle forankringer med frist de siste 12 månedene som ble holdt i tide. Forankringer som fortsatt er innenfor fristen for registrering, teller ikke ennå.',
  },
  'input.forankring_per_deltaker': {
    criterion: 'input',
    label: 'Formell forankring holdt hos hver deltaker siste 12 måneder',
    weight: 3,
    basis: 'loepende',
    explanation:
      'Andelen deltakere der minst én formell forankring er holdt de siste 12 månedene. Teller først når samarbeidet har vært i drift i ett år.',
  },
  'input.organisasjonsform': {
    criterion: 'input',
    label: 'Bevisst valgt organisasjonsform',
    weight: 1,
    basis: 'etablering',
    explanation: 'Fullt ut når formen er valgt og begrunnet, halvt når den er valgt uten begrunnelse.',
  },
  'input.mandat': {
    criterion: 'input',
    label: 'Operativ leders handlingsrom er avklart på alle tre nivåer',
    weight: 1,
    basis: 'etablering',
    explanation: 'En tredel for hvert nivå mandatet beskriver: det lederen avgjør selv, det som krever administrativ og det som krever politisk forankring.',
  },
  'throughput.informasjonsplan': {
    criterion: 'throughput',
    label: 'Informasjonsplanen når politikere, administrasjon og innbyggere',
    weight: 2,
    basis: 'loepende',
    explanation: 'En tredel for hver av de tre målgruppene informasjonsplanen har tiltak rettet mot.',
  },
  'throughput.publisering': {
    criterion: 'throughput',
    label: 'Referater og vedtak blir publisert',
    weight: 1,
    basis: 'loepende',
    explanation:
      'Fullt ut når informasjonsplanen har publiserte referater som kanal, når holdte forankringer har lenke til referat, eller når referater fra samarbeidets egne møter er offentlige.',
  },
  'throughput.saksdokumenter': {
    criterion: 'throughput',
    label: 'Saksdokumenter sendt ut i tide',
    weight: 1,
    basis: 'loepende',
    explanation:
      'Andelen møter i samarbeidets organer de siste 12 månedene der saksdokumentene gikk ut innen fristen før møtet. Møter uten registrert utsendingsdato teller ikke; uten slike møter teller indikatoren ikke.',
  },
  'output.maal': {
    criterion: 'output',
    label: 'Mål med indikator og målverdi',
    weight: 1,
    basis: 'etablering',
    explanation: 'Andelen mål som har både indikator og målverdi.',
  },
  'output.maaloppnaaelse': {
    criterion: 'output',
    label: 'Måloppnåelse i siste evaluering',
    weight: 2,
    basis: 'loepende',
    explanation:
      'Snittet av svarene om måloppnåelse (1 = langt unna, 5 = nådd) i siste avsluttede evaluering, regnet om til 0–100 %. Teller ikke før en evaluering med svar om målene er avsluttet.',
  },
  'output.minimumsfinansiering': {
    criterion: 'output',
    label: 'Minimumsfinansiering er avklart',
    weight: 1,
    basis: 'etablering',
    explanation: 'Fullt ut når grunnfinansieringen eller finansieringen av operativ leder er beskrevet.',
  },
  'output.operativ_leder': {
    criterion: 'output',
    label: 'Operativ leder er på plass',
    weight: 1,
    basis: 'loepende',
    explanation: 'Fullt ut når samarbeidet har en operativ leder registrert.',
  },
  'output.evaluering': {
    criterion: 'output',
    label: 'Evaluering gjennomført etter planen',
    weight: 2,
    basis: 'loepende',
    explanation: 'Fullt ut når siste evaluering (eller oppstarten) ikke ligger lenger tilbake enn evalueringsintervallet.',
  },
} as const satisfies Record<string, IndicatorDefinition>;

export type IndicatorId = keyof typeof INDICATORS;

export const BASIS_LABELS: Readonly<Record<IndicatorBasis, string>> = {
  etablering: 'Fra etableringen',
  loepende: 'Løpende',
};

export function isIndicatorId(id: string): id is IndicatorId {
  return Object.hasOwn(INDICATORS, id);
}

/** An indicator's name in one language (bokmål by default). */
export function indicatorLabel(id: IndicatorId, w: LegitimacyWords = BOKMAAL_LEGITIMACY): string {
  return w.t(`indicator.${id}.label` as LegitimacyKey);
}

/** What an indicator measures, in one language (bokmål by default). */
export function indicatorExplanation(id: IndicatorId, w: LegitimacyWords = BOKMAAL_LEGITIMACY): string {
  return w.t(`indicator.${id}.explanation` as LegitimacyKey);
}

/** The fixed part of an Indicator: id, label (in the given language) and weight from the table. */
export function indicatorBase(id: IndicatorId, w: LegitimacyWords = BOKMAAL_LEGITIMACY) {
  const def: IndicatorDefinition = INDICATORS[id];
  return { id, label: indicatorLabel(id, w), weight: def.weight };
}
