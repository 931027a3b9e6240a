/** How an event's page pictures which of its posts cover which of its talks. */
export type CoverageView = 'grid' | 'bars' | 'none';

// The grid reads well while it fits a screen or two; past that a bar per talk says the same.
const GRID_POSTS = 24;
const GRID_TALKS = 80;

/**
 * The picture for an event that `posts` posts cover, with `talks` talks. None for fewer than
 * two posts: one post covers every talk, so its grid is a single column of ones and its bars
 * all one length, which the list of talks below says already.
 * @example coverageView(3, 12) // 'grid'
 */
export function coverageView(posts: number, talks: number): CoverageView {
  if (posts < 2 || talks === 0) return 'none';
  return posts <= GRID_POSTS && talks <= GRID_TALKS ? 'grid' : 'bars';
}
