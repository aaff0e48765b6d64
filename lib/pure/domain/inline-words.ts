// Words for modules that client components import too: such a module must not import the
// catalogues (that would send all three to the browser, scripts/js-budget.ts), so it keeps its
// bokmål default inline (a test checks it against nb.json) and fills placeholders itself.
// Only plain {name} placeholders: no plural or select in these messages.

/** A message with its {name} placeholders filled in. */
export function fill(template: string, values: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
