// Readiness rules of the design phase: who takes part, which form and why, governing
// bodies, member roles, the operative leader and the leader's mandate. The missing items are
// in the page's language (catalogue namespace `design.mangler`), bokmål by default. The bokmål
// default is inline here rather than read from the catalogues (this module was once imported by
// client code); readiness-rules-design.test.ts checks that it equals nb.json.

import type { Messages } from '@/lib/pure/i18n/catalogues';
import { MEMBER_ROLES, type Dossier, type Mandate } from './dossier';
import { MIN_RATIONALE_LENGTH } from './legal-form-rationale';
import { fill } from './inline-words';
import { legalForm } from './legal-forms';
import { hasText, joinNb } from './nb-text';
import { missingPerMember, missingWhen, type ReadinessRule } from './readiness-rules';
export { MIN_RATIONALE_LENGTH } from './legal-form-rationale';

export type DesignMissingMessage = keyof Messages['design']['mangler'];

/** The missing items' words in one language. */
export interface DesignMissingWords {
  /** A message of the `design.mangler` namespace. */
  t: (key: DesignMissingMessage, values?: Record<string, string | number>) => string;
  /** Names joined into one list («A, B og C»). */
  list: (items: readonly string[]) => string;
}

/** The bokmål messages of `design.mangler`, verbatim (the e2e tests match them). */
export const BOKMAAL_DESIGN_MISSING_MESSAGES: Readonly<Record<DesignMissingMessage, string>> = {
  members: 'Et samarbeid trenger minst {min} deltakere (nå: {count})',
  legalForm: 'Mangler valg av organisasjonsform',
  rationale: 'Mangler begrunnelse for valg av organisasjonsform',
  rationaleShort: 'Begrunnelsen for valg av organisasjonsform er for kort (minst {min} tegn)',
  body: 'Mangler minst ett styringsorgan',
  role: 'Mangler rolle for {name}',
  hostNotAllowed: '{name} er satt som vertskommune, men den valgte organisasjonsformen har ingen vertskommune',
  hostMissing: 'Mangler vertskommune: organisasjonsformen krever at én deltaker er vertskommune',
  hostMany: 'Bare én deltaker kan være vertskommune (nå: {hosts})',
  leaderName: 'Mangler navn på operativ leder',
  leaderRecruitment: 'Mangler valg av rekruttering av operativ leder (intern eller ekstern)',
  leaderFunding: 'Mangler finansiering av stillingen som operativ leder',
  mandateAlone: 'Mandatet mangler beslutninger operativ leder kan ta alene',
  mandateAdministrative: 'Mandatet mangler beslutninger som krever administrativ forankring',
  mandatePolitical: 'Mandatet mangler beslutninger som krever politisk forankring',
  workingMethods: 'Mangler beskrivelse av arbeidsform',
};

export const BOKMAAL_DESIGN_MISSING: DesignMissingWords = {
  t: (key, values) => fill(BOKMAAL_DESIGN_MISSING_MESSAGES[key], values),
  list: joinNb,
};

/** A design rule: its check also takes the words of the page's language. */
export interface DesignRule extends ReadinessRule {
  check: (dossier: Dossier, words?: DesignMissingWords) => string[];
}

export const MIN_MEMBERS = 2;

/** Forms where one member is the host (kommuneloven kap. 20, and the old § 28). */
const HOST_FORMS: readonly string[] = ['vertskommune_administrativ', 'vertskommune_nemnd', 'legacy_28_vertskommune'];

/**
 * True when the form has a host, also for legacy forms the catalogue maps onto a host form.
 * The lookup is a parameter so the mapping can be tested whatever the catalogue holds.
 */
export function isHostForm(
  code: string | null,
  lookup: (code: string) => { mapsTo?: string } | undefined = legalForm,
): boolean {
  if (code === null) return false;
  const mapsTo = lookup(code)?.mapsTo;
  return HOST_FORMS.includes(code) || (mapsTo !== undefined && HOST_FORMS.includes(mapsTo));
}

function hostRoleProblems(d: Dossier, { t, list }: DesignMissingWords = BOKMAAL_DESIGN_MISSING): string[] {
  if (!hasText(d.design.legalForm)) return [];
  const hosts = d.members.filter((m) => m.role === 'vertskommune').map((m) => m.name);
  if (!isHostForm(d.design.legalForm)) {
    return hosts.map((name) => t('hostNotAllowed', { name }));
  }
  if (hosts.length === 0) return [t('hostMissing')];
  return missingWhen(hosts.length > 1, t('hostMany', { hosts: list(hosts) }));
}

const MANDATE_LEVELS: ReadonlyArray<{ key: keyof Mandate; sentence: DesignMissingMessage }> = [
  { key: 'alone', sentence: 'mandateAlone' },
  { key: 'administrative', sentence: 'mandateAdministrative' },
  { key: 'political', sentence: 'mandatePolitical' },
];

const NB = BOKMAAL_DESIGN_MISSING;

export const DESIGN_RULES: readonly DesignRule[] = [
  {
    id: 'design.deltakere',
    phase: 'design',
    requirement: `Samarbeidet har minst ${MIN_MEMBERS} deltakere.`,
    check: (d, { t } = NB) => missingWhen(d.members.length < MIN_MEMBERS, t('members', { min: MIN_MEMBERS, count: d.members.length })),
  },
  {
    id: 'design.organisasjonsform',
    phase: 'design',
    requirement: 'Organisasjonsformen er valgt.',
    check: (d, { t } = NB) => missingWhen(!hasText(d.design.legalForm), t('legalForm')),
  },
  {
    id: 'design.begrunnelse',
    phase: 'design',
    requirement: `Valget av organisasjonsform er begrunnet (minst ${MIN_RATIONALE_LENGTH} tegn).`,
    check: (d, { t } = NB) => {
      const rationale = d.design.legalFormRationale?.trim() ?? '';
      if (rationale === '') return [t('rationale')];
      return missingWhen(rationale.length < MIN_RATIONALE_LENGTH, t('rationaleShort', { min: MIN_RATIONALE_LENGTH }));
    },
  },
  {
    id: 'design.styringsorgan',
    phase: 'design',
    requirement: 'Samarbeidet har minst ett styringsorgan.',
    check: (d, { t } = NB) => missingWhen(d.design.bodies.length === 0, t('body')),
  },
  {
    id: 'design.rolle',
    phase: 'design',
    requirement: 'Hver deltaker har en rolle i samarbeidet.',
    // Stored rows may predate or bypass validation, so the role is checked at runtime too.
    check: (d, { t } = NB) => missingPerMember(d.members, (m) => !MEMBER_ROLES.includes(m.role), (name) => t('role', { name })),
  },
  {
    id: 'design.vertskommune',
    phase: 'design',
    requirement: 'Vertskommuneformer har nøyaktig én vertskommune; andre former har ingen.',
    check: hostRoleProblems,
  },
  {
    id: 'design.leder',
    phase: 'design',
    requirement: 'Operativ leder er navngitt.',
    check: (d, { t } = NB) => missingWhen(!hasText(d.design.leader.name), t('leaderName')),
  },
  {
    id: 'design.leder-rekruttering',
    phase: 'design',
    requirement: 'Det er valgt om operativ leder rekrutteres internt eller eksternt.',
    check: (d, { t } = NB) => missingWhen(d.design.leader.recruitment === null, t('leaderRecruitment')),
  },
  {
    id: 'design.leder-finansiering',
    phase: 'design',
    requirement: 'Finansieringen av stillingen som operativ leder er beskrevet.',
    check: (d, { t } = NB) => missingWhen(!hasText(d.design.leader.funding), t('leaderFunding')),
  },
  {
    id: 'design.mandat',
    phase: 'design',
    requirement: 'Mandatet har minst én beslutningstype på hvert av de tre nivåene.',
    check: (d, { t } = NB) =>
      MANDATE_LEVELS.filter(({ key }) => !d.design.mandate[key].some((entry) => hasText(entry))).map(({ sentence }) => t(sentence)),
  },
  {
    id: 'design.arbeidsform',
    phase: 'design',
    requirement: 'Arbeidsformen er beskrevet.',
    check: (d, { t } = NB) => missingWhen(!hasText(d.design.workingMethods), t('workingMethods')),
  },
];
