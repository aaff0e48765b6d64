// Warning rules from seed 000 and 003: undocumented costs and host compensation, members
// without benefit statement or representation (likeverdighet), sponsors not re-confirmed
// after an election, and service cooperations grown too large. Advice is paraphrased.

import { BENEFIT_LEVEL_LABELS, type Dossier, type LegalFormCode } from './dossier';
import { computeCostShares } from './cost-shares';
import { hasText, joinNb, joinSome } from './nb-text';
import { THRESHOLDS } from './thresholds';
import type { WarningRule } from './warnings';

/** Forms that coordinate, plan or develop rather than deliver services to inhabitants. */
export const NON_SERVICE_FORMS: readonly LegalFormCode[] = ['ipr', 'fagnettverk', 'prosjekt', 'rad_utvalg', 'partnerskap', 'legacy_regionrad'];

/** Unknown form (null) is not assumed to be a service cooperation. */
export function isServiceCooperation(d: Dossier): boolean {
  return hasText(d.design.legalForm) && !NON_SERVICE_FORMS.includes(d.design.legalForm);
}

/** The agreement records, with a reason, that the host is deliberately not compensated. */
export function hostDeliberatelyUncompensated(d: Dossier): boolean {
  return d.framing.hostCompensationNone === true && hasText(d.framing.hostCompensationNoneReason);
}

const costKey: WarningRule = {
  id: 'kostnad.fordelingsnokkel',
  trap: 'kostnad',
  title: 'Kostnadsfordelingen er ikke dokumentert',
  severity: 'hoy',
  perceived: ['rettferdige_kostnader'],
  advice:
    'Uklare kostnader gir mistillit mellom store og små deltakere. Avtalen bør angi en fordelingsnøkkel med andeler i prosent eller brøk, slik at hver kommune ser hva den betaler og hvorfor – en avtale som bare viste til innbyggertall, er blitt avvist av Foretaksregisteret.',
  check({ dossier: d }) {
    const budget = d.framing.budgetOre;
    // Networks and projects without a budget have nothing to share.
    if (!((budget ?? 0) > 0 || isServiceCooperation(d))) return null;
    if (!d.framing.costKey) return ['Det er ikke valgt fordelingsnøkkel for kostnadene.'];
    const result = computeCostShares(d.members, d.framing.costKey, budget ?? 0);
    if (result.ok) return null;
    return [result.message, 'Andelene kan derfor ikke regnes ut.'];
  },
};

const hostCompensation: WarningRule = {
  id: 'kostnad.vertskommune_godtgjoring',
  trap: 'kostnad',
  title: 'Godtgjøring til vertskommunen er ikke avtalt',
  severity: 'middels',
  perceived: ['rettferdige_kostnader'],
  advice:
    'Vertskommunen bruker egen tid og kompetanse på å drive samarbeidet for de andre, og denne samarbeidskostnaden blir ofte ikke kompensert i avtalene. Det tærer på viljen til å ta ansvaret. Avtal en tydelig godtgjøring – et beløp eller en beskrevet modell – som alle parter forstår begrunnelsen for.',
  check({ dossier: d }) {
    const hosts = d.members.filter((m) => m.role === 'vertskommune');
    if (hosts.length === 0 || hostDeliberatelyUncompensated(d)) return null;
    const amount = d.framing.hostCompensationOre;
    const names = joinNb(hosts.map((m) => m.name));
    // 0 kr is a number, not an agreement: only a recorded, reasoned «no compensation» silences it.
    if (amount === 0) {
      return [
        `Godtgjøringen til ${names} som vertskommune er satt til 0 kr.`,
        'Avtalen sier ikke at vertskommunen med vilje skal være uten godtgjøring, og ingen begrunnelse er registrert.',
      ];
    }
    if (amount !== null || hasText(d.framing.hostCompensationNote)) return null;
    return [`${names} er vertskommune, men godtgjøringen for vertskommunens egen innsats er ikke avtalt.`];
  },
};

const benefitMissing: WarningRule = {
  id: 'likeverd.nytte_mangler',
  trap: 'likeverd',
  title: 'Deltakere uten beskrevet nytte',
  severity: 'lav',
  perceived: ['egen_nytte'],
  advice:
    'Nytten av et samarbeid fordeler seg ujevnt, og hvordan den oppleves avhenger av hvem som vurderer. Samarbeid som varer, er gjerne de der alle kommunene ser hva de får igjen. Beskriv forventet nytte for hver deltaker og følg den opp i evalueringene.',
  check({ dossier: d }) {
    const facts: string[] = [];
    const noText = d.members.filter((m) => !hasText(m.expectedBenefit));
    if (noText.length > 0) facts.push(`Forventet nytte er ikke beskrevet for ${joinSome(noText.map((m) => m.name), 8)}.`);
    const noLevel = d.members.filter((m) => m.expectedBenefitLevel === null);
    if (noLevel.length > 0) facts.push(`Forventet nytte er ikke vurdert som høy, middels, lav eller ingen for ${joinSome(noLevel.map((m) => m.name), 8)}.`);
    return facts.length > 0 ? facts : null;
  },
};

const unevenBenefit: WarningRule = {
  id: 'likeverd.ujevn_nytte',
  trap: 'likeverd',
  title: 'Ujevn nytte mellom deltakerne',
  severity: 'middels',
  perceived: ['egen_nytte', 'likebehandling'],
  advice:
    'En kommune som selv venter liten eller ingen nytte, betaler og bruker tid likevel – og kan etter hvert se seg best tjent med å gå ut. Snakk med kommunen om hva som skal til for at samarbeidet blir verdt det, om kostnadsfordelingen bør ta hensyn til nytten, og følg det opp i evalueringen per deltaker.',
  check({ dossier: d }) {
    const low = d.members.filter((m) => m.expectedBenefitLevel === 'lav' || m.expectedBenefitLevel === 'ingen');
    if (low.length === 0) return null;
    return low.map((m) => {
      const why = hasText(m.expectedBenefit) ? ` Begrunnelse: «${m.expectedBenefit.trim()}»` : '';
      return `${m.name} venter ${BENEFIT_LEVEL_LABELS[m.expectedBenefitLevel!].toLowerCase()} nytte av samarbeidet.${why}`;
    });
  },
};

const representationMissing: WarningRule = {
  id: 'likeverd.representasjon_mangler',
  trap: 'likeverd',
  title: 'Deltakere uten representasjon',
  severity: 'middels',
  perceived: ['likebehandling'],
  advice:
    'Likeverdige parter må ha en stemme der beslutningene tas; ellers opplever mindre kommuner at de bare kjøper en tjeneste. Gi hver deltaker plass i styringsorganene, eller beskriv hvordan deltakere uten plass får innflytelse.',
  check({ dossier: d }) {
    const seated = (id: string) => d.design.bodies.some((b) => (b.seats[id] ?? 0) > 0);
    const missing = d.members.filter((m) => m.representatives <= 0 && !seated(m.id));
    if (missing.length === 0) return null;
    return [`${joinNb(missing.map((m) => m.name))} har ingen representanter i samarbeidets organer.`];
  },
};

const sponsorsAfterElection: WarningRule = {
  id: 'valg.sponsorer_ikke_bekreftet',
  trap: 'valg',
  title: 'Sponsorer må bekreftes etter valget',
  severity: 'middels',
  perceived: ['uformell_forankring'],
  advice:
    'Etter et kommunevalg kommer nye folkevalgte til, og kommuner har måttet bruke mye krefter på å forankre samarbeid på nytt. Bekreft eller erstatt sponsorene i hver kommune, og gi nye politikere en kort innføring i samarbeidets formål og resultater.',
  check({ dossier: d }) {
    const pending = d.sponsors.filter((s) => s.needsReconfirmation);
    if (pending.length === 0) return null;
    const member = (id: string) => d.members.find((m) => m.id === id)?.name ?? 'ukjent deltaker';
    return [
      `Sponsorer som venter på ny bekreftelse etter valget: ${pending.length}.`,
      `Det gjelder ${joinNb(pending.map((s) => `${s.name} (${s.kind}, ${member(s.memberId)})`))}.`,
    ];
  },
};

const tooLarge: WarningRule = {
  id: 'storrelse.mange_deltakere',
  trap: 'storrelse',
  title: 'Mange deltakere i et tjenestesamarbeid',
  severity: 'lav',
  perceived: ['lokalt_handlingsrom', 'likebehandling'],
  advice:
    'Erfaringer fra regionene tyder på at tjenestesamarbeid med ti eller flere kommuner blir tungt å styre, og at tjenestene ofte ender med å bli løst i mindre grupper. Vurder om tjenesten bør deles i mindre konstellasjoner, eller sørg for tydelige styringslinjer og god representasjon for alle.',
  check({ dossier: d }) {
    if (!isServiceCooperation(d) || d.members.length < THRESHOLDS.largeServiceCooperation.value) return null;
    return [`Samarbeidet leverer tjenester og har ${d.members.length} deltakere.`];
  },
};

export const EQUITY_RULES: readonly WarningRule[] = [
  costKey,
  hostCompensation,
  benefitMissing,
  unevenBenefit,
  representationMissing,
  sponsorsAfterElection,
  tooLarge,
];
