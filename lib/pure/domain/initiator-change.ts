// When the user changes which municipality takes the initiative (or registers the
// cooperation), the member list follows: the new one becomes a member, and the old one goes
// unless the user has written something about it. Nothing changes silently: the result
// says what happened, so the form can tell the user. Pure.

export interface InitiatorChange<T> {
  members: T[];
  /** The new initiator, when it was added to the members. */
  added: string | null;
  /** The previous initiator, when it was taken out of the members. */
  removed: string | null;
  /** The previous initiator, when it stays because the user has filled in something for it. */
  kept: string | null;
}

/**
 * The members after the initiator changes from `previous` to `next` ('' = none chosen).
 * `untouched` says whether a member entry is still as the form made it; only such an entry
 * of the previous initiator is removed. The new initiator takes the old one's place, or
 * comes first.
 */
export function changeInitiator<T extends { kommunenummer?: string | null }>(
  members: readonly T[],
  previous: string,
  next: string,
  make: (kommunenummer: string) => T,
  untouched: (member: T) => boolean,
): InitiatorChange<T> {
  const list = [...members];
  const result: InitiatorChange<T> = { members: list, added: null, removed: null, kept: null };
  if (previous === next) return result;
  let at = 0;
  const old = previous ? list.findIndex((m) => m.kommunenummer === previous) : -1;
  if (old >= 0) {
    if (untouched(list[old]!)) {
      list.splice(old, 1);
      result.removed = previous;
      at = old;
    } else {
      result.kept = previous;
    }
  }
  if (next && !list.some((m) => m.kommunenummer === next)) {
    list.splice(at, 0, make(next));
    result.added = next;
  }
  return result;
}

/**
 * The sentences of describeInitiatorChange as templates: "{name}", "{added}", "{removed}" stand
 * for the municipalities' names. A page in another language passes its own (from the catalogue);
 * no catalogue here, since client components call this.
 */
export interface InitiatorChangeWords {
  takes: string;
  removed: string;
  addedInstead: string;
  added: string;
  already: string;
  kept: string;
}

function bokmaalInitiatorWords(role: string): InitiatorChangeWords {
  return {
    takes: `{name} ${role}.`,
    removed: '{name} er fjernet fra deltakerne.',
    addedInstead: '{added} er lagt til som deltaker i stedet for {removed}.',
    added: '{name} er lagt til som deltaker.',
    already: '{name} var allerede deltaker.',
    kept: '{name} står fortsatt som deltaker fordi du har fylt inn noe for den. Fjern den i listen hvis den ikke skal være med.',
  };
}

const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);

/**
 * What happened, in one or two sentences for a status message. `role` names what the new
 * municipality does: «tar nå initiativet», «registrerer nå samarbeidet» (bokmål); `words`, when
 * given, replaces all of it.
 */
export function describeInitiatorChange(
  change: InitiatorChange<unknown>,
  next: string,
  nameOf: (kommunenummer: string) => string,
  role = 'tar nå initiativet',
  words: InitiatorChangeWords = bokmaalInitiatorWords(role),
): string {
  if (!next) return change.removed ? fill(words.removed, { name: nameOf(change.removed) }) : '';
  const parts = [fill(words.takes, { name: nameOf(next) })];
  if (change.added && change.removed) parts.push(fill(words.addedInstead, { added: nameOf(change.added), removed: nameOf(change.removed) }));
  else if (change.added) parts.push(fill(words.added, { name: nameOf(change.added) }));
  else {
    parts.push(fill(words.already, { name: nameOf(next) }));
    if (change.removed) parts.push(fill(words.removed, { name: nameOf(change.removed) }));
  }
  if (change.kept) parts.push(fill(words.kept, { name: nameOf(change.kept) }));
  return parts.join(' ');
}
