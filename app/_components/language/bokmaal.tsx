// Text that is still bokmål on a translated page: the shared validation messages and the
// server's refusals (lib/pure/validation, lib/server/auth), translated in a later session.
// Marked lang="nb", so a screen reader reads it with a Norwegian voice (WCAG 3.1.2); no text
// and no element when there is nothing to say. Usable from server and client components.
export function bokmaal(text: string | null | undefined) {
  return text ? <span lang="nb">{text}</span> : undefined;
}
