// The server's V8 heap limit. Without one, Node lets the heap grow towards a quarter of the
// machine's memory before collecting in earnest: under the national benchmark the server's RSS
// reached 917 MiB. With the old generation capped at 256 MB it stayed at 397 MiB (issue 12's
// budget is 400 MB) at some cost on the heaviest page. BROBYGGER_HEAP_MB raises it on a bigger server.
export const DEFAULT_HEAP_MB = 256;
const MIN_HEAP_MB = 128;

/** The node flag for the server process, or a Norwegian error for a value that is not a whole number ≥ 128. */
export function heapFlag(value: string | undefined): { flag: string } | { error: string } {
  if (value === undefined || value.trim() === '') return { flag: `--max-old-space-size=${DEFAULT_HEAP_MB}` };
  const mb = Number(value);
  if (!Number.isInteger(mb) || mb < MIN_HEAP_MB) return { error: `BROBYGGER_HEAP_MB må være et helt antall megabyte, minst ${MIN_HEAP_MB} (var «${value}»).` };
  return { flag: `--max-old-space-size=${mb}` };
}
