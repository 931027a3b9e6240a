import { count, countWhole } from './count.ts';

// A speaker the posts name without a talk of theirs gave none that the catalog knows of, which
// is not to say they gave none: "0 talks" said so (a recap names the speaker of two unnamed
// talks). Such a speaker is said to be named in the posts instead.

/**
 * The line of a speaker's card after their affiliation, each count kept whole on its line.
 * @example speakerCardTally(2, 1) === '2\u00a0talks · 1\u00a0post'
 * @example speakerCardTally(0, 1) === 'named in 1\u00a0post'
 */
export function speakerCardTally(talks: number, posts: number): string {
  return talks > 0
    ? `${countWhole(talks, 'talk')} · ${countWhole(posts, 'post')}`
    : `named in ${countWhole(posts, 'post')}`;
}

/**
 * A speaker page's description, for search engines and link previews.
 * @example speakerDescription('Bill Kennedy', 'Ardan Labs', 2, 1) === 'Bill Kennedy (Ardan Labs): 2 talks, in 1 post.'
 */
export function speakerDescription(
  name: string,
  affiliation: string | undefined,
  talks: number,
  posts: number,
): string {
  const who = `${name}${affiliation ? ` (${affiliation})` : ''}`;
  return talks > 0
    ? `${who}: ${count(talks, 'talk')}, in ${count(posts, 'post')}.`
    : `${who}: named in ${count(posts, 'post')}.`;
}
