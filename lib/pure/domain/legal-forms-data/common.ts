// Shared source citations and good-practice checklist items for the legal-form catalogue.
// Kept in one place so a lawyer correcting a citation fixes it everywhere at once.
import type { AgreementItem } from '../legal-forms';

/** Citations, written out in full so the checklist can show them to users as they are. */
export const SRC = {
  veileder: 'Veileder om interkommunalt samarbeid (KDD 2023)',
  bdo: 'BDO for KDD: «Etablering av samarbeid – huskelister og praktisk veiledning» (regjeringen.no)',
  samfunnsbedrifterKo:
    'Samfunnsbedriftene 2020: «Hva betyr den nye kommuneloven for § 27-selskapene/samarbeidene?»',
  samfunnsbedrifterAndeler:
    'Samfunnsbedriftene: «Flerkommunale selskap og foretak må angi eier- og ansvarsforhold»',
  /** Seed 001: the research report the governance guidance is built on. */
  iris: 'IRIS for KS 2013: «Styring av og ledelse i kommunale nettverk/partnerskap»',
  /** Seed 000: the big-city report (cost sharing, host compensation). */
  norce: 'NORCE 2023: «Storbyenes rolle i generalistkommunesystemet»',
} as const;

/**
 * Cites statutory minimum content we could not yet compare word for word with the statute.
 * Such items stay 'anbefalt' (never claimed as lovkrav) until a lawyer has checked them on
 * lovdata.no; the user is pointed there for the exact wording.
 */
export function unverifiedStatute(paragraph: string): string {
  return `${paragraph} – se lovdata.no for lovens ordlyd`;
}

function anbefalt(id: string, text: string, source: string): AgreementItem {
  return { id, text, requirement: 'anbefalt', source };
}

export const good = {
  sharesAsPercent: (): AgreementItem =>
    anbefalt(
      'andeler-i-prosent',
      'Hver deltakers eier- og ansvarsandel står i prosent eller brøk. En henvisning til innbyggertall alene er ikke nok.',
      `${SRC.norce} kap. 6.6 om kostnadsfordeling; Foretaksregisteret har avvist en samarbeidsavtale for et kommunalt oppgavefellesskap som bare viste til innbyggertall (${SRC.samfunnsbedrifterAndeler})`,
    ),
  costKey: (): AgreementItem =>
    anbefalt(
      'fordelingsnokkel',
      'Fordelingsnøkkel for driftskostnadene (lik fordeling, innbyggertall, bruk eller en kombinasjon), med utregnet andel i prosent for hver deltaker og regler for når andelene justeres.',
      `${SRC.norce} kap. 6.6; ${SRC.bdo}`,
    ),
  hostCompensation: (who: string): AgreementItem =>
    anbefalt(
      'kompensasjon-vert',
      `Godtgjøring til ${who} for egen tid, ledelse og administrasjon står uttrykkelig i avtalen.`,
      `${SRC.norce} kap. 4.6 og 6.3 (samarbeidskostnaden må synliggjøres og kompenseres)`,
    ),
  goals: (): AgreementItem =>
    anbefalt(
      'mal-og-resultater',
      'Mål for samarbeidet med indikatorer, slik at resultatene kan følges opp og rapporteres.',
      `${SRC.iris} kap. 5.3; ${SRC.norce} kap. 6.6`,
    ),
  anchoringPoints: (): AgreementItem =>
    anbefalt(
      'forankringspunkter',
      'Faste forankringspunkter: hvilke saker som skal til kommunestyre eller formannskap (f.eks. budsjett, årsmelding, store endringer), og hvor ofte kommunene minst skal orienteres.',
      `${SRC.iris} kap. 6.1 punkt 2 og 3`,
    ),
  openness: (): AgreementItem =>
    anbefalt(
      'apenhet',
      'Rutiner for åpenhet: hvor saksdokumenter, protokoller og vedtak publiseres, og hvordan innbyggerne får vite hvem som har ansvaret.',
      `${SRC.iris} kap. 6.2 punkt 1`,
    ),
  casePreparation: (): AgreementItem =>
    anbefalt(
      'saksdokumenter-frist',
      'Frist for utsending av saksdokumenter, så administrasjonen i hver deltakerkommune rekker å forberede sakene før møtene.',
      `${SRC.iris} kap. 6.1 punkt 6 og 6.2 punkt 2 (rådmannsfellen)`,
    ),
  leaderMandate: (): AgreementItem =>
    anbefalt(
      'mandat-leder',
      'Daglig leders handlingsrom: hvilke beslutninger leder tar alene, og hvilke som krever administrativ eller politisk forankring.',
      `${SRC.iris} kap. 6.3 punkt 5`,
    ),
  evaluation: (): AgreementItem =>
    anbefalt(
      'evaluering',
      'Når og hvordan samarbeidet evalueres (f.eks. hvert år), og hvem som avgjør om det skal videreføres, endres eller avvikles.',
      `${SRC.iris} kap. 6.3 punkt 7`,
    ),
  disputes: (): AgreementItem =>
    anbefalt(
      'uenighet',
      'Hvordan uenighet mellom deltakerne skal håndteres.',
      `${SRC.norce} kap. 6.6`,
    ),
  exitDetails: (): AgreementItem =>
    anbefalt(
      'uttreden-praktisk',
      'Praktisk uttreden: oppsigelsestid, økonomisk oppgjør, hva som skjer med ansatte, eiendeler og arkiv.',
      `God praksis; jf. ${SRC.bdo}`,
    ),
  reporting: (to: string): AgreementItem =>
    anbefalt(
      'rapportering',
      `Hvordan og hvor ofte det rapporteres til ${to} (økonomi, aktivitet, resultater).`,
      `${SRC.iris} kap. 6.2 punkt 3; ${SRC.norce} kap. 6.6`,
    ),
};

/** The items every organised cooperation should have, whatever its form. */
export function governanceBasics(): AgreementItem[] {
  return [good.goals(), good.anchoringPoints(), good.openness(), good.evaluation(), good.disputes()];
}
