// The project's zod: Norwegian fallback messages for any issue a schema does not word itself.
// Import z from here (not from 'zod') in every schema, so client and server agree.
import { z } from 'zod';

z.config(z.locales.no());

export { z };
