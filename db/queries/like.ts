// A search text as an ILIKE pattern: %, _ and \ in the text are matched literally, not as
// wildcards. likePattern matches the text anywhere, prefixPattern at the start.
const escape = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
export const likePattern = (text: string) => `%${escape(text)}%`;
export const prefixPattern = (text: string) => `${escape(text)}%`;
