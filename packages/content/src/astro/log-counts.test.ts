import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { testCatalog, testLoaderContext, testPost } from './fixtures/loader-context.ts';
import { confnotesLoaders } from './loader.ts';

const catalog = testCatalog({
  events: [{ id: 'ev', name: 'Conf 2015', origin: 'curated' }],
  posts: [testPost('a')],
});

/** What a load of `collection` logs, over a catalog of one event and one post. */
async function logged(collection: 'posts' | 'events'): Promise<string[]> {
  const lines: string[] = [];
  const loaders = confnotesLoaders({
    base: '/content',
    load: async () => ({ catalog, diagnostics: [] }),
  });
  await loaders[collection].load(
    testLoaderContext({
      collection,
      config: { root: pathToFileURL('/site/') },
      logger: {
        info: (m) => lines.push(m),
        warn: (m) => lines.push(m),
        error: (m) => lines.push(m),
      },
    }),
  );
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
