/**
 * A count and its noun, singular for one: "1 post", "2 posts"; `words` for a noun whose plural
 * is not its singular and an s.
 * @example plural(1, 'talk') // '1 talk'
 * @example plural(2, 'entry', 'entries') // '2 entries'
 */
export const plural = (n: number, word: string, words = `${word}s`): string =>
  `${n} ${n === 1 ? word : words}`;
