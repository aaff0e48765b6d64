// Guidance shown beside the evaluation pages, paraphrased from IRIS/KS 2013 ch. 6.3 point 7
// and seed 002 (the benefit depends on who judges).
import type { HelpEntry } from '../help';

export const EVALUATION_HELP: HelpEntry = {
  why: 'Et samarbeid har bare verdi så lenge det løser oppgaven kommunene ga det. En jevnlig evaluering viser om det gir det kommunene ønsket, og gir et grunnlag for å fortsette, endre eller legge ned.',
  examples: [
    'Alle som er invitert, svarer hver for seg; ingen ser andres svar før runden er lukket',
    'Resultatene vises per rolle, fordi lederen, sponsorene og deltakerkommunene ofte ser samarbeidet ulikt',
    'Svarene settes ved siden av det dataene sier om forankring, åpenhet og resultater',
  ],
  traps: [
    'Evalueringen blir utsatt år etter år, og samarbeidet lever videre av gammel vane.',
    'Bare de mest positive blir spurt.',
    'Å avvikle et samarbeid som ikke når målene, blir sett på som et nederlag – men kan være det riktige valget.',
  ],
  source: 'IRIS/KS 2013, kap. 6.3 punkt 7',
};

/** The same guidance in each language (bokmål as above). */
export const EVALUATION_HELP_BY_LANGUAGE: Readonly<Record<'nb' | 'nn' | 'en', HelpEntry>> = {
  nb: EVALUATION_HELP,
  nn: {
    why: 'Eit samarbeid har berre verdi så lenge det løyser oppgåva kommunane gav det. Ei jamleg evaluering viser om det gir det kommunane ønskte, og gir eit grunnlag for å halde fram, endre eller leggje ned.',
    examples: [
      'Alle som er inviterte, svarar kvar for seg; ingen ser svara til andre før runden er lukka',
      'Resultata blir viste per rolle, fordi leiaren, sponsorane og deltakarkommunane ofte ser samarbeidet ulikt',
      'Svara blir sette ved sida av det dataa seier om forankring, openheit og resultat',
    ],
    traps: [
      'Evalueringa blir utsett år etter år, og samarbeidet lever vidare av gammal vane.',
      'Berre dei mest positive blir spurde.',
      'Å avvikle eit samarbeid som ikkje når måla, blir sett på som eit nederlag – men kan vere det rette valet.',
    ],
    source: EVALUATION_HELP.source,
  },
  en: {
    why: 'A cooperation is only worth having as long as it solves the task the municipalities gave it. A regular evaluation shows whether it delivers what the municipalities wanted, and gives grounds to continue, change or wind it up.',
    examples: [
      "Everyone invited answers on their own; no one sees the others' answers until the round is closed",
      'The results are shown per role, because the leader, the sponsors and the participating municipalities often see the cooperation differently',
      'The answers are set beside what the data says about anchoring, openness and results',
    ],
    traps: [
      'The evaluation is put off year after year, and the cooperation carries on out of old habit.',
      'Only the most positive people are asked.',
      'Winding up a cooperation that does not reach its goals is seen as a defeat – but may be the right choice.',
    ],
    source: 'IRIS/KS 2013, ch. 6.3 point 7',
  },
};
