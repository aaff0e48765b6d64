// Plain-language guidance (bokmål) for the establishing phases, the legitimacy criteria,
// the three governance traps and every instrument. Paraphrased from the research
// (IRIS/KS 2013, seed 001); help.test.ts checks that no sentence has been pasted from it.
import type { Phase } from './dossier';
import { INSTRUMENT_HELP } from './help-instruments';
import type { InstrumentCode } from './instruments';

export interface HelpEntry {
  /** Why this matters, in two or three sentences. */
  why: string;
  /** Concrete examples. For traps: the warning signs to look for. */
  examples: string[];
  /** What tends to go wrong. For traps: the ways the cure itself goes wrong. */
  traps: string[];
  /** The section of the research the text rests on, e.g. "IRIS/KS 2013, kap. 6.1". */
  source: string;
}

export type HelpPhase = Phase | 'medlemsvedtak';
export type Criterion = 'input' | 'throughput' | 'output';
export type Trap = 'understyring' | 'overstyring' | 'radmannsfellen';

export const PHASE_HELP: Record<HelpPhase, HelpEntry> = {
  innramming: {
    why: 'Innrammingen er rammene samarbeidet skal arbeide innenfor: avtale eller vedtekter, budsjett, planer og rapportering. Når kommunestyrene vedtar rammene, får samarbeidet et demokratisk grunnlag, og lederen vet hva som er forventet.',
    examples: [
      'Samarbeidsavtale eller selskapsavtale vedtatt i alle deltakerkommunene',
      'Årlig budsjett med fordelingsnøkkel i prosent',
      'Strategi- og handlingsplan som behandles politisk',
      'Årsmelding og regnskap som legges fram for eierne hvert år',
    ],
    traps: [
      'Rammene blir vedtatt ved oppstart og så glemt. Bestem allerede nå når de skal opp igjen.',
      'Avtalen regulerer penger og organer, men sier ingenting om når og hvordan kommunene skal holdes orientert.',
      'Bevilgning bare for ett år om gangen skaper uro og gjør langsiktig planlegging vanskelig.',
    ],
    source: 'IRIS/KS 2013, kap. 3.2 og 6.1',
  },
  design: {
    why: 'I designfasen bestemmer dere organisasjonsform, hvem som skal være med, hvordan arbeidet skal foregå og hvem som skal lede. Disse valgene legger premisser for alt senere, så de bør tas bevisst og med både politisk og administrativ ledelse til stede.',
    examples: [
      'En begrunnet vurdering av for eksempel vertskommune, oppgavefellesskap og IKS opp mot hverandre',
      'Bevisst rekruttering av operativ leder: intern med lokalkunnskap eller ekstern og nøytral',
      'Styreleder- og nestledervervet går på omgang mellom kommunene',
      'Arbeidsgrupper der folkevalgte fra flere kommuner deltar',
    ],
    traps: [
      'Organisasjonsformen velges av vane, og senere kan ingen forklare hvorfor.',
      'Valget av leder blir en bisak, selv om lederen ofte avgjør om samarbeidet lykkes.',
      'Designet blir låst. Det bør kunne justeres når en evaluering viser behov for det.',
    ],
    source: 'IRIS/KS 2013, kap. 3.3, 5.1 og 6.1 punkt 1 og 7',
  },
  stotte: {
    why: 'Støtte betyr at kommunene legger til rette, ikke bare kontrollerer: kontorplass, møterom, sekretariat, en trygg grunnfinansiering og sponsorer i politikk og administrasjon som åpner dører for lederen.',
    examples: [
      'Kommunene dekker lønnen til operativ leder, så lederen slipper å bruke tiden på å skaffe prosjektmidler',
      'En politisk og en administrativ sponsor i hver deltakerkommune',
      'Lederen har arbeidsplass i et fagmiljø i en av kommunene',
    ],
    traps: [
      'Samarbeidet har bare støtte i administrasjonen. Når budsjettene strammes inn, kan politikerne kutte noe de ikke kjenner.',
      'Etter et valg eller et lederskifte har ingen bedt den nye ordføreren eller kommunedirektøren om å overta sponsorrollen.',
      'Kontoret havner i den største kommunen uten at noen har vurdert om det er lurt.',
    ],
    source: 'IRIS/KS 2013, kap. 3.4 og 6.3 punkt 1',
  },
  deltakelse: {
    why: 'Ved deltakelse sitter kommunens egne folk i samarbeidets organer, møter og forhandlinger. Det gir innsikt og innflytelse, men makten må deles med de andre deltakerne.',
    examples: [
      'Ordføreren sitter i styringsgruppen og kommunedirektøren i arbeidsutvalget',
      'Formannskapet møter lederen av samarbeidet til faste orienteringer',
      'Ordfører og daglig leder har jevnlige, uformelle samtaler',
    ],
    traps: [
      'Bare politikere deltar, og administrasjonen blir gått forbi (rådmannsfellen).',
      'Bare administrasjonen deltar, og politikerne mister oversikten over hva som skjer.',
      'Administrative plasser blir rene observatørroller uten talerett og blir nedprioritert.',
    ],
    source: 'IRIS/KS 2013, kap. 3.5',
  },
  medlemsvedtak: {
    why: 'Hver deltakerkommune må selv vedta å bli med. Vedtaket i kommunestyret er den formelle politiske forankringen, og for flere av formene (blant annet IKS og kommunalt oppgavefellesskap) er det et lovkrav at kommunestyret selv vedtar avtalen.',
    examples: [
      'Likelydende saksframlegg til alle kommunestyrene',
      'Vedtaket registreres med organ, dato og saksnummer',
      'Budsjett og fordelingsnøkkel vedtas sammen med avtalen',
    ],
    traps: [
      'Én kommune vedtar en endret avtaletekst. Da har kommunene ikke lenger vedtatt den samme avtalen.',
      'Saken fremmes før administrasjonen i hver kommune har fått tid til å utrede den.',
      'Én kommune sier nei. Avklar om de andre skal gå videre uten den, eller om designet må endres.',
    ],
    source: 'IRIS/KS 2013, kap. 6.1 punkt 2; IKS-loven § 4',
  },
};

export const CRITERION_HELP: Record<Criterion, HelpEntry> = {
  input: {
    why: 'Demokratisk forankring (input) betyr at samarbeidet bygger på det innbyggerne har gitt uttrykk for gjennom de folkevalgte: formelle vedtak, bevisste valg og jevnlig forankring i kommunestyrene.',
    examples: [
      'Vedtak om deltakelse i alle deltakerkommunene',
      'En politisk og en administrativ sponsor per kommune',
      'Forankringspunkter som er planlagt og faktisk blir holdt',
      'Et tydelig mandat for lederen',
    ],
    traps: [
      'Forankringen skjer bare ved oppstart.',
      'Samarbeidet er forankret i administrasjonen, men ikke hos politikerne – eller omvendt.',
    ],
    source: 'IRIS/KS 2013, kap. 5.1 og 6.1',
  },
  throughput: {
    why: 'Åpenhet (throughput) handler om at politikere, administrasjon og innbyggere kan se hva samarbeidet gjør, hvem som har ansvaret og hvordan de kan stilles til ansvar.',
    examples: [
      'Protokoller, vedtak og saksdokumenter publiseres',
      'Saksdokumenter sendes ut i god tid før møtene',
      'Et utvalg av den viktigste informasjonen blir presentert for politikerne, ikke alt',
      'Evalueringer er tilgjengelige',
    ],
    traps: [
      'For mye informasjon: mange orienteringssaker som ingen rekker å sette seg inn i.',
      'Innbyggerne vet ikke at samarbeidet finnes.',
    ],
    source: 'IRIS/KS 2013, kap. 5.2 og 6.2',
  },
  output: {
    why: 'Resultater (output) handler om at samarbeidet leverer det kommunene ventet seg, og at det kan dokumenteres. Uten synlige resultater svekkes viljen til å bidra.',
    examples: [
      'Mål med indikatorer og tallfestede ambisjoner',
      'Grunnfinansiering som gir forutsigbarhet',
      'Evaluering etter fast plan, med beslutning om å videreføre, endre eller avvikle',
    ],
    traps: [
      'Samarbeidet fortsetter av vane, uten at noen har sjekket om det er nyttig.',
      'Målene er så uklare at ingen kan si om det går bra.',
    ],
    source: 'IRIS/KS 2013, kap. 5.3 og 6.3',
  },
};

export const TRAP_HELP: Record<Trap, HelpEntry> = {
  understyring: {
    why: 'Understyring (autonomifellen) oppstår når de folkevalgte trekker seg tilbake og lar samarbeidet gå sin egen vei. Med tiden kan ledelsen få mer makt enn noen har gitt den, og innsynet blir svakt.',
    examples: [
      'Ingen formelle forankringspunkter er holdt det siste året',
      'Samarbeidet mangler politisk sponsor',
      'Ingen politikere deltar i samarbeidets organer',
    ],
    traps: [
      'Å rette opp understyring ved å sende alle saker til politisk behandling – da havner man i overstyring.',
    ],
    source: 'IRIS/KS 2013, kap. 2.3 og 6.1 punkt 3',
  },
  overstyring: {
    why: 'Overstyring er det motsatte: politikerne blander seg inn i saker av alle størrelser. Ansvaret blir uklart, prosessene trekker ut, og samarbeidet mister det handlingsrommet det trenger for å levere.',
    examples: [
      'Mange politiske vedtak om saker som ligger innenfor lederens mandat',
      'Alle beslutninger må tilbake til samtlige kommunestyrer',
    ],
    traps: [
      'Å svare med å stenge politikerne ute, i stedet for å avklare hva som krever politisk behandling.',
    ],
    source: 'IRIS/KS 2013, kap. 2.3 og 6.1 punkt 3',
  },
  radmannsfellen: {
    why: 'Rådmannsfellen oppstår når saker avgjøres på politisk nivå i samarbeidet uten at administrasjonen i hver kommune har forberedt dem. Kommunedirektøren blir koblet av, og kommunens helhetlige styring svekkes.',
    examples: [
      'Saksdokumenter kommer sent eller mangler',
      'Forslag legges fram i møtet og vedtas med en gang',
      'Administrasjonen får vite om vedtak først i etterkant',
    ],
    traps: [
      'Å løse problemet ved å holde politikerne utenfor, i stedet for å innføre frister og rutiner for saksforberedelse og sakslister.',
    ],
    source: 'IRIS/KS 2013, kap. 2.3, 3.5 og 6.1 punkt 6',
  },
};

export { INSTRUMENT_HELP };

export type HelpTopic =
  | { kind: 'phase'; key: HelpPhase }
  | { kind: 'instrument'; key: InstrumentCode }
  | { kind: 'criterion'; key: Criterion }
  | { kind: 'trap'; key: Trap };

/** One entry point for the UI's help panels, so a component only needs the topic. */
export function help(topic: HelpTopic): HelpEntry {
  switch (topic.kind) {
    case 'phase':
      return PHASE_HELP[topic.key];
    case 'instrument':
      return INSTRUMENT_HELP[topic.key];
    case 'criterion':
      return CRITERION_HELP[topic.key];
    case 'trap':
      return TRAP_HELP[topic.key];
  }
}
