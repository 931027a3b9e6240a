import type { Diagnostic } from '@confnotes/content/portable';
import { describe, expect, it } from 'vitest';
import { fixtureCatalog, makePost } from '../../test/fixture-catalog.ts';
import { createCatalogHolder } from '../catalog-holder.ts';
import type { LoadCatalog } from './load-catalog.ts';
import { createReloader } from './reload.ts';

const broken: Diagnostic = {
  severity: 'error',
  code: 'invalid-front-matter',
  message: 'The front matter is not valid YAML',
  file: 'posts/broken.md',
  line: 2,
  column: 1,
};

describe('reloading', () => {
  it('swaps in a good rebuild', async () => {
    const catalog = fixtureCatalog({ posts: 2 });
    const holder = createCatalogHolder(catalog);
    const next = { ...catalog, posts: [...catalog.posts, makePost('fresh')] };
    const load: LoadCatalog = async () => ({ catalog: next, diagnostics: [] });
    const log: string[] = [];
    expect(await createReloader(holder, load, 'content', (m) => log.push(m)).reload()).toBe(true);
    expect(holder.current().catalog).toBe(next);
    expect(log.join('\n')).toMatch(/Reloaded/);
  });

  it('keeps the last good catalog on a new error and logs the diagnostic', async () => {
    const catalog = fixtureCatalog({ posts: 2 });
    const holder = createCatalogHolder(catalog);
    const served = holder.current();
    const load: LoadCatalog = async () => ({
      catalog: { ...catalog, posts: catalog.posts.slice(1), diagnostics: [broken] },
      diagnostics: [broken],
    });
    const log: string[] = [];
    expect(await createReloader(holder, load, 'content', (m) => log.push(m)).reload()).toBe(false);
    expect(holder.current()).toBe(served);
    expect(log[0]).toBe(
      'posts/broken.md:2:1 error invalid-front-matter: The front matter is not valid YAML',
    );
    expect(log[1]).toMatch(/Kept the last good catalog/);
  });

  it('keeps the last good catalog when the rebuild throws', async () => {
    const holder = createCatalogHolder(fixtureCatalog({ posts: 1 }));
    const served = holder.current();
    const load: LoadCatalog = async () => {
      throw new Error('EACCES: permission denied');
    };
    const log: string[] = [];
    expect(await createReloader(holder, load, 'content', (m) => log.push(m)).reload()).toBe(false);
    expect(holder.current()).toBe(served);
    expect(log[0]).toMatch(/EACCES/);
  });

  it('does not let an error that was already there block reloads', async () => {
    const catalog = { ...fixtureCatalog({ posts: 1 }), diagnostics: [broken] };
    const holder = createCatalogHolder(catalog);
    const next = { ...catalog, posts: [...catalog.posts, makePost('fresh')] };
    const load: LoadCatalog = async () => ({ catalog: next, diagnostics: [broken] });
    expect(await createReloader(holder, load, 'content', () => {}).reload()).toBe(true);
    expect(holder.current().catalog).toBe(next);
  });

  it('runs one rebuild at a time and one more for changes made during it', async () => {
    const catalog = fixtureCatalog({ posts: 1 });
    const holder = createCatalogHolder(catalog);
    let loads = 0;
    const load: LoadCatalog = async () => {
      loads++;
      await new Promise((resolve) => setTimeout(resolve, 10));
      return { catalog: { ...catalog }, diagnostics: [] };
    };
    const reloader = createReloader(holder, load, 'content', () => {});
    await Promise.all([reloader.reload(), reloader.reload(), reloader.reload()]);
    expect(loads).toBe(2);
  });
});
