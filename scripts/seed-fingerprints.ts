// `npm run seeds:fingerprint`: rebuilds testing/seed-runs.br, the fingerprint of the
// research reports that the paraphrase checks read (testing/paraphrase.ts), from
// ../shared/seeds or BROBYGGER_SEEDS_DIR. Needed only if the reports themselves change.
import { writeFileSync } from 'node:fs';
import { encodeFingerprints, FINGERPRINT_PATH, seedTexts } from '../testing/paraphrase';

const texts = seedTexts();
if (!texts) {
  console.error('Fant ikke rapportene 000 og 001. Sett BROBYGGER_SEEDS_DIR eller legg dem i ../shared/seeds.');
  process.exit(1);
}
const file = encodeFingerprints(texts);
writeFileSync(FINGERPRINT_PATH, file);
console.log(`Skrev ${FINGERPRINT_PATH} (${file.length} byte).`);
