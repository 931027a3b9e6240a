/**
 * A number with its noun, in the singular for one: small sites and new tags have one post.
 * @example count(1, 'post') === '1 post'; count(3, 'post') === '3 posts'
 */
export const count = (n: number, noun: string, plural = `${noun}s`): string =>
  `${n} ${n === 1 ? noun : plural}`;
