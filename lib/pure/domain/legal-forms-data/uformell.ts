// Agreement-based and less formal arrangements: no organisation statute, so every
// checklist item is good practice ('anbefalt'), drawn from the research and the ministry.
import type { AgreementItem, LegalForm } from '../legal-forms';
import { SRC, good, governanceBasics } from './common';

function anbefalt(id: string, text: string, source: string): AgreementItem {
  return { id, text, requirement: 'anbefalt', source };
}

const noStatute = 'Ingen lovbestemt minsteinnhold; god praksis';

const mandate = (what: string): AgreementItem =>
  anbefalt('mandat', `Mandat: formål, oppgaver og hva ${what} skal levere.`, `${noStatute}; ${SRC.iris} kap. 3.3`);
const members = (): AgreementItem =>
  anbefalt('deltakere', 'Hvem som deltar, og hvem som representerer hver kommune.', noStatute);
const funding = (): AgreementItem =>
  anbefalt(
    'finansiering',
    'Finansiering: hva hver deltaker betaler (i kroner eller prosent), og hvem som bærer lederens lønn.',
    `${SRC.iris} kap. 3.4 og 6.3 punkt 1 (minimumsfinansiering); ${SRC.norce} kap. 6.6`,
  );

export const UFORMELL_FORMS: readonly LegalForm[] = [
  {
    code: 'avtale',
    name: 'Avtalebasert samarbeid',
    shortName: 'Avtale',
    basis: 'avtale mellom kommunene (ingen egen organisasjonslov), jf. kommuneloven § 17-1 andre ledd',
    category: 'avtale',
    legalEntity: false,
    mayMakeEnkeltvedtak: false,
    bodies: ['Ingen lovbestemte organer; eventuelt kontaktmøte eller styringsgruppe etter avtalen'],
    summary:
      'Kommunene regulerer samarbeidet i en skriftlig avtale uten å opprette en ny organisasjon. Enkelt og fleksibelt, men den politiske forankringen blir ofte svak, og det er lett å tre ut. Rent kjøp av tjenester fra en annen kommune regnes ikke som interkommunalt samarbeid etter kommuneloven.',
    typicalUse: 'Avgrensede samarbeid og kjøp av enkelttjenester mellom kommuner.',
    allowsOtherPartners: true,
    agreementName: 'samarbeidsavtale eller tjenesteavtale',
    agreementItems: [
      anbefalt('parter-og-formal', 'Partene og formålet med samarbeidet.', noStatute),
      anbefalt('ytelser', 'Hva som skal leveres, i hvilket omfang og med hvilken kvalitet.', noStatute),
      anbefalt(
        'politisk-behandling',
        'Om avtalen skal vedtas politisk i hver kommune, og ikke bare signeres av kommunedirektørene.',
        `${SRC.iris} kap. 3.2 (avtale signert bare av rådmennene gir svak politisk forankring)`,
      ),
      good.costKey(),
      anbefalt('varighet-og-oppsigelse', 'Varighet, oppsigelsestid og hva som skjer når avtalen opphører.', `${noStatute}; ${SRC.iris} kap. 6.3 punkt 2 (forutsigbarhet)`),
      good.reporting('deltakerkommunene'),
      ...governanceBasics(),
    ],
  },
  {
    code: 'fagnettverk',
    name: 'Fagnettverk',
    shortName: 'Fagnettverk',
    basis: 'ingen lovregulering',
    category: 'uformell',
    legalEntity: false,
    mayMakeEnkeltvedtak: false,
    bodies: ['Nettverkssamling', 'Koordinator eller leder av nettverket'],
    summary:
      'Uformelt faglig fellesskap der fagfolk fra flere kommuner deler erfaring og bygger kompetanse. Krever lite formalitet, men blir lett usynlig for politikerne.',
    typicalUse: 'Erfaringsdeling og kompetanseutvikling, f.eks. et fagråd for vann og avløp.',
    allowsOtherPartners: true,
    agreementName: 'mandat eller samarbeidsnotat',
    agreementItems: [
      mandate('nettverket'),
      members(),
      anbefalt('koordinator', 'Hvem som koordinerer nettverket, og hvor mye tid rollen får.', `${SRC.iris} kap. 6.3 punkt 1`),
      funding(),
      good.reporting('kommunene (f.eks. årsrapport som behandles politisk)'),
      good.evaluation(),
    ],
  },
  {
    code: 'prosjekt',
    name: 'Interkommunalt prosjekt',
    shortName: 'Prosjekt',
    basis: 'ingen egen lovregulering; prosjektmandat vedtatt av deltakerne',
    category: 'uformell',
    legalEntity: false,
    mayMakeEnkeltvedtak: false,
    bodies: ['Styringsgruppe', 'Arbeidsutvalg', 'Prosjektleder og prosjektgruppe'],
    summary:
      'Tidsavgrenset samarbeid styrt av et prosjektmandat, gjerne med styringsgruppe, arbeidsutvalg og prosjektleder. Trenger en plan for hvem som overtar resultatene når prosjektet slutter.',
    typicalUse: 'Utviklingsprosjekter og utprøving av nye tjenester, f.eks. Samhandling Jæren.',
    allowsOtherPartners: true,
    agreementName: 'prosjektmandat',
    agreementItems: [
      mandate('prosjektet'),
      anbefalt('organisering', 'Organisering: styringsgruppe, arbeidsutvalg, prosjektleder og hvem som sitter hvor.', `${SRC.iris} kap. 3.3`),
      anbefalt(
        'milepaeler',
        'Milepælsplan som legges fram for kommunestyrene sammen med mandatet.',
        `${SRC.iris} kap. 3.2`,
      ),
      funding(),
      anbefalt(
        'overgang-til-drift',
        'Hvem som overtar resultatene og tjenestene når prosjektet avsluttes.',
        `${SRC.iris} kap. 3.4`,
      ),
      ...governanceBasics(),
    ],
  },
  {
    code: 'rad_utvalg',
    name: 'Råd eller utvalg',
    shortName: 'Råd/utvalg',
    basis: 'ingen egen lovregulering; opprettet ved vedtak eller avtale',
    category: 'uformell',
    legalEntity: false,
    mayMakeEnkeltvedtak: false,
    bodies: ['Rådet eller utvalget', 'Sekretariat'],
    summary:
      'Et råd eller utvalg med en avgrenset oppgave, opprettet ved vedtak eller avtale. Kan ikke treffe bindende vedtak for kommunene. Et politisk regionråd mellom kommuner skal i dag organiseres som interkommunalt politisk råd.',
    typicalUse: 'Tematiske eller faglige råd, f.eks. et Cittaslow-råd.',
    allowsOtherPartners: true,
    agreementName: 'mandat',
    agreementItems: [
      mandate('rådet'),
      anbefalt('sammensetning', 'Sammensetning: hvem som oppnevner medlemmene, og for hvor lang tid.', noStatute),
      anbefalt('sekretariat', 'Hvem som er sekretariat.', `${SRC.iris} kap. 3.4`),
      good.reporting('kommunestyrene'),
      good.evaluation(),
    ],
  },
  {
    code: 'partnerskap',
    name: 'Partnerskap med andre aktører',
    shortName: 'Partnerskap',
    basis: 'partnerskapsavtale (avtalerett)',
    category: 'uformell',
    legalEntity: false,
    mayMakeEnkeltvedtak: false,
    bodies: ['Partnerskapsforum eller styringsgruppe', 'Sekretariat'],
    summary:
      'Samarbeid mellom kommuner og staten, private eller frivillige aktører, regulert i en partnerskapsavtale. Samarbeid med staten eller private er ikke interkommunalt samarbeid etter kommuneloven, så avtalen må selv sikre åpenhet og forankring.',
    typicalUse: 'Samfunnsutvikling med staten og næringslivet, f.eks. Buskerudbyen.',
    allowsOtherPartners: true,
    agreementName: 'partnerskapsavtale',
    agreementItems: [
      anbefalt('parter-og-roller', 'Partene og hva hver av dem bidrar med.', noStatute),
      anbefalt(
        'beslutninger',
        'Hvordan beslutninger tas i partnerskapet, og hvilke som må vedtas i hver kommune.',
        `${SRC.iris} kap. 3.5 (forhandlinger) og 6.1 punkt 3`,
      ),
      funding(),
      good.casePreparation(),
      anbefalt('uttreden', 'Hvordan en part kan tre ut.', noStatute),
      ...governanceBasics(),
    ],
  },
];
