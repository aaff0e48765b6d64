// The catalogues' completeness: every key of the bokmål catalogue (the reference) exists in
// every other catalogue and nothing else does, every message parses as ICU MessageFormat, and
// each translation uses the same placeholders and rich-text tags as bokmål. A translation
// may word a plural differently, but it may not drop or invent a value.
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

type Tree = { [key: string]: string | Tree };

/** Every message as "a.b.c" -> text. */
export function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** The names of a message's arguments and tags ("{name}", "<link>"), sorted. */
export function placeholders(message: string): string[] {
  const names = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const el of elements) {
      if (el.type === TYPE.argument || el.type === TYPE.number || el.type === TYPE.date || el.type === TYPE.time) names.add(el.value);
      if (el.type === TYPE.plural || el.type === TYPE.select) {
        names.add(el.value);
        for (const option of Object.values(el.options)) walk(option.value);
      }
      if (el.type === TYPE.tag) {
        names.add(`<${el.value}>`);
        walk(el.children);
      }
    }
  };
  walk(parse(message));
  return [...names].sort();
}

/** Problems, one sentence each; empty when the catalogues agree. */
export function catalogueProblems(reference: Tree, translations: Readonly<Record<string, Tree>>, referenceName = 'nb'): string[] {
  const problems: string[] = [];
  const ref = flatten(reference);
  const parsed = (locale: string, key: string, text: string): string[] | null => {
    try {
      return placeholders(text);
    } catch (err) {
      problems.push(`${locale}: ${key} er ikke gyldig ICU (${(err as Error).message})`);
      return null;
    }
  };
  const refPlaceholders = new Map([...ref].map(([k, v]) => [k, parsed(referenceName, k, v)]));
  for (const [locale, tree] of Object.entries(translations)) {
    const messages = flatten(tree);
    for (const key of ref.keys()) if (!messages.has(key)) problems.push(`${locale}: mangler ${key}`);
    for (const [key, text] of messages) {
      if (!ref.has(key)) {
        problems.push(`${locale}: ${key} finnes ikke i ${referenceName}`);
        continue;
      }
      const mine = parsed(locale, key, text);
      const theirs = refPlaceholders.get(key);
      if (mine && theirs && mine.join(',') !== theirs.join(',')) {
        problems.push(`${locale}: ${key} har plassholderne [${mine.join(', ')}], ${referenceName} har [${theirs.join(', ')}]`);
      }
    }
  }
  return problems;
}
