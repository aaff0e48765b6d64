// A search text as an ILIKE pattern that matches it anywhere: %, _ and \ in the text are
// matched literally, not as wildcards.
export const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
