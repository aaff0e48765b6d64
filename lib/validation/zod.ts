// The project's zod: Norwegian fallback messages for any issue a schema does not word itself.
// Import z from here (not from 'zod') in every schema, so client and server agree.
import { z } from 'zod';
// The Norwegian locale alone: z.locales holds every language, and the forms ship it to the browser.
import no from 'zod/v4/locales/no.js';

z.config(no());

export { z };
