// The refusal for a save that touches sections the cooperation's state does not let anyone
// change directly (section-rules.ts decides which), in one language. Apart from section-rules.ts
// because only the server words refusals: the phase forms import section-rules.ts, and every
// byte here would ship to the browser with them (scripts/js-budget.ts).
import type { LifecycleState } from './dossier';
import { COMPLETION_HELP, frozenMessage, PROPOSAL_HELP, proposalRoute, sectionEditable, sectionRule, SECTIONS, type SectionId } from './section-rules';

/**
 * The refusal for a save that changes sections the state does not allow; null when allowed.
 * `changed` leaves out what only fills in blanks (lib/pure/domain/completion.ts); `completable`
 * are the sections where that was possible, so the message can say what was not.
 */
export function lockedMessage(
  state: LifecycleState,
  changed: readonly SectionId[],
  completable: readonly SectionId[] = [],
  words: LockedWords = BOKMAAL_LOCKED_WORDS,
): string | null {
  const frozen = frozenMessage(state);
  if (frozen) return frozen;
  const locked = [...new Set(changed)].filter((id) => !sectionEditable(state, id));
  if (locked.length === 0) return null;
  if (locked.some((id) => sectionRule(id).onlyIn)) return 'Sjekklisten kan bare endres mens samarbeidet er under avvikling.';
  const titles = locked.map((id) => words.title(id)).join(', ');
  const completing = locked.some((id) => completable.includes(id)) ? ` ${words.completion}` : '';
  return `${words.locked(titles)}${completing} ${words.proposal(proposalRoute(state))}`;
}

/**
 * The words of lockedMessage's refusal for sections that need member decisions, in one
 * language (catalogue `avvisning.laast` and `fase.klient`, handed in by the server); bokmål by
 * default. The frozen states' messages and the checklist's stay bokmål here: the action
 * wrapper words those by their text.
 */
export interface LockedWords {
  /** "Dette krever vedtak … nå: {titles}." */
  locked: (titles: string) => string;
  title: (id: SectionId) => string;
  completion: string;
  proposal: (route: ReturnType<typeof proposalRoute>) => string;
}

const BOKMAAL_LOCKED_WORDS: LockedWords = {
  locked: (titles) => `Dette krever vedtak i deltakerne og kan ikke endres direkte nå: ${titles}.`,
  title: (id) => SECTIONS[id].title,
  completion: COMPLETION_HELP,
  proposal: (route) => PROPOSAL_HELP[route],
};
