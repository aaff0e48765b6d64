// The worker thread's entry (db/pglite-proxy.ts starts it): loads TypeScript through tsx's API,
// since a worker on Node 20 does not apply the `--import tsx` hooks to its own entry file, and
// then runs the thread itself (./pglite-thread.ts).
import { register } from 'tsx/esm/api';

register();
await import('./pglite-thread.ts');
