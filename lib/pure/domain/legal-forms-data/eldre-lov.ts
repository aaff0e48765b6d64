// Forms from before kommuneloven 2018. They are recorded so existing cooperations can be
// registered, each with the current form it normally becomes (mapsTo).
import type { AgreementItem, LegalForm } from '../legal-forms';
import { SRC } from './common';

function anbefalt(id: string, text: string, source: string): AgreementItem {
  return { id, text, requirement: 'anbefalt', source };
}

export const ELDRE_LOV_FORMS: readonly LegalForm[] = [
  {
    code: 'legacy_27_styre',
    name: 'Interkommunalt styre etter § 27 (kommuneloven 1992)',
    shortName: '§ 27-samarbeid',
    basis: 'kommuneloven 1992 § 27 (opphevet)',
    category: 'eldre_lov',
    legalEntity: 'kan',
    mayMakeEnkeltvedtak: false,
    bodies: ['Styre der alle deltakerne er representert'],
    summary:
      'Samarbeidsform etter den gamle kommuneloven. § 27-samarbeid skulle omdannes innen fire år etter at kommuneloven 2018 trådte i kraft (overgangsregel i kommuneloven § 31-2). Tjenestesamarbeid blir vanligvis kommunalt oppgavefellesskap; rene politiske samarbeid blir interkommunalt politisk råd.',
    typicalUse: 'Eldre tjenestesamarbeid og regionråd.',
    allowsOtherPartners: false,
    agreementName: 'vedtekter',
    agreementItems: [
      anbefalt(
        'omdanning',
        'Vedtak i alle kommunestyrene om omdanning og ny samarbeidsavtale etter reglene for den nye formen.',
        `kommuneloven § 31-2 (overgangsregel); ${SRC.samfunnsbedrifterKo}`,
      ),
      anbefalt(
        'vedtekter-gjennomgang',
        'De gamle vedtektene er gjennomgått mot minstekravene til samarbeidsavtale for den nye formen.',
        SRC.veileder + ' kap. 6',
      ),
    ],
    mapsTo: 'ko',
  },
  {
    code: 'legacy_28_vertskommune',
    name: 'Vertskommunesamarbeid etter kommuneloven 1992 § 28 a flg.',
    shortName: 'Vertskommune (gml. § 28)',
    basis: 'kommuneloven 1992 §§ 28 a–28 k (opphevet)',
    category: 'eldre_lov',
    legalEntity: false,
    mayMakeEnkeltvedtak: true,
    bodies: ['Vertskommunens administrasjon', 'Eventuelt felles folkevalgt nemnd'],
    summary:
      'Vertskommunemodellen fra den gamle loven er videreført i kommuneloven 2018 kapittel 20, og vertskommunen kan fortsatt treffe enkeltvedtak på vegne av samarbeidskommunene. Eldre avtaler bør gjennomgås mot de nye reglene.',
    typicalUse: 'Eldre vertskommuneavtaler om barnevern, legevakt, PP-tjeneste o.l.',
    allowsOtherPartners: false,
    agreementName: 'samarbeidsavtale (vertskommuneavtale)',
    agreementItems: [
      anbefalt(
        'gjennomgang',
        'Avtalen er gjennomgått og oppdatert etter kommuneloven kapittel 20.',
        `kommuneloven kapittel 20; ${SRC.veileder} kap. 5 (viderefører departementets veileder om § 28 a flg. fra 2011)`,
      ),
    ],
    mapsTo: 'vertskommune_administrativ',
  },
  {
    code: 'legacy_regionrad',
    name: 'Regionråd (før kommuneloven 2018)',
    shortName: 'Regionråd',
    basis: 'ulike former: ofte kommuneloven 1992 § 27, noen som IKS eller uten lovregulering',
    category: 'eldre_lov',
    legalEntity: 'kan',
    mayMakeEnkeltvedtak: false,
    bodies: ['Rådsmøte (ofte ordførerne)', 'Arbeidsutvalg (ofte kommunedirektørene)', 'Sekretariat'],
    summary:
      'Regionale politiske samarbeid som før 2018 var uregulert eller organisert etter § 27. Etter departementets syn peker forarbeidene klart mot at tidligere regionråd nå skal organiseres som interkommunalt politisk råd (tolkningsuttalelsen drøfter også regionråd som var organisert som IKS).',
    typicalUse: 'Regional politisk samordning og interessepolitikk.',
    allowsOtherPartners: false,
    agreementName: 'vedtekter',
    agreementItems: [
      anbefalt(
        'omdanning-til-ipr',
        'Vedtak i alle kommunestyrene om å videreføre rådet som interkommunalt politisk råd, med ny samarbeidsavtale.',
        'kommuneloven § 18-1 og § 31-2; KDDs tolkningsuttalelse til § 18-1 (17. august 2021)',
      ),
    ],
    mapsTo: 'ipr',
  },
  {
    code: 'legacy_samkommune',
    name: 'Samkommune (kommuneloven 1992 kapittel 5 B)',
    shortName: 'Samkommune',
    basis: 'kommuneloven 1992 kapittel 5 B (opphevet)',
    category: 'eldre_lov',
    legalEntity: true,
    mayMakeEnkeltvedtak: true,
    bodies: ['Samkommunestyre (folkevalgte fra deltakerkommunene)', 'Administrasjonssjef'],
    summary:
      'Samkommunen er ikke lenger en lovlig samarbeidsform: reglene er opphevet, og samkommunene skulle være oppløst innen 1. januar 2020. Fordi oppgavefellesskap og politiske råd ikke kan treffe enkeltvedtak, peker departementet på vertskommunemodellen for lovpålagte oppgaver med myndighetsutøvelse; her foreslås vertskommune med felles folkevalgt nemnd, som også beholder felles politisk styring. Ren politisk samordning kan videreføres i et interkommunalt politisk råd.',
    typicalUse: 'Tidligere brukt for brede samarbeid med myndighetsutøvelse (f.eks. Innherred samkommune).',
    allowsOtherPartners: false,
    agreementName: 'samarbeidsavtale',
    agreementItems: [
      anbefalt(
        'ny-form',
        'Oppgavene er flyttet til lovlige former: myndighetsutøvelse til vertskommunesamarbeid, politisk samordning eventuelt til interkommunalt politisk råd.',
        'Prop. 46 L (2017–2018) kap. 19.1 (samkommunereglene oppheves; myndighetsutøvelse krever i praksis vertskommunemodellen)',
      ),
    ],
    mapsTo: 'vertskommune_nemnd',
  },
];
