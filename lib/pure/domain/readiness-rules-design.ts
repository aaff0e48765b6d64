// Readiness rules of the design phase: who takes part, which form and why, governing
// bodies, member roles, the operative leader and the leader's mandate.

import { MEMBER_ROLES, type Dossier, type Mandate } from './dossier';
import { legalForm } from './legal-forms';
import { hasText, joinNb } from './nb-text';
import { missingPerMember, missingWhen, type ReadinessRule } from './readiness-rules';

export const MIN_MEMBERS = 2;
export const MIN_RATIONALE_LENGTH = 20;

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

function hostRoleProblems(d: Dossier): string[] {
  if (!hasText(d.design.legalForm)) return [];
  const hosts = d.members.filter((m) => m.role === 'vertskommune').map((m) => m.name);
  if (!isHostForm(d.design.legalForm)) {
    return hosts.map(
      (name) => `${name} er satt som vertskommune, men den valgte organisasjonsformen har ingen vertskommune`,
    );
  }
  if (hosts.length === 0) return ['Mangler vertskommune: organisasjonsformen krever at én deltaker er vertskommune'];
  return missingWhen(hosts.length > 1, `Bare én deltaker kan være vertskommune (nå: ${joinNb(hosts)})`);
}

const MANDATE_LEVELS: ReadonlyArray<{ key: keyof Mandate; sentence: string }> = [
  { key: 'alone', sentence: 'Mandatet mangler beslutninger operativ leder kan ta alene' },
  { key: 'administrative', sentence: 'Mandatet mangler beslutninger som krever administrativ forankring' },
  { key: 'political', sentence: 'Mandatet mangler beslutninger som krever politisk forankring' },
];

export const DESIGN_RULES: readonly ReadinessRule[] = [
  {
    id: 'design.deltakere',
    phase: 'design',
    requirement: `Samarbeidet har minst ${MIN_MEMBERS} deltakere.`,
    check: (d) =>
      missingWhen(
        d.members.length < MIN_MEMBERS,
        `Et samarbeid trenger minst ${MIN_MEMBERS} deltakere (nå: ${d.members.length})`,
      ),
  },
  {
    id: 'design.organisasjonsform',
    phase: 'design',
    requirement: 'Organisasjonsformen er valgt.',
    check: (d) => missingWhen(!hasText(d.design.legalForm), 'Mangler valg av organisasjonsform'),
  },
  {
    id: 'design.begrunnelse',
    phase: 'design',
    requirement: `Valget av organisasjonsform er begrunnet (minst ${MIN_RATIONALE_LENGTH} tegn).`,
    check: (d) => {
      const rationale = d.design.legalFormRationale?.trim() ?? '';
      if (rationale === '') return ['Mangler begrunnelse for valg av organisasjonsform'];
      return missingWhen(
        rationale.length < MIN_RATIONALE_LENGTH,
        `Begrunnelsen for valg av organisasjonsform er for kort (minst ${MIN_RATIONALE_LENGTH} tegn)`,
      );
    },
  },
  {
    id: 'design.styringsorgan',
    phase: 'design',
    requirement: 'Samarbeidet har minst ett styringsorgan.',
    check: (d) => missingWhen(d.design.bodies.length === 0, 'Mangler minst ett styringsorgan'),
  },
  {
    id: 'design.rolle',
    phase: 'design',
    requirement: 'Hver deltaker har en rolle i samarbeidet.',
    // Stored rows may predate or bypass validation, so the role is checked at runtime too.
    check: (d) =>
      missingPerMember(d.members, (m) => !MEMBER_ROLES.includes(m.role), (name) => `Mangler rolle for ${name}`),
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
    check: (d) => missingWhen(!hasText(d.design.leader.name), 'Mangler navn på operativ leder'),
  },
  {
    id: 'design.leder-rekruttering',
    phase: 'design',
    requirement: 'Det er valgt om operativ leder rekrutteres internt eller eksternt.',
    check: (d) =>
      missingWhen(
        d.design.leader.recruitment === null,
        'Mangler valg av rekruttering av operativ leder (intern eller ekstern)',
      ),
  },
  {
    id: 'design.leder-finansiering',
    phase: 'design',
    requirement: 'Finansieringen av stillingen som operativ leder er beskrevet.',
    check: (d) =>
      missingWhen(!hasText(d.design.leader.funding), 'Mangler finansiering av stillingen som operativ leder'),
  },
  {
    id: 'design.mandat',
    phase: 'design',
    requirement: 'Mandatet har minst én beslutningstype på hvert av de tre nivåene.',
    check: (d) =>
      MANDATE_LEVELS.filter(({ key }) => !d.design.mandate[key].some((entry) => hasText(entry))).map(
        ({ sentence }) => sentence,
      ),
  },
  {
    id: 'design.arbeidsform',
    phase: 'design',
    requirement: 'Arbeidsformen er beskrevet.',
    check: (d) => missingWhen(!hasText(d.design.workingMethods), 'Mangler beskrivelse av arbeidsform'),
  },
];
