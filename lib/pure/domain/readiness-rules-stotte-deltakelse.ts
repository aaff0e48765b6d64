// Readiness rules of the two direct phases: støtte og tilrettelegging (sponsors, practical
// support, minimum funding) and deltakelse (representation, anchoring, information, contact).

import type { AnchoringPoint, Audience, Dossier, Member, SponsorKind } from './dossier';
import { hasText } from './nb-text';
import { isMunicipality, missingPerMember, missingWhen, type ReadinessRule } from './readiness-rules';

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
function sponsorRule(kind: SponsorKind): ReadinessRule {
  return {
    id: `stotte.${kind}-sponsor`,
    phase: 'stotte',
    requirement: `Hver deltakerkommune har minst én ${kind} sponsor.`,
    check: (d) =>
      missingPerMember(
        d.members.filter(isMunicipality),
        (m) => !hasSponsor(d, m, kind),
        (name) => `Mangler ${kind} sponsor for ${name}`,
      ),
  };
}

export const STOTTE_RULES: readonly ReadinessRule[] = [
  sponsorRule('politisk'),
  sponsorRule('administrativ'),
  {
    id: 'stotte.praktisk-stotte',
    phase: 'stotte',
    requirement: 'Praktisk støtte (kontor, møterom, sekretariat) er beskrevet.',
    check: (d) =>
      missingWhen(
        !hasText(d.support.practicalSupport),
        'Mangler beskrivelse av praktisk støtte (kontor, møterom, sekretariat)',
      ),
  },
  {
    id: 'stotte.minimumsfinansiering',
    phase: 'stotte',
    requirement: 'Minimumsfinansieringen er beskrevet.',
    check: (d) => missingWhen(!hasText(d.support.minimumFunding), 'Mangler beskrivelse av minimumsfinansiering'),
  },
];

export const DELTAKELSE_RULES: readonly ReadinessRule[] = [
  {
    id: 'deltakelse.representant',
    phase: 'deltakelse',
    requirement: 'Hver deltaker har minst én representant.',
    check: (d) =>
      missingPerMember(d.members, (m) => m.representatives < 1, (name) => `Mangler representant for ${name}`),
  },
  {
    id: 'deltakelse.formelt-politisk-forankringspunkt',
    phase: 'deltakelse',
    requirement: 'Det finnes minst ett formelt politisk forankringspunkt.',
    check: (d) =>
      missingWhen(
        !d.anchoringPoints.some((p) => p.kind === 'formell' && p.level === 'politisk'),
        'Mangler minst ett formelt politisk forankringspunkt',
      ),
  },
  {
    id: 'deltakelse.forankring-alle',
    phase: 'deltakelse',
    requirement: 'Hver deltaker er dekket av minst ett forankringspunkt.',
    check: (d) =>
      missingPerMember(
        d.members,
        (m) => !d.anchoringPoints.some((p) => covers(p, m)),
        (name) => `Mangler forankringspunkt for ${name}`,
      ),
  },
  {
    id: 'deltakelse.info-innbyggere',
    phase: 'deltakelse',
    requirement: 'Informasjonsplanen har minst ett tiltak rettet mot innbyggere.',
    check: (d) =>
      missingWhen(!hasInformationFor(d, 'innbyggere'), 'Informasjonsplanen mangler tiltak rettet mot innbyggere'),
  },
  {
    id: 'deltakelse.info-politikere',
    phase: 'deltakelse',
    requirement: 'Informasjonsplanen har minst ett tiltak rettet mot politikere.',
    check: (d) =>
      missingWhen(!hasInformationFor(d, 'politikere'), 'Informasjonsplanen mangler tiltak rettet mot politikere'),
  },
  {
    id: 'deltakelse.uformell-kontakt',
    phase: 'deltakelse',
    requirement: 'Ordningen for uformell kontakt er beskrevet.',
    check: (d) =>
      missingWhen(!hasText(d.participation.informalContact), 'Mangler ordning for uformell kontakt'),
  },
];
