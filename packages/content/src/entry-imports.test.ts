import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { moduleUrlsLoadedBy } from '../test/loaded-modules.ts';

const srcDir = fileURLToPath(new URL('.', import.meta.url));

/**
 * Every module Node loads when it imports `entry`, as paths relative to `src/` or as
 * `pkg:<name>` for dependencies.
 */
function modulesLoadedBy(entry: string): string[] {
  return moduleUrlsLoadedBy(entry).map((url) => {
    const pkg = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url)?.[1];
    if (pkg) return `pkg:${pkg}`;
    return url.startsWith('file:') ? fileURLToPath(url).slice(srcDir.length) : url;
  });
}

describe('entry points a page or a browser imports', () => {
  it('`@confnotes/content/astro/pages` loads neither the catalog builder nor the loaders', () => {
    const loaded = modulesLoadedBy('@confnotes/content/astro/pages');
    expect(loaded).toContain('astro/post-html.ts');
    expect(loaded).toContain('astro/search-index-route.ts');
    // mrmime is a table of file types, which the routes' files are held back by.
    const heavy = loaded.filter(
      (m) => /^(parse|extract|resolve|node|schema)\/|^pkg:/.test(m) && m !== 'pkg:mrmime',
    );
    expect(heavy).toEqual([]);
    expect(loaded).not.toContain('astro/loader.ts');
  });

  it('`@confnotes/content/search` loads the search index without zod or the schemas', () => {
    const loaded = modulesLoadedBy('@confnotes/content/search');
    expect(loaded).toContain('search/search-index.ts');
    expect(loaded.filter((m) => m === 'pkg:zod' || m.startsWith('schema/'))).toEqual([]);
  });

  it('`@confnotes/content/markdown` loads the Markdown engine alone', () => {
    const loaded = modulesLoadedBy('@confnotes/content/markdown');
    expect(loaded).toContain('pkg:satteri');
    const heavy = loaded.filter((m) => /^(extract|resolve|node|schema|search)\/|^pkg:zod/.test(m));
    expect(heavy).toEqual([]);
  });

  it('`@confnotes/content/portable` still carries the schemas (the check above can fail)', () => {
    const loaded = modulesLoadedBy('@confnotes/content/portable');
    expect(loaded).toContain('pkg:zod');
  });
});
