// The pages whose own content is translated so far. Elsewhere the header and footer follow
// the chosen language, but the page itself is still bokmål, so its main region says so
// (lang="nb"): a screen reader then reads it with a Norwegian voice (WCAG 3.1.2). Extend the
// list as pages are translated (and the ESLint list in eslint.config.mjs with it).
const TRANSLATED: readonly RegExp[] = [
  /^\/$/,
  /^\/innsyn$/,
  /^\/innsyn\/kommune\/[^/]+$/,
  /^\/innsyn\/kommune\/[^/]+\/innebygd$/,
  /^\/innsyn\/kommune\/[^/]+\/nettverk$/,
  /^\/innsyn\/samarbeid\/[^/]+$/,
  /^\/tilgjengelighet$/,
  /^\/om$/,
  /^\/om\/slik-regnes-det-ut$/,
  /^\/logg-inn$/,
  /^\/glemt-passord$/,
  /^\/nytt-passord\/[^/]+$/,
  /^\/innsyn\/(statistikk|api)$/,
];

export function isTranslatedPath(pathname: string): boolean {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  return TRANSLATED.some((re) => re.test(path));
}
