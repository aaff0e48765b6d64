import 'server-only';
// Cytoscape.js adds <style id="__________cytoscape_stylesheet"> to <head> the first time it
// draws, unless an element with that id is already there. An inline <style> without this
// request's nonce is refused by the Content-Security-Policy (proxy.ts), so the server sends the
// library's one rule itself, with the nonce; the library then finds it and adds nothing.
import { headers } from 'next/headers';

export const CYTOSCAPE_STYLESHEET_ID = '__________cytoscape_stylesheet';
const CYTOSCAPE_RULE = '.__________cytoscape_container { position: relative; }';

export async function CytoscapeStylesheet() {
  const nonce = (await headers()).get('x-nonce') ?? undefined;
  return (
    <style id={CYTOSCAPE_STYLESHEET_ID} nonce={nonce}>
      {CYTOSCAPE_RULE}
    </style>
  );
}
