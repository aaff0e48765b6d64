// The lang attribute of a shared component's own words: none on a bokmål page (the page is
// bokmål already, and the markup stays as it was), the language otherwise, so the words are
// marked right even inside a part of the page that is still bokmål (WCAG 3.1.2).
export function langAttr(locale: string): string | undefined {
  return locale === 'nb' ? undefined : locale;
}
