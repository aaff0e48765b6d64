// A catalogue message with plain {name} placeholders, filled in without the translation runtime:
// for client components, which get their words from the server page as raw messages
// (t.raw) and fill in what only the browser knows (a member's name, a typed figure).
// Only plain arguments: plurals and rich text are formatted on the server.
export function fillTemplate(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** "A, B og C" with the language's word for "and" (from the catalogue). */
export function joinWith(items: readonly string[], and: string): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}
