import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../schema/index.ts';
import { confnotesLoaders } from './loader.ts';
import type { ConfnotesLoaderContext } from './loader-context.ts';

const catalog: Catalog = {
  version: 1,
  events: [{ id: 'ev', name: 'Conf 2015', origin: 'curated' }],
  posts: [
    {
      id: 'a',
      title: 'A',
      tags: [],
      categories: [],
      draft: false,
      extra: {},
      source: { path: 'posts/a.md', format: 'yaml', bodyLine: 4 },
      body: 'Hello',
      html: '<p id="p-1">Hello</p>',
      text: 'Hello',
      excerpt: 'Hello',
      headings: [],
      links: [],
      wordCount: 1,
      readingMinutes: 1,
      digest: 'd-a',
    },
  ],
  talks: [],
  speakers: [],
  diagnostics: [],
};

/** What a load of `collection` logs, over a catalog of one event and one post. */
async function logged(collection: 'posts' | 'events'): Promise<string[]> {
  const lines: string[] = [];
  const loaders = confnotesLoaders({
    base: '/content',
    load: async () => ({ catalog, diagnostics: [] }),
  });
  const context: ConfnotesLoaderContext = {
    collection,
    config: { root: pathToFileURL('/site/') },
    store: { set: () => true, delete: () => undefined, keys: () => [] },
    logger: { info: (m) => lines.push(m), warn: (m) => lines.push(m), error: (m) => lines.push(m) },
    parseData: async ({ data }) => data,
    generateDigest: (data) => createHash('sha256').update(JSON.stringify(data)).digest('hex'),
  };
  await loaders[collection].load(context);
  return lines;
}

describe('the counts the loaders log', () => {
  it('says one entry and one post, not one entries', async () => {
    expect(await logged('events')).toContain(
      'events: 1 entry, 0 unchanged since the last build, 1 stored, 0 removed.',
    );
    const posts = await logged('posts');
    expect(posts.some((line) => line.startsWith('catalog of 1 post read in'))).toBe(true);
    expect(posts).toContain(
      'posts: 1 entry, 0 unchanged since the last build, 1 stored, 0 removed.',
    );
  });
});
