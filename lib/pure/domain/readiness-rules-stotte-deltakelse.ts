// Readiness rules of the two direct phases: støtte og tilrettelegging (sponsors, practical
// support, minimum funding) and deltakelse (representation, anchoring, information, contact).
// The words come from the `beredskap.stotte` and `beredskap.deltakelse` catalogue namespaces:
// bokmål by default (other callers, the tests), the page's language when the page passes its
// translator.

import { createTranslator } from 'use-intl/core';
import { CATALOGUES, type Messages } from '@/lib/pure/i18n/catalogues';
import type { AnchoringPoint, Audience, Dossier, Member, SponsorKind } from './dossier';
import { planningView } from './membership';
import { hasText } from './nb-text';
import { isMunicipality, missingPerMember, missingWhen, type ReadinessRule } from './readiness-rules';

type Flat<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Flat<T[K], `${P}${K}.`>;
}[keyof T & string];

type Values = Record<string, string | number>;
/** A message of the `beredskap.stotte` namespace in one language. */
export type StotteRuleWords = (key: Flat<Messages['beredskap']['stotte']>, values?: Values) => string;
/** A message of the `beredskap.deltakelse` namespace in one language. */
export type DeltakelseRuleWords = (key: Flat<Messages['beredskap']['deltakelse']>, values?: Values) => string;

const stotteBokmaal = createTranslator({ locale: 'nb', messages: CATALOGUES.nb, namespace: 'beredskap.stotte' });
const deltakelseBokmaal = createTranslator({ locale: 'nb', messages: CATALOGUES.nb, namespace: 'beredskap.deltakelse' });
export const BOKMAAL_STOTTE_RULE_WORDS: StotteRuleWords = (key, values) => stotteBokmaal(key, values);
export const BOKMAAL_DELTAKELSE_RULE_WORDS: DeltakelseRuleWords = (key, values) => deltakelseBokmaal(key, values);

function hasSponsor(d: Dossier, member: Member, kind: SponsorKind): boolean {
  return d.sponsors.some((s) => s.memberId === member.id && s.kind === kind && hasText(s.name));
}

/** An anchoring point without named members applies to all of them. */
function covers(point: AnchoringPoint, member: Member): boolean {
  return point.memberIds.length === 0 || point.memberIds.includes(member.id);
}

function hasInformationFor(d: Dossier, audience: Audience): boolean {
  return d.informationItems.some((item) => item.audience === audience);
}

// Sponsors anchor the cooperation in a member's own leadership, which non-municipal
// partners do not have in the same sense, so they are left out.
function sponsorRule(kind: SponsorKind, t: StotteRuleWords): ReadinessRule {
  return {
    id: `stotte.${kind}-sponsor`,
    phase: 'stotte',
    requirement: t(`sponsorRequired.${kind}`),
    check: (d) =>
      missingPerMember(
        d.members.filter(isMunicipality),
        (m) => !hasSponsor(d, m, kind),
        (name) => t(`sponsorMissing.${kind}`, { name }),
      ),
  };
}

/** The støtte phase's rules in one language (bokmål unless a translator is given). */
export function stotteRules(t: StotteRuleWords = BOKMAAL_STOTTE_RULE_WORDS): readonly ReadinessRule[] {
  return [
    sponsorRule('politisk', t),
    sponsorRule('administrativ', t),
    {
      id: 'stotte.praktisk-stotte',
      phase: 'stotte',
      requirement: t('practicalRequired'),
      check: (d) => missingWhen(!hasText(d.support.practicalSupport), t('practicalMissing')),
    },
    {
      id: 'stotte.minimumsfinansiering',
      phase: 'stotte',
      requirement: t('fundingRequired'),
      check: (d) => missingWhen(!hasText(d.support.minimumFunding), t('fundingMissing')),
    },
  ];
}

/** The deltakelse phase's rules in one language (bokmål unless a translator is given). */
export function deltakelseRules(t: DeltakelseRuleWords = BOKMAAL_DELTAKELSE_RULE_WORDS): readonly ReadinessRule[] {
  return [
    {
      id: 'deltakelse.representant',
      phase: 'deltakelse',
      requirement: t('representativeRequired'),
      check: (d) =>
        missingPerMember(d.members, (m) => m.representatives < 1, (name) => t('representativeMissing', { name })),
    },
    {
      id: 'deltakelse.formelt-politisk-forankringspunkt',
      phase: 'deltakelse',
      requirement: t('formalRequired'),
      check: (d) =>
        missingWhen(!d.anchoringPoints.some((p) => p.kind === 'formell' && p.level === 'politisk'), t('formalMissing')),
    },
    {
      id: 'deltakelse.forankring-alle',
      phase: 'deltakelse',
      requirement: t('coverageRequired'),
      check: (d) =>
        missingPerMember(
          d.members,
          (m) => !d.anchoringPoints.some((p) => covers(p, m)),
          (name) => t('coverageMissing', { name }),
        ),
    },
    {
      id: 'deltakelse.info-innbyggere',
      phase: 'deltakelse',
      requirement: t('citizensRequired'),
      check: (d) => missingWhen(!hasInformationFor(d, 'innbyggere'), t('citizensMissing')),
    },
    {
      id: 'deltakelse.info-politikere',
      phase: 'deltakelse',
      requirement: t('politiciansRequired'),
      check: (d) => missingWhen(!hasInformationFor(d, 'politikere'), t('politiciansMissing')),
    },
    {
      id: 'deltakelse.uformell-kontakt',
      phase: 'deltakelse',
      requirement: t('informalRequired'),
      check: (d) => missingWhen(!hasText(d.participation.informalContact), t('informalMissing')),
    },
  ];
}

export const STOTTE_RULES: readonly ReadinessRule[] = stotteRules();
export const DELTAKELSE_RULES: readonly ReadinessRule[] = deltakelseRules();

/** What støtte still lacks in the translator's language (as phaseReadiness gives it in bokmål). */
export function stotteMissing(dossier: Dossier, t: StotteRuleWords = BOKMAAL_STOTTE_RULE_WORDS): string[] {
  const planned = planningView(dossier);
  return stotteRules(t).flatMap((rule) => rule.check(planned));
}

/** What deltakelse still lacks in the translator's language (as phaseReadiness gives it in bokmål). */
export function deltakelseMissing(dossier: Dossier, t: DeltakelseRuleWords = BOKMAAL_DELTAKELSE_RULE_WORDS): string[] {
  const planned = planningView(dossier);
  return deltakelseRules(t).flatMap((rule) => rule.check(planned));
}
