// Guidance shown beside the exit checklist: why a cooperation is wound down with a plan,
// paraphrasing IRIS/KS 2013 ch. 6.3 point 7 (evaluation may end in closing down) and the
// agreement's own rules for leaving and dissolving (kommuneloven ch. 18-20, IKS-loven).
import type { HelpEntry } from './help';

export const EXIT_HELP: HelpEntry = {
  why: 'Et samarbeid som har gjort jobben sin eller ikke lenger svarer til behovet, bør avvikles ordentlig. Eiendeler, ansatte, avtaler og arkiv må få en ny eier, og innbyggerne må vite hvor de skal henvende seg.',
  examples: [
    'Samarbeidsavtalen sier ofte hvordan eiendeler og gjeld skal fordeles ved oppløsning: bruk den',
    'Notatet ved hvert punkt sier hva som er avtalt, hvem som har ansvaret, og hvor det er dokumentert',
    'Sluttrapporten sendes til kommunestyrene som en orienteringssak',
  ],
  traps: [
    'Arkivet blir liggende igjen hos vertskommunen uten at noen har tatt ansvar for det.',
    'De ansatte får vite om avviklingen sist.',
    'Tjenesten blir borte for innbyggerne før det nye tilbudet er på plass.',
  ],
  source: 'IRIS/KS 2013, kap. 6.3 punkt 7; samarbeidsavtalens regler for uttreden og oppløsning (kommuneloven kap. 18–20, IKS-loven)',
};
