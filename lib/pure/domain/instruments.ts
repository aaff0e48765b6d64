// The metastyring instrument catalogue (IRIS/KS 2013, table 3.1 and figure 3.1) and the
// 2x2 matrix that shows which families of governance instruments a cooperation uses.
// Pure data and functions: the dossier's InstrumentUse[] goes in, a picture-ready grid comes out.
// The names here are bokmål and stay in the code: the Virkemidler form (a client component)
// imports this module, so it must not pull in the catalogues. Other languages come from the
// `virkemidler` namespace (instruments-derived.ts: familiesIn, instrumentLabel); a test keeps
// nb.json's words equal to these.
import { PHASES, type InstrumentStatus, type InstrumentUse, type Phase } from './dossier';

/** Whether the municipality governs at arm's length (indirekte) or in contact with the cooperation (direkte). */
export type Directness = 'indirekte' | 'direkte';
/** Degree of public involvement in what the cooperation does. */
export type Involvement = 'lav' | 'hoy';

export interface Family {
  id: Phase;
  label: string;
  directness: Directness;
  involvement: Involvement;
  /** Axis position in words, e.g. "Indirekte styring, lav involvering". */
  position: string;
  description: string;
}

export const FAMILIES: readonly Family[] = [
  {
    id: 'innramming',
    label: 'Innramming',
    directness: 'indirekte',
    involvement: 'lav',
    position: 'Indirekte styring, lav involvering',
    description: 'Rammene samarbeidet virker innenfor: avtaler og vedtekter, økonomi, planer og rapportering.',
  },
  {
    id: 'design',
    label: 'Institusjonelt design',
    directness: 'indirekte',
    involvement: 'hoy',
    position: 'Indirekte styring, høy involvering',
    description: 'Valg av organisasjonsform, deltakere, leder og arbeidsform – og endring av dem underveis.',
  },
  {
    id: 'stotte',
    label: 'Støtte og tilrettelegging',
    directness: 'direkte',
    involvement: 'lav',
    position: 'Direkte styring, lav involvering',
    description: 'Praktisk hjelp, en trygg grunnfinansiering og sponsorer som åpner dører i kommunen.',
  },
  {
    id: 'deltakelse',
    label: 'Deltakelse',
    directness: 'direkte',
    involvement: 'hoy',
    position: 'Direkte styring, høy involvering',
    description: 'Politikere og administrasjon deltar selv i samarbeidets organer, møter og forhandlinger.',
  },
];

export const INSTRUMENT_CODES = [
  'vedtekter_avtale',
  'budsjett',
  'strategi_handlingsplan',
  'aarsmelding_regnskap',
  'driftsavtale',
  'eierstrategi',
  'organisasjonsform',
  'valg_deltakere',
  'rekruttering_leder',
  'arbeidsform',
  'instruksjon_styret',
  'rullerende_lederverv',
  'redesign',
  'praktisk_stotte',
  'minimumsfinansiering',
  'sponsor',
  'dele_begeistringen',
  'representanter_organer',
  'informasjonsmoter',
  'uformell_kontakt',
  'forhandlinger',
] as const;
export type InstrumentCode = (typeof INSTRUMENT_CODES)[number];

export interface Instrument {
  code: InstrumentCode;
  family: Phase;
  label: string;
  description: string;
}

export const INSTRUMENTS: readonly Instrument[] = [
  { code: 'vedtekter_avtale', family: 'innramming', label: 'Vedtekter, selskapsavtale, samarbeidsavtale eller aksjonæravtale', description: 'Det styrende dokumentet som kommunestyrene vedtar.' },
  { code: 'budsjett', family: 'innramming', label: 'Budsjett', description: 'Årlig bevilgning og økonomiplan, med fordeling mellom deltakerne.' },
  { code: 'strategi_handlingsplan', family: 'innramming', label: 'Strategi- og handlingsplaner', description: 'Mål og prioriteringer for perioden, gjerne behandlet politisk.' },
  { code: 'aarsmelding_regnskap', family: 'innramming', label: 'Årsmelding og regnskap', description: 'Årlig redegjørelse for resultater og økonomi til eierne.' },
  { code: 'driftsavtale', family: 'innramming', label: 'Driftsavtale eller andre juridiske bindinger', description: 'Avtale om hva samarbeidet skal levere, f.eks. vilkår for tilskudd.' },
  { code: 'eierstrategi', family: 'innramming', label: 'Eierskapsmelding eller eierstrategi', description: 'Kommunens uttalte mål med eierskapet og forventninger til samarbeidet.' },
  { code: 'organisasjonsform', family: 'design', label: 'Organisasjonsform', description: 'Bevisst valg av juridisk form, begrunnet i oppgaven.' },
  { code: 'valg_deltakere', family: 'design', label: 'Valg av deltakere', description: 'Hvilke kommuner og andre aktører som er med, og hvem som representerer dem.' },
  { code: 'rekruttering_leder', family: 'design', label: 'Valg av operativ leder', description: 'Rekruttering av lederen – intern med lokalkunnskap eller ekstern og nøytral.' },
  { code: 'arbeidsform', family: 'design', label: 'Arbeidsform', description: 'Møteplasser, arbeidsgrupper og hvordan saker forberedes og besluttes.' },
  { code: 'instruksjon_styret', family: 'design', label: 'Instruksjon av styret', description: 'Eierne gir styret føringer eller omgjør styrevedtak der loven åpner for det.' },
  { code: 'rullerende_lederverv', family: 'design', label: 'Rullerende lederverv', description: 'Leder- og nestledervervet går på omgang mellom deltakerne.' },
  { code: 'redesign', family: 'design', label: 'Redesign', description: 'Endring av organisering og arbeidsform etter evaluering.' },
  { code: 'praktisk_stotte', family: 'stotte', label: 'Praktisk støtte', description: 'Kontor, møterom, sekretariat og annen administrativ hjelp.' },
  { code: 'minimumsfinansiering', family: 'stotte', label: 'Minimumsfinansiering', description: 'En sikret grunnfinansiering, minst lønnen til operativ leder.' },
  { code: 'sponsor', family: 'stotte', label: 'Politisk og administrativ sponsor', description: 'Personer i kommunens ledelse som jevnlig støtter og forankrer samarbeidet.' },
  { code: 'dele_begeistringen', family: 'stotte', label: 'Å dele begeistringen', description: 'Ledere som snakker varmt om samarbeidet og gjør det kjent.' },
  { code: 'representanter_organer', family: 'deltakelse', label: 'Representanter i styre og arbeidsutvalg', description: 'Politikere og administrasjon sitter i samarbeidets styrende organer.' },
  { code: 'informasjonsmoter', family: 'deltakelse', label: 'Informasjonsmøter', description: 'Faste møter der kommunens ledelse blir orientert av samarbeidet.' },
  { code: 'uformell_kontakt', family: 'deltakelse', label: 'Uformell direkte kontakt', description: 'Jevnlige samtaler mellom kommunens ledelse og samarbeidets leder.' },
  { code: 'forhandlinger', family: 'deltakelse', label: 'Deltakelse i forhandlinger', description: 'Kommunens folk forhandler selv fram viktige avtaler og løsninger.' },
];

export function instrument(code: string | null | undefined): Instrument | undefined {
  return code ? INSTRUMENTS.find((i) => i.code === code) : undefined;
}

export function family(id: string): Family | undefined {
  return FAMILIES.find((f) => f.id === id);
}

export function instrumentsOf(familyId: Phase): Instrument[] {
  return INSTRUMENTS.filter((i) => i.family === familyId);
}

export interface MatrixCell<U extends InstrumentUse = InstrumentUse> {
  family: Family;
  counts: Record<InstrumentStatus, number> & { total: number };
  /** No instrument of this family recorded at all: the gap the picture is meant to reveal. */
  empty: boolean;
  uses: U[];
}

export interface InstrumentMatrix<U extends InstrumentUse = InstrumentUse> {
  byFamily: Record<Phase, MatrixCell<U>>;
  /** rows: indirekte, direkte; columns: lav, høy involvering — the layout of table 3.1. */
  grid: [[MatrixCell<U>, MatrixCell<U>], [MatrixCell<U>, MatrixCell<U>]];
}

/**
 * Groups a cooperation's instruments into the four families. Stored rows with a family
 * outside the typology (older data) match no cell and are left out rather than crashing the page.
 */
export function matrix<U extends InstrumentUse>(instrumentUses: readonly U[], families: readonly Family[] = FAMILIES): InstrumentMatrix<U> {
  const cell = (f: Family): MatrixCell<U> => {
    const uses = instrumentUses.filter((u) => u.family === f.id);
    const planlagt = uses.filter((u) => u.status === 'planlagt').length;
    const etablert = uses.filter((u) => u.status === 'etablert').length;
    return { family: f, counts: { planlagt, etablert, total: uses.length }, empty: uses.length === 0, uses };
  };
  const byFamily = Object.fromEntries(families.map((f) => [f.id, cell(f)])) as Record<Phase, MatrixCell<U>>;
  return {
    byFamily,
    grid: [
      [byFamily.innramming, byFamily.design],
      [byFamily.stotte, byFamily.deltakelse],
    ],
  };
}

export interface MissingOptions {
  /** Count only instruments that are in place; planned ones do not fill the gap yet. */
  establishedOnly?: boolean;
}

/** Families with no instrument, in typology order. */
export function missingFamilies(
  instrumentUses: readonly InstrumentUse[],
  options: MissingOptions = {},
): Phase[] {
  const counted = options.establishedOnly
    ? instrumentUses.filter((u) => u.status === 'etablert')
    : instrumentUses;
  const cells = matrix(counted).byFamily;
  return PHASES.filter((p) => cells[p].empty);
}
