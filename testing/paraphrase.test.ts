import { describe, expect, it } from 'vitest';
import { copiedRuns, decodeFingerprints, encodeFingerprints, fingerprintsOf, seedFingerprints, seedTexts } from './paraphrase';

describe('the paraphrase check', () => {
  it('finds a copied run across punctuation, case and line breaks, and nothing in new wording', () => {
    const seed = decodeFingerprints(encodeFingerprints(['Dette er en setning\nsom går over to linjer, og har mange ord.']));
    expect(copiedRuns([['kopi', 'Se: dette er en setning som går over to linjer!']], seed)).toEqual([
      'kopi: «dette er en setning som går over»',
      'kopi: «er en setning som går over to»',
      'kopi: «en setning som går over to linjer»',
    ]);
    expect(copiedRuns([['ny', 'Dette er en helt annen setning med egne ord']], seed)).toEqual([]);
  });

  it('decodes what it encodes, one fingerprint per distinct run', () => {
    const texts = ['én to tre fire fem seks sju åtte ni ti', 'elleve tolv tretten fjorten femten seksten sytten', 'én to tre fire fem seks sju'];
    expect(decodeFingerprints(encodeFingerprints(texts)).size).toBe(4 + 1);
  });

  it('reads the vendored fingerprint of seeds 000 and 001, so it runs without ../shared/seeds', () => {
    expect(seedFingerprints().size).toBeGreaterThan(100_000);
    expect(copiedRuns([['ny', 'Samarbeidet ble evaluert av kommunene sammen i fjor høst etter en lang prosess.']])).toEqual([]);
  });

  const texts = seedTexts();
  it.skipIf(texts === null)('matches the reports when they are at hand (run npm run seeds:fingerprint after a change)', () => {
    const fresh = fingerprintsOf(texts!);
    const vendored = seedFingerprints();
    expect(fresh.size).toBe(vendored.size);
    expect([...fresh].filter((f) => !vendored.has(f))).toEqual([]);
    // The check finds the reports' own sentences (read here, never written down in the repository).
    const sentences = texts![1]!.split(/\n\s*\n/).filter((p) => p.split(/\s+/).length > 20).slice(0, 5);
    for (const sentence of sentences) expect(copiedRuns([['rapport', sentence]]).length).toBeGreaterThan(0);
  });
});
