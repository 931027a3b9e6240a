/** A count and its noun, in the plural unless the count is one: `1 post`, `0 posts`. */
export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
