/**
 * A count and its noun, singular for one: "1 post", "2 posts".
 * @example plural(1, 'talk') // '1 talk'
 */
export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
