// The shape of a readiness rule and the small helpers the phase rule lists share.
// A rule is data (stable id, phase, what it requires) plus a pure check that returns the
// missing items as Norwegian sentences, so a rule can be listed, tested and explained alone.

import type { Dossier, Member, Phase } from './dossier';

export interface ReadinessRule {
  /** Stable id ("<phase>.<slug>"); stored nowhere yet, but tests and UI refer to it. */
  id: string;
  phase: Phase;
  /** What the rule asks for, in Norwegian, for help texts next to the missing items. */
  requirement: string;
  /** Missing items as sentences a municipal employee understands; empty when satisfied. */
  check: (dossier: Dossier) => string[];
}

/** Municipalities and county municipalities carry a kommunenummer; other partners do not. */
export function isMunicipality(member: Member): boolean {
  return member.kommunenummer !== null;
}

/** One sentence per member that lacks something, naming the member. */
export function missingPerMember(
  members: readonly Member[],
  lacks: (member: Member) => boolean,
  sentence: (memberName: string) => string,
): string[] {
  return members.filter(lacks).map((member) => sentence(member.name));
}

/** A single sentence when the condition fails. */
export function missingWhen(condition: boolean, sentence: string): string[] {
  return condition ? [sentence] : [];
}
