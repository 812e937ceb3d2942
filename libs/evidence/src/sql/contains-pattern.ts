/** An ILIKE pattern matching `text` anywhere, with the user's % _ and \ taken literally. */
export const containsPattern = (text: string): string => `%${text.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
