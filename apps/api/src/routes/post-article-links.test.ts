import { describe, expect, it } from 'vitest';
import { fixtureCatalog, makePost } from '../../test/fixture-catalog.ts';
import { harness } from '../../test/harness.ts';

// An imported blog's links to its own articles' files: written for that blog, they name a post
// of the catalog, which the answer says.
const link = (url: string) => ({ url, text: url, line: 5, column: 1, kind: 'other' as const });
const base = fixtureCatalog();
const catalog = {
  ...base,
  posts: [
    ...base.posts,
    makePost('day-one', {
      source: { path: 'posts/2015/2015-11-18-day-one.md', format: 'yaml', bodyLine: 4 },
    }),
    makePost('day-two', {
      date: '2015-11-19',
      links: [
        link('2015-11-18-day-one.md#keynote'),
        link('https://example.org/day-one.md'),
        link('gone.md'),
      ],
      source: { path: 'posts/2015/2015-11-19-day-two.md', format: 'yaml', bodyLine: 4 },
    }),
  ],
};
const { get } = await harness(catalog);

describe("a post's links to other articles", () => {
  it('name the post they lead to, in the detail and the lists, and no other link does', async () => {
    const expected = [
      { url: '2015-11-18-day-one.md#keynote', post: 'day-one' },
      { url: 'https://example.org/day-one.md' },
      { url: 'gone.md' },
    ];
    const detail = await get('/api/posts/day-two');
    expect(detail.status).toBe(200);
    const pick = (links: { url: string; post?: string }[]) =>
      links.map(({ url, post }) => (post === undefined ? { url } : { url, post }));
    expect(pick(detail.body.data.links)).toEqual(expected);
    const list = await get('/api/posts?limit=100');
    const listed = list.body.data.find((p: { id: string }) => p.id === 'day-two');
    expect(pick(listed.links)).toEqual(expected);
  });
});
