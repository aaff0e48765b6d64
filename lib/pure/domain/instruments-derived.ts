// The instruments a cooperation already uses according to its own phase data: the sponsors,
// the anchoring plan, the information plan, the leader, the bodies and the framing each say
// which metastyring instrument is in place, so nobody enters them twice and the matrix never
// shows a family as empty when the phases fill it. Manual entries (with their status and
// document link) stay possible and win over a derived one with the same code. Pure.
import { OPERATING_STATES } from './anchoring-facts';
import type { Dossier, InstrumentStatus, InstrumentUse, LifecycleState, Phase } from './dossier';
import { instrument, type InstrumentCode } from './instruments';
import { hasText } from './nb-text';

/** Where in Brobygger a derived instrument comes from: a page of the cooperation and what on it. */
export interface DerivedSource {
  /** The cooperation's sub-page ('innramming', 'design', 'stotte', 'deltakelse', 'forankring', 'informasjon'). */
  page: Phase | 'forankring' | 'informasjon';
  /** What on that page, in Norwegian: "3 sponsorer", "informasjonsmøter i informasjonsplanen". */
  what: string;
}

export interface MatrixUse extends InstrumentUse {
  /** Null for an instrument entered by hand. */
  derivedFrom: DerivedSource | null;
}

export const SOURCE_PAGE_LABELS: Readonly<Record<DerivedSource['page'], string>> = {
  innramming: 'Innramming',
  design: 'Design',
  stotte: 'Støtte',
  deltakelse: 'Deltakelse',
  forankring: 'Forankring',
  informasjon: 'Informasjon',
};

/** Once the cooperation runs, what the phases describe is in place; before, it is planned. */
const IN_PLACE: readonly LifecycleState[] = [...OPERATING_STATES, 'avvikling', 'avviklet'];

const channelHas = (d: Dossier, ...words: string[]) => d.informationItems.some((i) => words.some((w) => i.channel.toLowerCase().includes(w)));

/** Each rule: the catalogue code and, when the data shows it, where from. */
const RULES: readonly { code: InstrumentCode; source: (d: Dossier) => DerivedSource | null }[] = [
  { code: 'vedtekter_avtale', source: (d) => (Object.values(d.framing.agreementChecklist).some(Boolean) ? { page: 'innramming', what: 'avtalesjekklisten' } : null) },
  {
    code: 'budsjett',
    source: (d) =>
      (d.framing.budgetOre ?? 0) > 0
        ? { page: 'innramming', what: 'årsbudsjettet' }
        : d.anchoringPoints.some((p) => p.trigger.type === 'hendelse' && p.trigger.event === 'budsjett')
          ? { page: 'deltakelse', what: 'budsjettforankring i forankringsplanen' }
          : null,
  },
  { code: 'strategi_handlingsplan', source: (d) => (hasText(d.framing.strategyPlan) || hasText(d.framing.actionPlan) ? { page: 'innramming', what: 'strategi- og handlingsplanen' } : null) },
  {
    code: 'aarsmelding_regnskap',
    source: (d) =>
      d.framing.annualReport || d.framing.accounts
        ? { page: 'innramming', what: 'ordningen for årsmelding og regnskap' }
        : d.anchoringPoints.some((p) => p.trigger.type === 'hendelse' && p.trigger.event === 'aarsmelding')
          ? { page: 'deltakelse', what: 'årsmelding i forankringsplanen' }
          : null,
  },
  { code: 'eierstrategi', source: (d) => (hasText(d.framing.ownerStrategy) ? { page: 'innramming', what: 'eierstrategien' } : null) },
  { code: 'organisasjonsform', source: (d) => (hasText(d.design.legalForm) ? { page: 'design', what: 'valgt organisasjonsform' } : null) },
  { code: 'valg_deltakere', source: (d) => (d.members.length > 0 ? { page: 'design', what: `${d.members.length} deltakere` } : null) },
  { code: 'rekruttering_leder', source: (d) => (hasText(d.design.leader.name) || d.design.leader.recruitment ? { page: 'design', what: 'operativ leder' } : null) },
  { code: 'arbeidsform', source: (d) => (hasText(d.design.workingMethods) ? { page: 'design', what: 'beskrevet arbeidsform' } : null) },
  { code: 'rullerende_lederverv', source: (d) => (d.design.bodies.some((b) => b.rotatingChair) ? { page: 'design', what: 'organ med ledervervet på omgang' } : null) },
  { code: 'redesign', source: (d) => (d.state === 'redesign' || d.evaluations.some((e) => e.decision === 'redesign') ? { page: 'design', what: 'redesign etter evaluering' } : null) },
  { code: 'praktisk_stotte', source: (d) => (hasText(d.support.practicalSupport) ? { page: 'stotte', what: 'beskrevet praktisk støtte' } : null) },
  {
    code: 'minimumsfinansiering',
    source: (d) => (hasText(d.support.minimumFunding) || hasText(d.design.leader.funding) ? { page: 'stotte', what: 'beskrevet minimumsfinansiering' } : null),
  },
  { code: 'sponsor', source: (d) => (d.sponsors.length > 0 ? { page: 'stotte', what: d.sponsors.length === 1 ? '1 sponsor' : `${d.sponsors.length} sponsorer` } : null) },
  {
    code: 'representanter_organer',
    source: (d) =>
      d.design.bodies.some((b) => Object.values(b.seats).some((n) => n > 0))
        ? { page: 'design', what: 'plasser i samarbeidets organer' }
        : hasText(d.participation.representation)
          ? { page: 'deltakelse', what: 'beskrevet representasjon' }
          : null,
  },
  {
    code: 'informasjonsmoter',
    source: (d) =>
      channelHas(d, 'informasjonsmøte', 'orientering')
        ? { page: 'informasjon', what: 'informasjonsmøter og orienteringer i informasjonsplanen' }
        : d.anchoringPoints.some((p) => p.kind === 'formell' && p.level === 'politisk')
          ? { page: 'deltakelse', what: 'politiske forankringspunkter' }
          : null,
  },
  {
    code: 'uformell_kontakt',
    source: (d) =>
      hasText(d.participation.informalContact)
        ? { page: 'deltakelse', what: 'beskrevet uformell kontakt' }
        : d.anchoringPoints.some((p) => p.kind === 'uformell')
          ? { page: 'deltakelse', what: 'uformelle forankringspunkter' }
          : null,
  },
];

export function derivedInstruments(d: Dossier): MatrixUse[] {
  const status: InstrumentStatus = IN_PLACE.includes(d.state) ? 'etablert' : 'planlagt';
  return RULES.flatMap((rule) => {
    const source = rule.source(d);
    const known = instrument(rule.code)!;
    return source ? [{ id: `avledet-${rule.code}`, family: known.family, code: rule.code, label: known.label, status, documentUrl: null, derivedFrom: source }] : [];
  });
}

/** Manual uses, then the derived ones whose code no manual use already has. */
export function combinedUses(d: Dossier, manual: readonly InstrumentUse[]): MatrixUse[] {
  const manualCodes = new Set(manual.flatMap((u) => (u.code ? [u.code] : [])));
  return [...manual.map((u) => ({ ...u, derivedFrom: null })), ...derivedInstruments(d).filter((u) => !manualCodes.has(u.code!))];
}

/** Catalogue codes the phases already fill: the manual form need not offer them. */
export function derivedCodes(d: Dossier): string[] {
  return derivedInstruments(d).map((u) => u.code!);
}
