// The query of the cooperation search the role form's picker sends.
import { z } from './zod';
import { msg } from '@/lib/pure/validation/reference';
import { COOPERATION_SEARCH_MIN } from './cooperation-search-options';
export { COOPERATION_SEARCH_MIN } from './cooperation-search-options';

export const cooperationSearchQuery = z.object({
  q: z
    .string({ error: msg('searchType') })
    .trim()
    .min(COOPERATION_SEARCH_MIN, { error: msg('searchTooShort', { min: COOPERATION_SEARCH_MIN }) })
    .max(200, { error: msg('searchTooLong') }),
});
