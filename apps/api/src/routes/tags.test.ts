import { tagSlug } from '@confnotes/content/portable';
import { describe, expect, it } from 'vitest';
import { HOSTILE } from '../../test/fixture-catalog.ts';
import { harness } from '../../test/harness.ts';

const { get, catalog } = await harness();
const published = catalog.posts.filter((post) => !post.draft);
const carrying = (tag: string) =>
  published.filter((post) => post.tags.some((t) => t.toLowerCase() === tag)).length;

describe('GET /api/tags', () => {
  it('lists the tags of the posts, most used first, each with its number of posts', async () => {
    const { status, body } = await get('/api/tags');
    expect(status).toBe(200);
    expect(body.data.slice(0, 3)).toEqual(
      [
        { id: 'docker', name: 'Docker', posts: carrying('docker') },
        { id: 'containers', name: 'containers', posts: carrying('containers') },
        { id: 'kubernetes', name: 'kubernetes', posts: carrying('kubernetes') },
      ].sort((a, b) => b.posts - a.posts || a.name.localeCompare(b.name)),
    );
    expect(body.data).toContainEqual(
      expect.objectContaining({ id: tagSlug(HOSTILE.script), name: HOSTILE.script }),
    );
    expect(body.meta.total).toBe(body.data.length);
  });

  it("gives the id the posts filter takes, whose total is the tag's count", async () => {
    const docker = (await get('/api/tags?q=dock')).body.data;
    expect(docker).toHaveLength(1);
    const posts = await get(`/api/posts?tag=${encodeURIComponent(docker[0].id)}`);
    expect(posts.body.meta.total).toBe(docker[0].posts);
  });

  it("takes a tag by its id as the site's tag pages have it, or by its name in any spelling", async () => {
    const docker = carrying('docker');
    for (const tag of ['docker', 'Docker', ' DOCKER ']) {
      const { body } = await get(`/api/posts?tag=${encodeURIComponent(tag)}&limit=100`);
      expect(body.meta.total, tag).toBe(docker);
    }
    const id = tagSlug(HOSTILE.script);
    expect(id).toMatch(/^[a-z-]+$/);
    for (const tag of [id, HOSTILE.script]) {
      const { body } = await get(`/api/posts?tag=${encodeURIComponent(tag)}`);
      expect(body.meta.total, tag).toBe(
        published.filter((post) => post.tags.includes(HOSTILE.script)).length,
      );
    }
  });

  it('sorts by name and pages as every list does', async () => {
    const names = (await get('/api/tags?sort=name')).body.data.map((t: { name: string }) => t.name);
    const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
    expect(names).toEqual([...names].sort(collator.compare));
    const { body, res } = await get('/api/tags?sort=name&limit=1');
    expect(body.data[0].name).toBe(names[0]);
    expect(body.meta).toMatchObject({
      limit: 1,
      page: 1,
      next: '?sort=name&limit=1&page=2',
    });
    expect(res.headers.get('link')).toMatch(/rel="next"/);
    const refused = await get('/api/tags?fields=id');
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toMatch(/this route accepts: limit, page, cursor, sort, q/);
  });
});
