// The project's zod: Norwegian fallback messages for any issue a schema does not word itself.
// Import z from here (not from 'zod') in every schema, so client and server agree.
// jitless: zod would otherwise probe for eval with `new Function`, which the Content-Security-
// Policy (no 'unsafe-eval') reports as a violation in every browser console.
import { z } from 'zod';
// The Norwegian locale alone: z.locales holds every language, and the forms ship it to the browser.
import no from 'zod/v4/locales/no.js';

z.config(no());
z.config({ jitless: true });

export { z };
