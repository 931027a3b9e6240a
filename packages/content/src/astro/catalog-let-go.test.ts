import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../schema/index.ts';
import { testCatalog, testLoaderContext, testPost } from './fixtures/loader-context.ts';
import { confnotesLoaders } from './loader.ts';

const warning: Diagnostic = {
  severity: 'warning',
  code: 'malformed-link',
  message: 'This looks like a link.',
  file: 'posts/a.md',
  line: 3,
  column: 7,
};

/** Loaders over a catalog of one post and one warning, counting the catalog's loads. */
function counted() {
  const logged: string[] = [];
  const counts = { loads: 0 };
  const loaders = confnotesLoaders({
    base: '/content',
    load: async () => {
      counts.loads++;
      return { catalog: testCatalog({ posts: [testPost('a')] }), diagnostics: [warning] };
    },
  });
  const load = (collection: keyof typeof loaders) =>
    loaders[collection].load(
      testLoaderContext({
        collection,
        config: { root: pathToFileURL('/site/') },
        logger: { info: () => undefined, warn: (m) => logged.push(m), error: () => undefined },
      }),
    );
  return { loaders, load, counts, logged };
}

describe('the catalog a build lets go', () => {
  it('is kept for a collection whose load Astro starts after the others are stored', async () => {
    const { loaders, load, counts, logged } = counted();
    // The content config reads every loader it defines a collection with, before any load.
    for (const loader of Object.values(loaders)) expect(loader.name).toBe('confnotes');
    // Astro 7 often starts one load only when another ends, the search collection's last.
    for (const collection of ['posts', 'talks', 'speakers', 'events', 'search'] as const) {
      await load(collection);
    }
    expect(counts.loads).toBe(1);
    expect(logged.filter((line) => line.includes('malformed-link'))).toHaveLength(1);
  });

  it('is let go once the collections a site defines are stored, fewer than four too', async () => {
    const { loaders, load, counts } = counted();
    const taken = [loaders.posts, loaders.talks];
    expect(taken).toHaveLength(2);
    await load('posts');
    await load('talks');
    expect(counts.loads).toBe(1);
    // Nothing holds the catalog after the build: a later load reads it anew.
    await load('posts');
    expect(counts.loads).toBe(2);
  });
});
