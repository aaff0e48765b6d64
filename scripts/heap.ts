// The V8 heap limit for the server (BROBYGGER_HEAP_MB, 256 MB by default; 0 lifts it). Without a
// limit, Node lets the heap grow towards a quarter of the machine's memory before collecting in
// earnest: under the national benchmark the server's RSS reached 917 MiB, and with the old
// generation capped at 256 MB it stayed near 400 MiB (issue 12's budget is 400 MB).
// The cap became the default once the live heap was brought down: it had been about 200 MB, half
// of it the source maps of Next's server chunks, which Node kept because tsx turns source maps on
// (scripts/server.ts turns them off again). Over the e2e suite it had passed 256 MB (CI,
// 2026-12-05); after a mixed run of 3,000 pages it is now about 110 MB.
const MIN_HEAP_MB = 128;
export const DEFAULT_HEAP_MB = 256;

/** The node flags for the server process, or a Norwegian error for a value that is neither 0 nor a whole number ≥ 128. */
export function heapFlag(value: string | undefined): { flags: string[] } | { error: string } {
  if (value === undefined || value.trim() === '') return { flags: [`--max-old-space-size=${DEFAULT_HEAP_MB}`] };
  const mb = Number(value);
  if (mb === 0) return { flags: [] };
  if (!Number.isInteger(mb) || mb < MIN_HEAP_MB) return { error: `BROBYGGER_HEAP_MB må være et helt antall megabyte, minst ${MIN_HEAP_MB}, eller 0 for ingen grense (var «${value}»).` };
  return { flags: [`--max-old-space-size=${mb}`] };
}
