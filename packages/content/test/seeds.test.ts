import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadPosts, Post, paragraphAnchors, parseArticle } from '../src/index.ts';

const contentDir = fileURLToPath(new URL('../../../content', import.meta.url));
const seed = (name: string) => {
  const path = `posts/${name}`;
  return parseArticle(readFileSync(`${contentDir}/${path}`), path);
};

describe('seed: Dockercon EU 2015 Day Two (TOML)', () => {
  const { post, tree, diagnostics } = seed('2015-11-19-dockercon-eu-2015-day-two.md');

  it('parses with no diagnostics into the fields a reader sees', () => {
    expect(diagnostics).toEqual([]);
    expect(Post.parse(post)).toBeTruthy();
    expect(post).toMatchObject({
      id: 'dockercon-eu-2015-day-two',
      title: 'Dockercon EU 2015 Day Two',
      date: '2015-11-19T08:50:20+01:00',
      tags: [],
      categories: [],
      draft: false,
      source: { format: 'toml', bodyLine: 8 },
    });
    expect(post?.subtitle).toBeUndefined();
    expect(post?.image).toBeUndefined();
  });

  it('cuts the excerpt before the teaser marker', () => {
    expect(post?.excerpt.startsWith('The General session of day two')).toBe(true);
    expect(post?.excerpt.endsWith('You can join the beta at docker.com/try-ducp')).toBe(true);
    expect(post?.excerpt).not.toContain('John Fiedler');
    expect(post?.text).toContain('John Fiedler');
  });

  it('keeps the speakers’ links with their kinds and file lines', () => {
    expect(post?.links).toContainEqual({
      url: 'https://twitter.com/johnfiedler',
      text: '@johnfiedler',
      line: 17,
      column: 15,
      kind: 'twitter',
    });
    expect(post?.links.find((l) => l.text === 'Mariana Tessel')?.kind).toBe('linkedin');
  });

  it('gives every paragraph of the tree an anchor that the HTML carries', () => {
    const anchors = [...paragraphAnchors(tree!).values()];
    expect(anchors.length).toBeGreaterThan(10);
    for (const id of anchors) expect(post?.html).toContain(`id="${id}"`);
    expect(post?.html).not.toContain(`id="p-${anchors.length + 1}"`);
  });
});

describe('seed: Impressions from DockerCon 2015 - Part 2 (YAML)', () => {
  const { post, diagnostics } = seed('impressions-from-dockercon-2015-part-2.md');

  it('parses into the fields a reader sees, with no date', () => {
    expect(Post.parse(post)).toBeTruthy();
    expect(post).toMatchObject({
      id: 'impressions-from-dockercon-2015-part-2',
      title: 'Impressions from DockerCon 2015 - Part 2',
      subtitle: 'Highlights and picks from DockerCon 2015',
      author: { name: 'Peter Frey', email: 'peter.frey@haufe-lexware.com' },
      tags: ['conference', 'docker', 'development'],
      categories: ['dev'],
      image: 'images/new/Exportiert_18.jpg',
      extra: { layout: 'post' },
      source: { format: 'yaml', bodyLine: 11 },
    });
    expect(post?.date).toBeUndefined();
    expect(post?.headings[0]).toEqual({
      depth: 3,
      text: 'Virtualization and Docker',
      anchor: 'virtualization-and-docker',
    });
  });

  it('warns about the malformed link, at its position', () => {
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({
      severity: 'warning',
      code: 'malformed-link',
      line: 33,
      column: 36,
    });
    expect(diagnostics[0]!.message).toContain(
      '[]"User namespaces have arrived in Docker"] (http://integratedcode.us',
    );
  });
});

describe('the content directory', () => {
  it('loads both seeds with one warning and no error', async () => {
    const { posts, diagnostics } = await loadPosts(contentDir);
    expect(posts.map((p) => p.source.format)).toEqual(['toml', 'yaml']);
    expect(diagnostics.map((d) => d.code)).toEqual(['malformed-link']);
  });
});
