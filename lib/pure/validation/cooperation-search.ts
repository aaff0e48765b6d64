// The query of the cooperation search the role form's picker sends.
import { z } from './zod';

export const COOPERATION_SEARCH_MIN = 2;

export const cooperationSearchQuery = z.object({
  q: z
    .string({ error: 'Skriv en del av navnet på samarbeidet.' })
    .trim()
    .min(COOPERATION_SEARCH_MIN, { error: `Skriv minst ${COOPERATION_SEARCH_MIN} tegn av navnet.` })
    .max(200, { error: 'Søket kan være høyst 200 tegn.' }),
});
