// `npm test` builds the app beside the unit tests (run-p), so the e2e run finds it built. Builds
// only when the sources are newer than the last build, like `npm start`. With --types-checked
// (npm test, right after tsc has checked the whole tree) `next build` skips its own type check.
import { build, needsBuild } from './build-state';

if (needsBuild()) process.exit(build({ typesChecked: process.argv.includes('--types-checked') }));
console.log('Bygget er oppdatert.');
