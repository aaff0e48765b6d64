// The cooperation forms regulated in kommuneloven 2018 chapters 18–20.
// Only content we verified as statutory is 'lovkrav'; see unverifiedStatute() for the rest.
import type { AgreementItem, LegalForm } from '../legal-forms';
import { SRC, good, governanceBasics, unverifiedStatute } from './common';

const KO_LAW = `kommuneloven § 19-4 (jf. ${SRC.samfunnsbedrifterKo})`;
const IPR_LAW = unverifiedStatute('kommuneloven § 18-4');
const VERT_LAW = unverifiedStatute('kommuneloven § 20-4');

function lovkrav(id: string, text: string, source: string): AgreementItem {
  return { id, text, requirement: 'lovkrav', source };
}
function anbefalt(id: string, text: string, source: string): AgreementItem {
  return { id, text, requirement: 'anbefalt', source };
}

function hostAgreementItems(): AgreementItem[] {
  return [
    anbefalt('skriftlig-vedtatt', 'Avtalen er skriftlig og vedtatt av kommunestyret eller fylkestinget selv i hver deltakerkommune.', VERT_LAW),
    anbefalt('vert-og-samarbeidskommuner', 'Hvilken kommune som er vertskommune, og hvilke som er samarbeidskommuner.', VERT_LAW),
    anbefalt('oppgaver-og-myndighet', 'Hvilke oppgaver og hvilken vedtaksmyndighet samarbeidskommunene overlater til vertskommunen.', VERT_LAW),
    anbefalt('okonomi', 'Hvordan utgiftene i samarbeidet fordeles mellom deltakerne.', VERT_LAW),
    anbefalt('uttreden', 'Hvordan en deltaker kan tre ut av samarbeidet.', VERT_LAW),
    anbefalt('avvikling', 'Hvordan samarbeidet avvikles.', VERT_LAW),
    good.costKey(),
    good.hostCompensation('vertskommunen'),
    good.reporting('samarbeidskommunene'),
    anbefalt(
      'budsjettprosess',
      'Når samarbeidskommunene får budsjett og økonomiplan for samarbeidet til behandling, slik at det rekker inn i deres egne budsjettprosesser.',
      `${SRC.norce} kap. 6.6; ${SRC.iris} kap. 6.1 punkt 2`,
    ),
    ...governanceBasics(),
    good.exitDetails(),
  ];
}

export const KOMMUNELOVEN_FORMS: readonly LegalForm[] = [
  {
    code: 'ipr',
    name: 'Interkommunalt politisk råd',
    shortName: 'IPR',
    basis: 'kommuneloven kapittel 18',
    category: 'kommuneloven',
    legalEntity: 'kan',
    mayMakeEnkeltvedtak: false,
    bodies: ['Representantskap (øverste organ)', 'Eventuelle andre styringsorganer som representantskapet oppretter', 'Sekretariat (legges ofte til en kontorkommune)'],
    summary:
      'Politisk samarbeidsorgan for saker som går på tvers av kommunegrensene i en region. Rådet skal ikke produsere tjenester og kan ikke treffe enkeltvedtak. Det kan være eget rettssubjekt; er det ikke det, står kontorkommunen ansvarlig utad. Erstatter de tidligere regionrådene.',
    typicalUse: 'Regional samfunnsutvikling, felles interessepolitikk og samordning, f.eks. Region Kristiansand og Drammensregionen IPR.',
    allowsOtherPartners: false,
    agreementName: 'samarbeidsavtale',
    agreementItems: [
      anbefalt('skriftlig-vedtatt', 'Avtalen er skriftlig og vedtatt av kommunestyret eller fylkestinget selv i hver deltakerkommune.', IPR_LAW),
      anbefalt('navn', 'Rådets navn.', IPR_LAW),
      anbefalt('deltakere', 'Hvilke kommuner og fylkeskommuner som er deltakere.', IPR_LAW),
      anbefalt('rettssubjekt', 'Om rådet er et eget rettssubjekt (hvis ikke, bærer kontorkommunen ansvaret utad).', IPR_LAW),
      anbefalt('oppgaver-og-myndighet', 'Hvilke oppgaver rådet skal ha, og hvilken myndighet det får.', IPR_LAW),
      anbefalt('representantskap', 'Hvor mange medlemmer hver deltaker har i representantskapet.', IPR_LAW),
      anbefalt('innskudd-og-ansvar', 'Hver deltakers innskuddsplikt og andel av rådets forpliktelser.', IPR_LAW),
      anbefalt('uttreden', 'Hvordan en deltaker kan tre ut av rådet.', IPR_LAW),
      anbefalt('opplosning', 'Hvordan rådet oppløses.', IPR_LAW),
      good.sharesAsPercent(),
      good.costKey(),
      good.hostCompensation('kontorkommunen'),
      anbefalt(
        'rullerende-ledelse',
        'Om leder- og nestledervervet skal gå på omgang mellom deltakerne.',
        `${SRC.iris} kap. 3.3 og 5.1 (rullerende lederposisjoner styrker felles forankring)`,
      ),
      good.casePreparation(),
      ...governanceBasics(),
      good.exitDetails(),
    ],
  },
  {
    code: 'ko',
    name: 'Kommunalt oppgavefellesskap',
    shortName: 'KO',
    basis: 'kommuneloven kapittel 19',
    category: 'kommuneloven',
    legalEntity: 'kan',
    mayMakeEnkeltvedtak: false,
    bodies: ['Representantskap (øverste organ, alle deltakere representert)', 'Eventuelt styre eller andre organer som representantskapet oppretter', 'Daglig leder (ikke lovpålagt)'],
    summary:
      'Samarbeid om å løse felles oppgaver og produsere tjenester, f.eks. HR, IKT og arkiv. Enkel og fleksibel modell, men den kan ikke gis myndighet til å treffe enkeltvedtak. Hver deltaker har ubegrenset ansvar for sin andel av forpliktelsene. Erstatter de fleste tidligere § 27-samarbeidene.',
    typicalUse: 'Administrative støttetjenester (IKT, arkiv, HR, innkjøp), friluftsråd og mindre produksjonssamarbeid.',
    allowsOtherPartners: false,
    agreementName: 'samarbeidsavtale',
    agreementItems: [
      lovkrav('skriftlig-vedtatt', 'Avtalen er skriftlig og vedtatt av kommunestyret eller fylkestinget selv i hver deltakerkommune.', KO_LAW),
      lovkrav('rettssubjekt', 'Om oppgavefellesskapet er et eget rettssubjekt.', KO_LAW),
      lovkrav('oppgaver-og-myndighet', 'Hvilke oppgaver og hvilken myndighet oppgavefellesskapet skal ha.', KO_LAW),
      lovkrav('eierandel-og-ansvarsandel', 'Hver deltakers eierandel og ansvarsandel.', KO_LAW),
      lovkrav('innskuddsplikt', 'Hver deltakers innskuddsplikt.', KO_LAW),
      lovkrav('uttreden', 'Regler for hvordan en deltaker kan tre ut.', KO_LAW),
      lovkrav('opplosning', 'Regler for oppløsning av oppgavefellesskapet.', KO_LAW),
      anbefalt('navn', 'Oppgavefellesskapets navn.', unverifiedStatute('kommuneloven § 19-4')),
      anbefalt('deltakere', 'Hvilke kommuner og fylkeskommuner som er deltakere.', unverifiedStatute('kommuneloven § 19-4')),
      anbefalt('hovedkontor', 'Hvor oppgavefellesskapet har sitt hovedkontor.', unverifiedStatute('kommuneloven § 19-4')),
      anbefalt('representantskap', 'Hvor mange medlemmer hver deltaker har i representantskapet.', unverifiedStatute('kommuneloven § 19-4')),
      anbefalt('laneopptak', 'Om oppgavefellesskapet kan ta opp lån.', unverifiedStatute('kommuneloven § 19-4')),
      good.sharesAsPercent(),
      good.costKey(),
      good.hostCompensation('kontorkommunen'),
      good.leaderMandate(),
      good.casePreparation(),
      ...governanceBasics(),
      good.exitDetails(),
    ],
  },
  {
    code: 'vertskommune_administrativ',
    name: 'Administrativt vertskommunesamarbeid',
    shortName: 'Vertskommune (adm.)',
    basis: 'kommuneloven kapittel 20',
    category: 'kommuneloven',
    legalEntity: false,
    mayMakeEnkeltvedtak: true,
    bodies: ['Vertskommunens administrasjon (kommunedirektøren)', 'Eventuelt et avtalt samarbeidsmøte mellom deltakerne (ikke lovpålagt)'],
    summary:
      'Samarbeidskommunene overlater oppgaver og delegerer vedtaksmyndighet til administrasjonen i vertskommunen. Vertskommunen kan treffe enkeltvedtak, men ikke i saker av prinsipiell betydning. Samarbeidet er ikke eget rettssubjekt; det er en del av vertskommunens virksomhet.',
    typicalUse: 'Lovpålagte og individrettede tjenester: barnevern, legevakt, barnevernvakt, PP-tjeneste, krisesenter.',
    allowsOtherPartners: false,
    agreementName: 'samarbeidsavtale (vertskommuneavtale)',
    agreementItems: hostAgreementItems(),
  },
  {
    code: 'vertskommune_nemnd',
    name: 'Vertskommunesamarbeid med felles folkevalgt nemnd',
    shortName: 'Vertskommune (nemnd)',
    basis: 'kommuneloven kapittel 20',
    category: 'kommuneloven',
    legalEntity: false,
    mayMakeEnkeltvedtak: true,
    bodies: ['Felles folkevalgt nemnd (minst to medlemmer fra hver deltaker)', 'Vertskommunens administrasjon'],
    summary:
      'Som administrativt vertskommunesamarbeid, men en felles folkevalgt nemnd med medlemmer fra alle deltakerne styrer oppgavene hos vertskommunen og kan få myndighet også i prinsipielle saker. Ikke eget rettssubjekt. Modellen er lite brukt.',
    typicalUse: 'Tjenester der kommunene vil ha felles politisk styring også av prinsipielle saker, f.eks. felles landbruksforvaltning.',
    allowsOtherPartners: false,
    agreementName: 'samarbeidsavtale (vertskommuneavtale)',
    agreementItems: [
      ...hostAgreementItems(),
      anbefalt(
        'nemnd-sammensetning',
        'Nemndas sammensetning: hvor mange medlemmer og varamedlemmer hver deltaker har (minst to medlemmer per deltaker).',
        unverifiedStatute('kommuneloven kapittel 20 om felles folkevalgt nemnd og § 20-4'),
      ),
      anbefalt('nemnd-myndighet', 'Hvilken myndighet deltakerne delegerer til nemnda.', VERT_LAW),
    ],
  },
];
