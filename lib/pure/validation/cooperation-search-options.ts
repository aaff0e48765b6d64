// The cooperation search's limits, without zod: the picker in the browser reads them.

export const COOPERATION_SEARCH_MIN = 2;
