// The answer → recommendation table behind «Hjelp meg å velge»: the questions the ministry's
// guide uses to compare the forms (Veileder om interkommunalt samarbeid, kap. 3, 5 and 6),
// and what each answer does to each form, with the reason and where it comes from.
// Data, in one place, so a municipal lawyer can correct it; legal-form-advice.ts ranks.
import type { LegalFormCode } from './legal-forms';
import { SRC } from './legal-forms-data/common';

export type QuestionId = 'formal' | 'myndighet' | 'rettssubjekt' | 'risiko' | 'marked' | 'andre';

export interface AnswerOption {
  value: string;
  label: string;
  /** How the answer reads in the rationale draft. */
  short: string;
}

export interface Question {
  id: QuestionId;
  text: string;
  help: string;
  /** How the question reads in the rationale draft. */
  short: string;
  options: readonly AnswerOption[];
}

const YES_NO: readonly AnswerOption[] = [
  { value: 'ja', label: 'Ja', short: 'ja' },
  { value: 'nei', label: 'Nei', short: 'nei' },
  { value: 'usikker', label: 'Vet ikke ennå', short: 'vet ikke ennå' },
];

export const QUESTIONS: readonly Question[] = [
  {
    id: 'formal',
    text: 'Hva skal samarbeidet først og fremst være?',
    help: 'Veilederen skiller mellom politiske samarbeidsorganer og samarbeid som produserer tjenester.',
    short: 'Hva samarbeidet skal være',
    options: [
      { value: 'politisk', label: 'Et politisk samarbeidsforum for regionen', short: 'et politisk samarbeidsforum' },
      { value: 'tjenester', label: 'Produsere tjenester eller løse oppgaver for kommunene', short: 'tjenesteproduksjon' },
      { value: 'utvikling', label: 'Et utviklingsprosjekt eller et faglig nettverk', short: 'utvikling eller faglig nettverk' },
    ],
  },
  {
    id: 'myndighet',
    text: 'Skal samarbeidet treffe enkeltvedtak eller utøve annen offentlig myndighet for kommunene?',
    help: 'For eksempel vedtak om barnevern, tilskudd eller tillatelser.',
    short: 'Enkeltvedtak eller annen myndighetsutøvelse',
    options: YES_NO,
  },
  {
    id: 'rettssubjekt',
    text: 'Skal samarbeidet være et eget rettssubjekt?',
    help: 'Et eget rettssubjekt kan inngå avtaler, eie ting og ha ansatte i eget navn.',
    short: 'Eget rettssubjekt',
    options: YES_NO,
  },
  {
    id: 'risiko',
    text: 'Skal samarbeidet selv være arbeidsgiver og bære økonomisk risiko?',
    help: 'Egne ansatte, egne investeringer eller lån.',
    short: 'Egen arbeidsgiver og økonomisk risiko',
    options: YES_NO,
  },
  {
    id: 'marked',
    text: 'Skal samarbeidet selge varer eller tjenester i et marked, i konkurranse med private?',
    help: 'Forretningsmessig virksomhet, ikke bare tjenester til deltakerkommunene.',
    short: 'Salg i et marked',
    options: YES_NO,
  },
  {
    id: 'andre',
    text: 'Skal andre enn kommuner og fylkeskommuner være deltakere?',
    help: 'For eksempel staten, private bedrifter eller frivillige organisasjoner.',
    short: 'Andre enn kommuner som deltakere',
    options: YES_NO,
  },
];

/** What one answer does to some forms: rules them out, or moves them up (+) or down (−). */
export interface Effect {
  forms: readonly LegalFormCode[];
  effect: 'utelukker' | number;
  reason: string;
  source: string;
}

const V = SRC.veileder;
const KL17 = 'kommuneloven § 17-1';
const KL18 = 'kommuneloven kapittel 18';
const KL19 = 'kommuneloven kapittel 19';
const KL20 = 'kommuneloven kapittel 20';
const PROP46 = 'Prop. 46 L (2017–2018) kap. 19.1';
const STATSSTOTTE = 'NOU 2016: 4 kap. 22 (offentlig støtte ved markedsvirksomhet)';
const IRIS = `${SRC.iris} tabell 2.1`;

const SELSKAP: readonly LegalFormCode[] = ['iks', 'as', 'sa', 'forening', 'stiftelse'];
const UFORMELL: readonly LegalFormCode[] = ['avtale', 'fagnettverk', 'prosjekt', 'rad_utvalg', 'partnerskap'];
const VERTSKOMMUNE: readonly LegalFormCode[] = ['vertskommune_administrativ', 'vertskommune_nemnd'];

/** Answers «usikker» (and questions left open) have no effect. */
export const ADVICE_TABLE: Record<QuestionId, Record<string, readonly Effect[]>> = {
  formal: {
    politisk: [
      { forms: ['ipr'], effect: 3, reason: 'Interkommunalt politisk råd er laget for politisk samarbeid om samfunnsspørsmål på tvers av kommunegrensene. Rene politiske samarbeid skal ha denne formen.', source: `${V} kap. 3.2.2; ${KL18}` },
      { forms: ['ko', ...VERTSKOMMUNE, 'iks', 'as', 'sa'], effect: -2, reason: 'Formen er laget for å produsere tjenester eller drive virksomhet, ikke for politisk samordning.', source: `${V} kap. 3` },
    ],
    tjenester: [
      { forms: ['ipr'], effect: 'utelukker', reason: 'Et interkommunalt politisk råd skal ikke produsere tjenester; det er et samarbeidsforum.', source: `${V} kap. 3.2.2; ${KL18}` },
      { forms: ['ko'], effect: 2, reason: 'Kommunalt oppgavefellesskap er laget for samarbeid om å produsere tjenester, for eksempel HR, IKT og arkiv.', source: `${V} kap. 6.1; ${KL19}` },
      { forms: ['vertskommune_administrativ'], effect: 2, reason: 'Vertskommunemodellen er laget for samarbeid om lovpålagte og individrettede tjenester.', source: `${V} kap. 5.1; ${KL20}` },
      { forms: ['vertskommune_nemnd'], effect: 1, reason: 'Vertskommunemodellen passer for lovpålagte tjenester; her styrer en felles folkevalgt nemnd oppgavene hos vertskommunen.', source: `${V} kap. 5.1; ${KL20}` },
      { forms: ['iks'], effect: 2, reason: 'Et interkommunalt selskap passer for større og varige driftsoppgaver med egen organisasjon.', source: `${V} kap. 3; IKS-loven` },
      { forms: ['as', 'sa'], effect: 1, reason: 'Et selskap kan drive tjenesteproduksjon, men er mest brukt for forretningspreget virksomhet.', source: `${V} kap. 3` },
      { forms: ['avtale'], effect: 1, reason: 'Et avgrenset kjøp av tjenester fra en annen kommune kan løses med en avtale, uten egen samarbeidsform.', source: `${V} kap. 2.1` },
    ],
    utvikling: [
      { forms: ['prosjekt'], effect: 3, reason: 'Et interkommunalt prosjekt passer for tidsavgrenset utvikling og utprøving av nye løsninger.', source: IRIS },
      { forms: ['fagnettverk'], effect: 2, reason: 'Et fagnettverk passer for erfaringsdeling og kompetanse uten felles drift.', source: IRIS },
      { forms: ['partnerskap', 'rad_utvalg'], effect: 1, reason: 'En mindre formell form passer når samarbeidet ikke skal drive tjenester eller treffe vedtak.', source: IRIS },
    ],
  },
  myndighet: {
    ja: [
      { forms: ['vertskommune_administrativ'], effect: 3, reason: 'Vertskommunemodellen gir generell adgang til å delegere myndighet til å treffe enkeltvedtak til vertskommunen. I de andre formene må særloven åpne for det. Saker av prinsipiell betydning kan ikke delegeres til administrasjonen.', source: `${V} kap. 5.1; ${KL20}` },
      { forms: ['vertskommune_nemnd'], effect: 2, reason: 'Med en felles folkevalgt nemnd kan vertskommunen også få myndighet i saker av prinsipiell betydning. Modellen er lite brukt.', source: `${V} kap. 5.1; ${KL20}` },
      { forms: ['ipr'], effect: 'utelukker', reason: 'Et interkommunalt politisk råd kan ikke treffe enkeltvedtak.', source: `${V} kap. 6; ${KL18}` },
      { forms: ['ko', ...SELSKAP], effect: 'utelukker', reason: 'Myndighet til å treffe enkeltvedtak kan bare legges hit når særloven åpner for det; for lovpålagte oppgaver med myndighetsutøvelse må kommunene i praksis bruke vertskommunemodellen.', source: `${PROP46}; ${V} kap. 5.1` },
      { forms: UFORMELL, effect: 'utelukker', reason: 'Uten en lovregulert samarbeidsform kan myndighet til å treffe enkeltvedtak ikke delegeres til samarbeidet.', source: `${PROP46}; ${V} kap. 5.1` },
    ],
    nei: [
      { forms: VERTSKOMMUNE, effect: -1, reason: 'Vertskommunemodellens særpreg er adgangen til å delegere vedtaksmyndighet. Uten det kan en form der alle deltakerne styrer sammen passe bedre.', source: `${V} kap. 3 og 5.1` },
    ],
  },
  rettssubjekt: {
    ja: [
      { forms: VERTSKOMMUNE, effect: 'utelukker', reason: 'Et vertskommunesamarbeid er ikke et eget rettssubjekt, men en del av vertskommunens virksomhet.', source: `${V} kap. 5.1; ${KL20}` },
      { forms: UFORMELL, effect: 'utelukker', reason: 'Et avtalebasert eller uformelt samarbeid er ikke et eget rettssubjekt; avtalene inngås av kommunene selv.', source: `${V} kap. 2 og 3` },
      { forms: ['iks'], effect: 2, reason: 'Et interkommunalt selskap er alltid et eget rettssubjekt, med rettigheter, plikter og partsstilling.', source: 'IKS-loven § 2' },
      { forms: ['as', 'sa'], effect: 2, reason: 'Selskapet er alltid et eget rettssubjekt.', source: `${V} kap. 3; aksjeloven og samvirkelova` },
      { forms: ['forening', 'stiftelse'], effect: 1, reason: 'Foreningen eller stiftelsen er et eget rettssubjekt.', source: `${V} kap. 3` },
      { forms: ['ko'], effect: 1, reason: 'Et kommunalt oppgavefellesskap kan være et eget rettssubjekt når samarbeidsavtalen sier det.', source: `${V} kap. 6; ${KL19}` },
      { forms: ['ipr'], effect: 1, reason: 'Et interkommunalt politisk råd kan være et eget rettssubjekt når samarbeidsavtalen sier det.', source: `${V} kap. 6; ${KL18}` },
    ],
    nei: [
      { forms: VERTSKOMMUNE, effect: 1, reason: 'Samarbeidet blir en del av vertskommunen; det trengs ingen ny juridisk person.', source: `${V} kap. 5.1` },
      { forms: ['avtale'], effect: 1, reason: 'En avtale mellom kommunene krever ingen ny juridisk person.', source: `${V} kap. 2.1` },
      { forms: SELSKAP, effect: -2, reason: 'Formen blir alltid et eget rettssubjekt, med egne organer, eget regnskap og registrering.', source: `${V} kap. 3` },
    ],
  },
  risiko: {
    ja: [
      { forms: ['iks'], effect: 2, reason: 'Selskapet kan selv være arbeidsgiver og ta opp lån. Hver deltaker hefter ubegrenset for sin andel av selskapets forpliktelser.', source: 'IKS-loven § 3' },
      { forms: ['as'], effect: 2, reason: 'Selskapet er selv arbeidsgiver, og eierne hefter ikke personlig for selskapets forpliktelser.', source: 'aksjeloven § 1-2' },
      { forms: ['ko'], effect: 1, reason: 'Er oppgavefellesskapet et eget rettssubjekt, kan det ha egne ansatte. Deltakerne hefter ubegrenset for sin andel av forpliktelsene.', source: `${V} kap. 6; ${KL19}` },
      { forms: ['sa'], effect: 1, reason: 'Samvirkeforetaket kan ha egne ansatte, og medlemmene hefter ikke personlig for forpliktelsene.', source: 'samvirkelova' },
      { forms: VERTSKOMMUNE, effect: -1, reason: 'De ansatte er ansatt i vertskommunen, som er arbeidsgiver og har driften i sitt eget regnskap.', source: `${V} kap. 5.1` },
      { forms: UFORMELL, effect: -2, reason: 'Samarbeidet har ingen egen organisasjon som kan ansette folk eller ta opp lån; det må en av kommunene gjøre.', source: `${V} kap. 2 og 3` },
    ],
    nei: [
      { forms: ['vertskommune_administrativ'], effect: 1, reason: 'Vertskommunen står for ansatte og drift; de andre kommunene betaler etter avtalen.', source: `${V} kap. 5.1` },
      { forms: ['avtale'], effect: 1, reason: 'Kommunen som leverer, står for ansatte og drift; de andre betaler etter avtalen.', source: `${V} kap. 2.1` },
      { forms: ['iks', 'as'], effect: -1, reason: 'Et selskap forutsetter som regel egen drift med egne ansatte og eget ansvar for økonomien.', source: `${V} kap. 3` },
    ],
  },
  marked: {
    ja: [
      { forms: ['as'], effect: 3, reason: 'Aksjeselskap er den vanlige formen for forretningsmessig virksomhet, og eierne hefter ikke personlig, så kommunene garanterer ikke for selskapet.', source: `aksjeloven § 1-2; ${STATSSTOTTE}` },
      { forms: ['sa'], effect: 1, reason: 'Et samvirkeforetak kan drive næringsvirksomhet for medlemmene, med begrenset ansvar.', source: 'samvirkelova' },
      { forms: ['iks', 'ko'], effect: -2, reason: 'Deltakerne hefter ubegrenset for forpliktelsene. Driver samarbeidet i et marked, kan det regnes som en fordel i strid med EØS-reglene om offentlig støtte.', source: `${STATSSTOTTE}; IKS-loven § 3` },
      { forms: ['ipr'], effect: 'utelukker', reason: 'Et interkommunalt politisk råd skal ikke produsere eller selge tjenester.', source: `${V} kap. 3.2.2; ${KL18}` },
    ],
    nei: [
      { forms: ['as'], effect: -1, reason: 'Aksjeselskap er mest brukt for forretningsmessig virksomhet; for kommunale oppgaver uten marked gir formene i kommuneloven mer direkte styring fra kommunestyrene.', source: `${V} kap. 3` },
    ],
  },
  andre: {
    ja: [
      { forms: ['ipr', 'ko', ...VERTSKOMMUNE], effect: 'utelukker', reason: 'Samarbeidsformene i kommuneloven er bare for kommuner og fylkeskommuner.', source: `${V} kap. 2.2; ${KL17}` },
      { forms: ['iks'], effect: 'utelukker', reason: 'Bare kommuner, fylkeskommuner og andre interkommunale selskaper kan være deltakere i et interkommunalt selskap.', source: 'IKS-loven § 1' },
      { forms: ['as', 'sa', 'forening'], effect: 1, reason: 'Kommunene kan eie og delta sammen med private og staten, slik andre kan.', source: PROP46 },
      { forms: ['partnerskap'], effect: 2, reason: 'Et partnerskap samler offentlige og private aktører om et felles mål.', source: IRIS },
      { forms: ['stiftelse', 'avtale', 'fagnettverk', 'prosjekt', 'rad_utvalg'], effect: 1, reason: 'Andre aktører kan være med.', source: IRIS },
    ],
    nei: [],
  },
};
