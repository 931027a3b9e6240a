import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';

// Jekyll and Hexo keep unpublished posts in a `_drafts` folder beside `_posts`.
describe('a post in a _drafts folder', () => {
  it.each([
    'posts/_drafts/wip.md',
    'posts/blog/_drafts/2015-11-19-wip.md',
    'posts\\_drafts\\wip.md',
  ])('is a draft: %s', (path) => {
    expect(parseArticle('---\ntitle: x\n---\nBody\n', path).post?.draft).toBe(true);
  });

  it.each(['posts/_posts/wip.md', 'posts/drafts-of-talks/wip.md', 'posts/my_drafts/wip.md'])(
    'is not, elsewhere: %s',
    (path) => {
      expect(parseArticle('---\ntitle: x\n---\nBody\n', path).post?.draft).toBe(false);
    },
  );
});
