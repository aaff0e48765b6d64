// The paraphrase rule as a test: product texts (help, questionnaire, legal forms) may not
// repeat a run of RUN_LENGTH consecutive words from the research reports, seeds 000 and 001.
// The reports live outside this repository (../shared/seeds), and a check that skips when
// they are missing never runs in a fresh clone or CI. So the check reads a vendored
// fingerprint instead: 40 bits of SHA-256 for every run in the two reports, sorted,
// delta-coded and brotli-compressed (seed-runs.br). It holds no sentence and cannot be read
// back into one. `npm run seeds:fingerprint` rebuilds it; paraphrase.test.ts compares it with
// the reports whenever they are at hand.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';

/** Seven words: the shortest run that is clearly copied rather than a shared phrase. */
export const RUN_LENGTH = 7;
/** The reports the product texts paraphrase: 000 (NORCE 2023) and 001 (IRIS/KS 2013). */
const SEED_FILE = /^00[01]_.*\.txt$/;
const HASH_BYTES = 5;
export const FINGERPRINT_PATH = fileURLToPath(new URL('./seed-runs.br', import.meta.url));

/** Punctuation, case and the reports' line breaks must not hide a copied sentence. */
export function words(text: string): string[] {
  return text.toLowerCase().replace(/[^\p{L}\p{N}§]+/gu, ' ').trim().split(/\s+/).filter(Boolean);
}

export function runs(text: string): string[] {
  const w = words(text);
  return Array.from({ length: Math.max(0, w.length - RUN_LENGTH + 1) }, (_, i) => w.slice(i, i + RUN_LENGTH).join(' '));
}

function fingerprint(run: string): number {
  return createHash('sha256').update(run).digest().readUIntBE(0, HASH_BYTES);
}

/** The fingerprints of every run in these texts. */
export function fingerprintsOf(texts: readonly string[]): Set<number> {
  return new Set(texts.flatMap(runs).map(fingerprint));
}

/** The fingerprint file for these texts: sorted fingerprints as varint gaps, brotli-compressed. */
export function encodeFingerprints(texts: readonly string[]): Buffer {
  const sorted = [...fingerprintsOf(texts)].sort((a, b) => a - b);
  const bytes: number[] = [];
  let previous = 0;
  for (const value of sorted) {
    // 40-bit values: arithmetic, not bit operators (those work on 32 bits).
    let gap = value - previous;
    previous = value;
    while (gap >= 0x80) {
      bytes.push((gap % 0x80) + 0x80);
      gap = Math.floor(gap / 0x80);
    }
    bytes.push(gap);
  }
  return brotliCompressSync(Buffer.from(bytes), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
}

export function decodeFingerprints(file: Buffer): Set<number> {
  const bytes = brotliDecompressSync(file);
  const values = new Set<number>();
  let previous = 0;
  let gap = 0;
  let scale = 1;
  for (const byte of bytes) {
    gap += (byte % 0x80) * scale;
    if (byte >= 0x80) {
      scale *= 0x80;
      continue;
    }
    previous += gap;
    values.add(previous);
    gap = 0;
    scale = 1;
  }
  return values;
}

let vendored: Set<number> | null = null;

/** The vendored fingerprint of seeds 000 and 001 (read once). */
export function seedFingerprints(): Set<number> {
  vendored ??= decodeFingerprints(readFileSync(FINGERPRINT_PATH));
  return vendored;
}

/** Every run of the reports that `texts` repeat, as `label: «run»` (empty when all is paraphrased). */
export function copiedRuns(texts: readonly (readonly [label: string, text: string])[], seed: Set<number> = seedFingerprints()): string[] {
  return texts.flatMap(([label, text]) => runs(text).filter((r) => seed.has(fingerprint(r))).map((r) => `${label}: «${r}»`));
}

/** Where the reports are: BROBYGGER_SEEDS_DIR, or shared/seeds beside the repository or one of its parents (worktrees). */
function seedsDir(env: Readonly<Record<string, string | undefined>>): string | null {
  if (env.BROBYGGER_SEEDS_DIR) return existsSync(env.BROBYGGER_SEEDS_DIR) ? env.BROBYGGER_SEEDS_DIR : null;
  for (let dir = path.resolve(fileURLToPath(new URL('..', import.meta.url))); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const candidate = path.join(path.dirname(dir), 'shared', 'seeds');
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

/** The text of seeds 000 and 001 when they are at hand, else null. */
export function seedTexts(env: Readonly<Record<string, string | undefined>> = process.env): string[] | null {
  const dir = seedsDir(env);
  if (!dir) return null;
  const files = readdirSync(dir).filter((f) => SEED_FILE.test(f)).sort();
  return files.length === 2 ? files.map((f) => readFileSync(path.join(dir, f), 'utf8')) : null;
}
