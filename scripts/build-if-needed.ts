// `npm test` builds the app beside the unit tests (run-p), so the e2e run finds it built. Builds
// only when the sources are newer than the last build, like `npm start`.
import { build, needsBuild } from './build-state';

if (needsBuild()) process.exit(build());
console.log('Bygget er oppdatert.');
