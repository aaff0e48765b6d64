// Warning rules from seed 000 and 003: undocumented costs and host compensation, members
// without benefit statement or representation (likeverdighet), sponsors not re-confirmed
// after an election, and service cooperations grown too large. Advice is paraphrased; the
// words are the catalogue's (`varsel.regel.<id>`), the facts references with their values.

import type { Dossier, LegalFormCode } from './dossier';
import { computeCostShares } from './cost-shares';
import { hasText } from './nb-text';
import { THRESHOLDS } from './thresholds';
import type { WarningRule } from './warnings';
import { COST_SHARE_FACT, fact, ruleFacts, ruleText } from './warnings-words';

/** Names as a list value: all of them, or up to `max` and a count of the rest. */
const names = (items: readonly string[], max?: number) => (max === undefined ? { list: [...items] } : { list: [...items], max });

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
  title: ruleText('kostnad.fordelingsnokkel', 'title'),
  severity: 'hoy',
  perceived: ['rettferdige_kostnader'],
  advice: ruleText('kostnad.fordelingsnokkel', 'advice'),
  check({ dossier: d }) {
    const budget = d.framing.budgetOre;
    // Networks and projects without a budget have nothing to share.
    if (!((budget ?? 0) > 0 || isServiceCooperation(d))) return null;
    const f = ruleFacts('kostnad.fordelingsnokkel');
    if (!d.framing.costKey) return [f('noKey')];
    const result = computeCostShares(d.members, d.framing.costKey, budget ?? 0);
    if (result.ok) return null;
    const byId = new Map(d.members.map((m) => [m.id, m.name]));
    const members = names(result.memberIds.map((id) => byId.get(id) ?? id));
    const error = fact(COST_SHARE_FACT, result.total === undefined ? { code: result.code, names: members } : { code: result.code, names: members, total: result.total });
    return [error, f('cannotCompute')];
  },
};

const hostCompensation: WarningRule = {
  id: 'kostnad.vertskommune_godtgjoring',
  trap: 'kostnad',
  title: ruleText('kostnad.vertskommune_godtgjoring', 'title'),
  severity: 'middels',
  perceived: ['rettferdige_kostnader'],
  advice: ruleText('kostnad.vertskommune_godtgjoring', 'advice'),
  check({ dossier: d }) {
    const hosts = d.members.filter((m) => m.role === 'vertskommune');
    if (hosts.length === 0 || hostDeliberatelyUncompensated(d)) return null;
    const amount = d.framing.hostCompensationOre;
    const f = ruleFacts('kostnad.vertskommune_godtgjoring');
    const hostNames = names(hosts.map((m) => m.name));
    // 0 kr is a number, not an agreement: only a recorded, reasoned «no compensation» silences it.
    if (amount === 0) return [f('zero', { names: hostNames }), f('zeroNotDeliberate')];
    if (amount !== null || hasText(d.framing.hostCompensationNote)) return null;
    return [f('notAgreed', { names: hostNames })];
  },
};

const benefitMissing: WarningRule = {
  id: 'likeverd.nytte_mangler',
  trap: 'likeverd',
  title: ruleText('likeverd.nytte_mangler', 'title'),
  severity: 'lav',
  perceived: ['egen_nytte'],
  advice: ruleText('likeverd.nytte_mangler', 'advice'),
  check({ dossier: d }) {
    const f = ruleFacts('likeverd.nytte_mangler');
    const facts = [];
    const noText = d.members.filter((m) => !hasText(m.expectedBenefit));
    if (noText.length > 0) facts.push(f('noText', { names: names(noText.map((m) => m.name), 8) }));
    const noLevel = d.members.filter((m) => m.expectedBenefitLevel === null);
    if (noLevel.length > 0) facts.push(f('noLevel', { names: names(noLevel.map((m) => m.name), 8) }));
    return facts.length > 0 ? facts : null;
  },
};

const unevenBenefit: WarningRule = {
  id: 'likeverd.ujevn_nytte',
  trap: 'likeverd',
  title: ruleText('likeverd.ujevn_nytte', 'title'),
  severity: 'middels',
  perceived: ['egen_nytte', 'likebehandling'],
  advice: ruleText('likeverd.ujevn_nytte', 'advice'),
  check({ dossier: d }) {
    const low = d.members.filter((m) => m.expectedBenefitLevel === 'lav' || m.expectedBenefitLevel === 'ingen');
    if (low.length === 0) return null;
    const f = ruleFacts('likeverd.ujevn_nytte');
    return low.map((m) => {
      const values = { name: m.name, level: m.expectedBenefitLevel! };
      return hasText(m.expectedBenefit) ? f('lowWhy', { ...values, why: m.expectedBenefit.trim() }) : f('low', values);
    });
  },
};

const representationMissing: WarningRule = {
  id: 'likeverd.representasjon_mangler',
  trap: 'likeverd',
  title: ruleText('likeverd.representasjon_mangler', 'title'),
  severity: 'middels',
  perceived: ['likebehandling'],
  advice: ruleText('likeverd.representasjon_mangler', 'advice'),
  check({ dossier: d }) {
    const seated = (id: string) => d.design.bodies.some((b) => (b.seats[id] ?? 0) > 0);
    const missing = d.members.filter((m) => m.representatives <= 0 && !seated(m.id));
    if (missing.length === 0) return null;
    return [ruleFacts('likeverd.representasjon_mangler')('none', { names: names(missing.map((m) => m.name)) })];
  },
};

const sponsorsAfterElection: WarningRule = {
  id: 'valg.sponsorer_ikke_bekreftet',
  trap: 'valg',
  title: ruleText('valg.sponsorer_ikke_bekreftet', 'title'),
  severity: 'middels',
  perceived: ['uformell_forankring'],
  advice: ruleText('valg.sponsorer_ikke_bekreftet', 'advice'),
  check({ dossier: d }) {
    const pending = d.sponsors.filter((s) => s.needsReconfirmation);
    if (pending.length === 0) return null;
    const f = ruleFacts('valg.sponsorer_ikke_bekreftet');
    const member = (id: string) => d.members.find((m) => m.id === id)?.name ?? fact('unknownMember');
    return [
      f('count', { count: pending.length }),
      f('which', { list: { list: pending.map((s) => f('sponsor', { name: s.name, kind: s.kind, member: member(s.memberId) })) } }),
    ];
  },
};

const tooLarge: WarningRule = {
  id: 'storrelse.mange_deltakere',
  trap: 'storrelse',
  title: ruleText('storrelse.mange_deltakere', 'title'),
  severity: 'lav',
  perceived: ['lokalt_handlingsrom', 'likebehandling'],
  advice: ruleText('storrelse.mange_deltakere', 'advice'),
  check({ dossier: d }) {
    if (!isServiceCooperation(d) || d.members.length < THRESHOLDS.largeServiceCooperation.value) return null;
    return [ruleFacts('storrelse.mange_deltakere')('count', { count: d.members.length })];
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
