// Company and association forms outside kommuneloven: IKS, AS, SA, forening, stiftelse.
// Statutory minimum content is 'lovkrav' only where we could check it against a source.
import type { AgreementItem, LegalForm } from '../legal-forms';
import { SRC, good, governanceBasics, unverifiedStatute } from './common';

const ASL = 'aksjeloven § 2-2 (minstekrav til vedtekter, jf. Brønnøysundregistrene: «Vedtekter for AS»)';
const SAMVL = 'samvirkelova § 10 (minstekrav til vedtekter, jf. Samvirkene.no: «Krav til vedtekter»)';
const IKS_MIN = unverifiedStatute('IKS-loven § 4');
const STIFTL = 'stiftelsesloven (lov 15. juni 2001 nr. 59) – lovens minstekrav til vedtekter er ikke kontrollert i Brobygger';
const FORENING = 'Ulovfestet foreningsrett – ingen lovbestemt minsteinnhold; god praksis';

function lovkrav(id: string, text: string, source: string): AgreementItem {
  return { id, text, requirement: 'lovkrav', source };
}
function anbefalt(id: string, text: string, source: string): AgreementItem {
  return { id, text, requirement: 'anbefalt', source };
}

const ownerStrategy = (): AgreementItem =>
  anbefalt(
    'eierstrategi',
    'Eierstrategi eller eierskapsmelding som sier hva eierkommunene vil oppnå med selskapet.',
    `${SRC.iris} kap. 3.2 og 5.1`,
  );
const ownerMeetings = (): AgreementItem =>
  anbefalt(
    'eiermoter',
    'Faste eiermøter og orienteringer til eierkommunene, i tillegg til de lovbestemte møtene.',
    `${SRC.iris} kap. 5.1 (vedtekter, budsjett og faste eiermøter er de mest brukte styringsverktøyene)`,
  );

export const SELSKAP_FORMS: readonly LegalForm[] = [
  {
    code: 'iks',
    name: 'Interkommunalt selskap',
    shortName: 'IKS',
    basis: 'lov om interkommunale selskaper (IKS-loven)',
    category: 'selskap',
    legalEntity: true,
    mayMakeEnkeltvedtak: false,
    bodies: ['Representantskap (øverste organ)', 'Styre', 'Daglig leder'],
    summary:
      'Eget selskap der bare kommuner, fylkeskommuner og andre IKS kan være deltakere. Hver deltaker hefter ubegrenset for sin prosent- eller brøkdel av selskapets forpliktelser. Styringen er detaljert lovregulert. Selskapet kan bare få myndighet til å treffe enkeltvedtak der særlovgivningen åpner for det.',
    typicalUse: 'Større og varige driftsoppgaver: renovasjon, revisjon, brann og redning, vannverk, havn, arkiv.',
    allowsOtherPartners: false,
    agreementName: 'selskapsavtale',
    agreementItems: [
      lovkrav(
        'skriftlig-vedtatt',
        'Selskapsavtalen er skriftlig og vedtatt av kommunestyret eller fylkestinget selv hos hver deltaker.',
        'IKS-loven § 4 første ledd',
      ),
      anbefalt('foretaksnavn', 'Selskapets foretaksnavn.', IKS_MIN),
      anbefalt('deltakere', 'Hvilke kommuner, fylkeskommuner eller interkommunale selskaper som er deltakere.', IKS_MIN),
      anbefalt('hovedkontor', 'Hvor selskapet har sitt hovedkontor.', IKS_MIN),
      anbefalt('formal', 'Selskapets formål.', IKS_MIN),
      anbefalt('representantskap', 'Hvor mange medlemmer hver deltaker har i representantskapet.', IKS_MIN),
      anbefalt('innskuddsplikt', 'Hver deltakers innskuddsplikt.', IKS_MIN),
      anbefalt('eierandel', 'Hver deltakers eierandel i selskapet.', IKS_MIN),
      anbefalt(
        'ansvarsandel',
        'Om ansvarsandelen skal avvike fra eierandelen (ellers følger ansvaret eierandelen).',
        'IKS-loven § 3 første ledd (hver deltaker hefter for en prosent- eller brøkdel; ansvaret følger eierandelen hvis ikke selskapsavtalen sier noe annet)',
      ),
      good.sharesAsPercent(),
      anbefalt('styrets-myndighet', 'Styrets myndighet og hva som skal avgjøres av representantskapet.', `${SRC.iris} kap. 3.2`),
      good.costKey(),
      ownerStrategy(),
      ownerMeetings(),
      good.leaderMandate(),
      ...governanceBasics(),
      good.exitDetails(),
    ],
  },
  {
    code: 'as',
    name: 'Aksjeselskap',
    shortName: 'AS',
    basis: 'aksjeloven',
    category: 'selskap',
    legalEntity: true,
    mayMakeEnkeltvedtak: false,
    bodies: ['Generalforsamling (eiernes øverste organ)', 'Styre', 'Daglig leder'],
    summary:
      'Selskap der eierne bare risikerer kapitalen de har skutt inn. Kommunene styrer som eiere i generalforsamlingen og gjennom vedtekter og aksjonæravtale. Åpner for private og statlige medeiere. Kan bare få myndighet til å treffe enkeltvedtak der særlovgivningen åpner for det.',
    typicalUse: 'Forretningspreget virksomhet og virksomhet med blandet eierskap: energi, avfall, næringsutvikling, kulturbygg.',
    allowsOtherPartners: true,
    agreementName: 'vedtekter (og aksjonæravtale)',
    agreementItems: [
      lovkrav('foretaksnavn', 'Selskapets foretaksnavn.', ASL),
      lovkrav('virksomhet', 'Selskapets virksomhet (formål).', ASL),
      lovkrav('aksjekapital', 'Størrelsen på aksjekapitalen.', ASL),
      lovkrav('palydende', 'Aksjenes pålydende.', ASL),
      lovkrav(
        'ikke-okonomisk-formal',
        'Hvis selskapet ikke skal gi aksjeeierne økonomisk utbytte: hvordan overskudd og formue skal fordeles når selskapet avvikles.',
        ASL,
      ),
      anbefalt(
        'aksjonaeravtale',
        'Aksjonæravtale om stemmegivning, hvilke saker eierne skal behandle politisk først, og fordeling av styreplasser.',
        `${SRC.iris} kap. 3.2`,
      ),
      ownerStrategy(),
      ownerMeetings(),
      ...governanceBasics(),
    ],
  },
  {
    code: 'sa',
    name: 'Samvirkeforetak',
    shortName: 'SA',
    basis: 'samvirkelova',
    category: 'selskap',
    legalEntity: true,
    mayMakeEnkeltvedtak: false,
    bodies: ['Årsmøte (medlemmenes øverste organ)', 'Styre', 'Eventuelt daglig leder'],
    summary:
      'Foretak som skal fremme medlemmenes økonomiske interesser ved at medlemmene bruker det, som kjøpere eller leverandører. Medlemmene hefter ikke personlig for gjelden, og hovedregelen er én stemme per medlem. Åpent for andre medlemmer enn kommuner.',
    typicalUse: 'Fellesløsninger der medlemmene selv er brukerne, f.eks. innkjøp eller vannforsyning sammen med andre aktører.',
    allowsOtherPartners: true,
    agreementName: 'vedtekter',
    agreementItems: [
      lovkrav('navn', 'Foretakets navn.', SAMVL),
      lovkrav('virksomhet', 'Hva slags virksomhet foretaket skal drive.', SAMVL),
      lovkrav('andelsinnskudd', 'Størrelsen på eventuelle andelsinnskudd, om de forrentes og om de betales tilbake ved utmelding.', SAMVL),
      lovkrav('kontingent', 'Om medlemmene skal betale kontingent.', SAMVL),
      lovkrav('overskudd', 'Hvordan årsoverskuddet kan brukes.', SAMVL),
      lovkrav('styremedlemmer', 'Antall styremedlemmer, eller laveste og høyeste antall.', SAMVL),
      lovkrav('arsmotesaker', 'Hvilke saker årsmøtet skal behandle.', SAMVL),
      lovkrav('formue-ved-opplosning', 'Hvordan nettoformuen fordeles hvis foretaket oppløses.', SAMVL),
      anbefalt(
        'forretningskontor',
        'Kommunen der foretaket har forretningskontor.',
        'samvirkelova § 10 slik Samvirkene.no gjengir den; kan være endret – kontroller mot lovdata.no',
      ),
      ...governanceBasics(),
    ],
  },
  {
    code: 'forening',
    name: 'Forening',
    shortName: 'Forening',
    basis: 'ulovfestet foreningsrett',
    category: 'selskap',
    legalEntity: true,
    mayMakeEnkeltvedtak: false,
    bodies: ['Årsmøte (medlemmenes øverste organ)', 'Styre'],
    summary:
      'Medlemsorganisasjon som styres av egne vedtekter og ulovfestet foreningsrett. Lav terskel for å ta med næringsliv og frivillige, men mindre økonomisk slagkraft enn et selskap. Vedtektene vedtas av medlemmene, så kommunen må selv sørge for politisk forankring.',
    typicalUse: 'Nettverk og partnerskap med næringsliv og andre aktører, f.eks. SmartcityBærum.',
    allowsOtherPartners: true,
    agreementName: 'vedtekter',
    agreementItems: [
      anbefalt('navn-og-formal', 'Foreningens navn og formål.', FORENING),
      anbefalt('medlemskap', 'Hvem som kan bli medlem, kontingent og hvordan medlemmer melder seg ut.', FORENING),
      anbefalt('organer', 'Årsmøtet og styret: sammensetning, valg og oppgaver.', FORENING),
      anbefalt(
        'kommunens-representant',
        'Hvem som representerer kommunen, og hvilken fullmakt vedkommende har fått fra kommunen.',
        `${SRC.iris} kap. 3.5 (representant uten formell instruks)`,
      ),
      anbefalt(
        'rapport-til-kommunen',
        'Fast årlig rapport til et politisk utvalg i kommunen.',
        `${SRC.iris} kap. 3.2 (eksempelet SmartcityBærum)`,
      ),
      anbefalt('vedtektsendring-og-opplosning', 'Regler for endring av vedtektene og for oppløsning, herunder hva som skjer med midlene.', FORENING),
      ...governanceBasics(),
    ],
  },
  {
    code: 'stiftelse',
    name: 'Stiftelse',
    shortName: 'Stiftelse',
    basis: 'stiftelsesloven',
    category: 'selskap',
    legalEntity: true,
    mayMakeEnkeltvedtak: false,
    bodies: ['Styre (påbudt)', 'Eventuelt daglig leder og andre organer etter vedtektene'],
    summary:
      'En selveiende formuesverdi som er satt av til et bestemt formål. Stiftelsen har ingen eiere: når den er opprettet, kan kommunen bare påvirke den gjennom vedtektene (f.eks. rett til å oppnevne styremedlemmer) og vilkår for tilskudd.',
    typicalUse: 'Kulturinstitusjoner og formål som skal stå på egne ben, f.eks. Lillestrøm kultursenter.',
    allowsOtherPartners: true,
    agreementName: 'vedtekter (og eventuelt driftsavtale)',
    agreementItems: [
      anbefalt('navn-og-formal', 'Stiftelsens navn og formål.', STIFTL),
      anbefalt('grunnkapital', 'Grunnkapitalens størrelse.', STIFTL),
      anbefalt(
        'styret',
        'Hvordan styret dannes, og om kommunen skal oppnevne eller godkjenne styremedlemmer.',
        `${STIFTL}; ${SRC.iris} kap. 3.2`,
      ),
      anbefalt(
        'driftsavtale',
        'Driftsavtale eller tilskuddsvilkår med kommunen som sier hva stiftelsen skal levere.',
        `${SRC.iris} kap. 3.2 (kulturfaglig driftsavtale)`,
      ),
      anbefalt(
        'midler-atskilt',
        'Stiftelsens midler holdes atskilt fra kommunens, også om kommunen utfører administrative oppgaver for den.',
        `${SRC.iris} kap. 3.2 (viser til stiftelsesloven; paragrafen er ikke kontrollert i Brobygger)`,
      ),
      good.goals(),
      good.openness(),
      good.evaluation(),
    ],
  },
];
