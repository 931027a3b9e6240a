/**
 * A number with its noun, in the singular for one: small sites and new tags have one post.
 * @example count(1, 'post') === '1 post'; count(3, 'post') === '3 posts'
 */
export const count = (n: number, noun: string, plural = `${noun}s`): string =>
  `${n} ${n === 1 ? noun : plural}`;

/**
 * `count` kept on one line, for the short lines of cards: a line ending at the number left
 * "· 1" at the end of one line and "post" alone on the next.
 * @example countWhole(1, 'post') === '1\u00a0post'
 */
export const countWhole = (n: number, noun: string, plural?: string): string =>
  count(n, noun, plural).replace(' ', '\u00a0');

/**
 * How a list of `n` things is ordered, after its count: nothing for one, which has no order.
 * @example `${count(1, 'post')}${listOrder(1, 'newest first')}.` === '1 post.'
 * @example `${count(3, 'post')}${listOrder(3, 'newest first')}.` === '3 posts, newest first.'
 */
export const listOrder = (n: number, order: string): string => (n > 1 ? `, ${order}` : '');
