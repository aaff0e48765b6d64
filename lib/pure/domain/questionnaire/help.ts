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
