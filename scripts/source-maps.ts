// tsx turns Node's source maps on to load the server's TypeScript. Left on, Node reads and keeps
// the source map of every server chunk Next loads later (the maps carry the whole source again):
// the server's live heap was about 200 MB, half of it those maps, for stack traces of minified
// code. scripts/server.ts turns them off once it is loaded, as under `next start`;
// BROBYGGER_SOURCE_MAPS=1 keeps them for debugging.
export function keepSourceMaps(env: Readonly<Record<string, string | undefined>> = process.env): boolean {
  return env.BROBYGGER_SOURCE_MAPS === '1';
}

/** Turns Node's source maps off unless asked to keep them; returns whether they are on afterwards. */
export function settleSourceMaps(env: Readonly<Record<string, string | undefined>> = process.env): boolean {
  process.setSourceMapsEnabled(keepSourceMaps(env));
  return keepSourceMaps(env);
}
