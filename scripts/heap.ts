// An optional V8 heap limit for the server (BROBYGGER_HEAP_MB). Without one, Node lets the heap
// grow towards a quarter of the machine's memory before collecting in earnest: under the
// national benchmark the server's RSS reached 917 MiB; with the old generation capped at 256 MB
// it stayed at 397 MiB (issue 12's budget is 400 MB). It is not the default: over the whole e2e
// suite the server's live heap passed 256 MB and the process died of it (CI, 2026-12-05), so
// what holds the heap up must be found before a cap can be the default.
const MIN_HEAP_MB = 128;

/** The node flags for the server process (none by default), or a Norwegian error for a value that is not a whole number ≥ 128. */
export function heapFlag(value: string | undefined): { flags: string[] } | { error: string } {
  if (value === undefined || value.trim() === '') return { flags: [] };
  const mb = Number(value);
  if (!Number.isInteger(mb) || mb < MIN_HEAP_MB) return { error: `BROBYGGER_HEAP_MB må være et helt antall megabyte, minst ${MIN_HEAP_MB} (var «${value}»).` };
  return { flags: [`--max-old-space-size=${mb}`] };
}
