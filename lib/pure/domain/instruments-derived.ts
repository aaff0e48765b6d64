// The instruments a cooperation already uses according to its own phase data: the sponsors,
// the anchoring plan, the information plan, the leader, the bodies and the framing each say
// which metastyring instrument is in place, so nobody enters them twice and the matrix never
// shows a family as empty when the phases fill it. Manual entries (with their status and
// document link) stay possible and win over a derived one with the same code. Pure. The words
// (instrument names, where from) come from the `virkemidler` catalogue namespace; bokmål by default.
import { createTranslator } from 'use-intl/core';
import { CATALOGUES, type Messages } from '@/lib/pure/i18n/catalogues';
import { OPERATING_STATES } from './anchoring-facts';
import type { Dossier, InstrumentStatus, InstrumentUse, LifecycleState, Phase } from './dossier';
import { FAMILIES, instrument, type Family, type InstrumentCode } from './instruments';
import { hasText } from './nb-text';

/** Where in Brobygger a derived instrument comes from: a page of the cooperation and what on it. */
export interface DerivedSource {
  /** The cooperation's sub-page ('innramming', 'design', 'stotte', 'deltakelse', 'forankring', 'informasjon'). */
  page: Phase | 'forankring' | 'informasjon';
  /** What on that page, in the page's language: "3 sponsorer", "informasjonsmøter i informasjonsplanen". */
  what: string;
}

const bokmaal = createTranslator({ locale: 'nb', messages: CATALOGUES.nb, namespace: 'virkemidler' });
/** The `virkemidler` namespace in one language: `await getTranslations('virkemidler')` on a page. */
export type InstrumentWords = typeof bokmaal;
type SourceKey = keyof Messages['virkemidler']['kilde'];
/** A rule's finding before it is put in words: the page, the catalogue key and a count. */
type Found = { page: DerivedSource['page']; what: SourceKey; count?: number };

export interface MatrixUse extends InstrumentUse {
  /** Null for an instrument entered by hand. */
  derivedFrom: DerivedSource | null;
}

/** A source page's name ("Støtte"), in the language of `t`. */
export const sourcePageLabel = (page: DerivedSource['page'], t: InstrumentWords = bokmaal): string => t(`kildeside.${page}`);

/** An instrument's and a family's name and description in the language of `t`. */
export const instrumentLabel = (code: InstrumentCode, t: InstrumentWords = bokmaal): string => t(`instrument.${code}.label`);
export const instrumentDescription = (code: InstrumentCode, t: InstrumentWords = bokmaal): string => t(`instrument.${code}.description`);

/** The four families with their words in the language of `t` (for matrix(uses, families)). */
export function familiesIn(t: InstrumentWords = bokmaal): Family[] {
  return FAMILIES.map((f) => ({ ...f, label: t(`familie.${f.id}.label`), position: t(`familie.${f.id}.position`), description: t(`familie.${f.id}.description`) }));
}

/** Once the cooperation runs, what the phases describe is in place; before, it is planned. */
const IN_PLACE: readonly LifecycleState[] = [...OPERATING_STATES, 'avvikling', 'avviklet'];

const channelHas = (d: Dossier, ...words: string[]) => d.informationItems.some((i) => words.some((w) => i.channel.toLowerCase().includes(w)));

/** Each rule: the catalogue code and, when the data shows it, where from. */
const RULES: readonly { code: InstrumentCode; source: (d: Dossier) => Found | null }[] = [
  { code: 'vedtekter_avtale', source: (d) => (Object.values(d.framing.agreementChecklist).some(Boolean) ? { page: 'innramming', what: 'avtalesjekkliste' } : null) },
  {
    code: 'budsjett',
    source: (d) =>
      (d.framing.budgetOre ?? 0) > 0
        ? { page: 'innramming', what: 'aarsbudsjett' }
        : d.anchoringPoints.some((p) => p.trigger.type === 'hendelse' && p.trigger.event === 'budsjett')
          ? { page: 'deltakelse', what: 'budsjettforankring' }
          : null,
  },
  { code: 'strategi_handlingsplan', source: (d) => (hasText(d.framing.strategyPlan) || hasText(d.framing.actionPlan) ? { page: 'innramming', what: 'strategiplan' } : null) },
  {
    code: 'aarsmelding_regnskap',
    source: (d) =>
      d.framing.annualReport || d.framing.accounts
        ? { page: 'innramming', what: 'aarsmeldingOrdning' }
        : d.anchoringPoints.some((p) => p.trigger.type === 'hendelse' && p.trigger.event === 'aarsmelding')
          ? { page: 'deltakelse', what: 'aarsmeldingForankring' }
          : null,
  },
  { code: 'eierstrategi', source: (d) => (hasText(d.framing.ownerStrategy) ? { page: 'innramming', what: 'eierstrategi' } : null) },
  { code: 'organisasjonsform', source: (d) => (hasText(d.design.legalForm) ? { page: 'design', what: 'organisasjonsform' } : null) },
  { code: 'valg_deltakere', source: (d) => (d.members.length > 0 ? { page: 'design', what: 'deltakere', count: d.members.length } : null) },
  { code: 'rekruttering_leder', source: (d) => (hasText(d.design.leader.name) || d.design.leader.recruitment ? { page: 'design', what: 'leder' } : null) },
  { code: 'arbeidsform', source: (d) => (hasText(d.design.workingMethods) ? { page: 'design', what: 'arbeidsform' } : null) },
  { code: 'rullerende_lederverv', source: (d) => (d.design.bodies.some((b) => b.rotatingChair) ? { page: 'design', what: 'lederverv' } : null) },
  { code: 'redesign', source: (d) => (d.state === 'redesign' || d.evaluations.some((e) => e.decision === 'redesign') ? { page: 'design', what: 'redesign' } : null) },
  { code: 'praktisk_stotte', source: (d) => (hasText(d.support.practicalSupport) ? { page: 'stotte', what: 'praktiskStotte' } : null) },
  {
    code: 'minimumsfinansiering',
    source: (d) => (hasText(d.support.minimumFunding) || hasText(d.design.leader.funding) ? { page: 'stotte', what: 'minimumsfinansiering' } : null),
  },
  { code: 'sponsor', source: (d) => (d.sponsors.length > 0 ? { page: 'stotte', what: 'sponsorer', count: d.sponsors.length } : null) },
  {
    code: 'representanter_organer',
    source: (d) =>
      d.design.bodies.some((b) => Object.values(b.seats).some((n) => n > 0))
        ? { page: 'design', what: 'plasser' }
        : hasText(d.participation.representation)
          ? { page: 'deltakelse', what: 'representasjon' }
          : null,
  },
  {
    code: 'informasjonsmoter',
    source: (d) =>
      channelHas(d, 'informasjonsmøte', 'orientering')
        ? { page: 'informasjon', what: 'informasjonsmoter' }
        : d.anchoringPoints.some((p) => p.kind === 'formell' && p.level === 'politisk')
          ? { page: 'deltakelse', what: 'politiskeForankringspunkter' }
          : null,
  },
  {
    code: 'uformell_kontakt',
    source: (d) =>
      hasText(d.participation.informalContact)
        ? { page: 'deltakelse', what: 'uformellKontakt' }
        : d.anchoringPoints.some((p) => p.kind === 'uformell')
          ? { page: 'deltakelse', what: 'uformelleForankringspunkter' }
          : null,
  },
];

export function derivedInstruments(d: Dossier, t: InstrumentWords = bokmaal): MatrixUse[] {
  const status: InstrumentStatus = IN_PLACE.includes(d.state) ? 'etablert' : 'planlagt';
  return RULES.flatMap((rule) => {
    const found = rule.source(d);
    const known = instrument(rule.code)!;
    if (!found) return [];
    const what = found.what === 'deltakere' || found.what === 'sponsorer' ? t(`kilde.${found.what}`, { count: found.count ?? 0 }) : t(`kilde.${found.what}`);
    return [{ id: `avledet-${rule.code}`, family: known.family, code: rule.code, label: instrumentLabel(rule.code, t), status, documentUrl: null, derivedFrom: { page: found.page, what } }];
  });
}

/** Manual uses, then the derived ones whose code no manual use already has. */
export function combinedUses(d: Dossier, manual: readonly InstrumentUse[], t: InstrumentWords = bokmaal): MatrixUse[] {
  const manualCodes = new Set(manual.flatMap((u) => (u.code ? [u.code] : [])));
  return [...manual.map((u) => ({ ...u, derivedFrom: null })), ...derivedInstruments(d, t).filter((u) => !manualCodes.has(u.code!))];
}

/** Catalogue codes the phases already fill: the manual form need not offer them. */
export function derivedCodes(d: Dossier): string[] {
  return derivedInstruments(d).map((u) => u.code!);
}
